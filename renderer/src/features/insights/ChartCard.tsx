import { useId, useState, type ReactNode } from 'react';
import type { ChartId } from '../../../../shared/insights/study';
import { useT } from '../../i18n/i18n';
import { useInsights } from './insights-store';

/** Shown wherever a number rests on fewer than ten observations: context, not a finding. */
export function SmallSample({ n }: { n: number }) {
  const t = useT();
  return <span className="badge insights-small">{t('insights-small-sample', { n })}</span>;
}

interface ChartCardProps {
  chart: ChartId;
  title: string;
  description?: ReactNode;
  /** The sample size when the whole chart rests on a small sample. */
  smallSampleN?: number | null;
  /** Controls above the chart (e.g. a breakdown picker). */
  controls?: ReactNode;
  /** The picture; absent for data that is a table by nature (paths back). */
  figure?: ReactNode;
  table: ReactNode;
  /** Below the table, e.g. "Show all". */
  footer?: ReactNode;
  empty?: boolean;
}

/**
 * One chart of the study: the picture, the same numbers as an accessible table behind a toggle,
 * and a CSV of the rows. Tables are always in the page, hidden until asked for, so the printed
 * report can show every one of them.
 */
export function ChartCard({ chart, title, description, smallSampleN, controls, figure, table, footer, empty }: ChartCardProps) {
  const t = useT();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const downloadCsv = useInsights((s) => s.downloadCsv);
  const small = smallSampleN !== undefined && smallSampleN !== null;
  return (
    <section className={`panel insights-card${small ? ' insights-card-small' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="insights-card-head">
        <h3 id={`${id}-title`}>
          {title} {small && <SmallSample n={smallSampleN} />}
        </h3>
        <div className="insights-card-actions">
          {figure && !empty && (
            <button type="button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable(!showTable)}>
              {showTable ? t('insights-hide-table') : t('insights-show-table')}
            </button>
          )}
          <button type="button" onClick={() => void downloadCsv(chart)} disabled={empty}>
            {t('insights-download-csv')}
          </button>
        </div>
      </div>
      {description && <div className="insights-card-description">{description}</div>}
      {small && <p className="insights-small-note">{t('insights-small-note')}</p>}
      {empty ? (
        <p className="muted">{t('insights-empty')}</p>
      ) : (
        <>
          {controls}
          {figure && <div className="insights-figure">{figure}</div>}
          <div id={`${id}-table`} className="insights-table-wrap" hidden={Boolean(figure) && !showTable}>
            {table}
          </div>
          {footer}
        </>
      )}
    </section>
  );
}
