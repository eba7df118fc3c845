import { useEffect } from 'react';
import { FunctionalArea } from '../../../../shared/model';
import { localDateOf } from '../../../../shared/time/calendar';
import { issueText, type Said } from '../../api/issues';
import { useClock } from '../../app/clock-store';
import { formatDate, useT } from '../../i18n/i18n';
import { CausesSection } from './CausesSection';
import { DriftSection } from './DriftSection';
import { useInsights, type FilterForm } from './insights-store';
import { useLabels } from './labels';
import { ReturnsSection } from './ReturnsSection';

/** The screen's own checks and the backend's refusals both come as message ids to translate. */
function FieldError({ id, message }: { id: string; message: Said | undefined }) {
  const t = useT();
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {issueText(t, message)}
    </span>
  );
}

function Filters() {
  const t = useT();
  const l = useLabels();
  const { form, errors, options, setFilter } = useInsights();
  const areas = options?.areas.length ? options.areas : FunctionalArea.options;
  const change = (field: keyof FilterForm) => (e: { target: { value: string } }) => void setFilter({ [field]: e.target.value });
  return (
    <form className="toolbar insights-filters" aria-label={t('insights-filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field insights-date">
        <label htmlFor="insights-from">{t('insights-filter-from')}</label>
        <input id="insights-from" type="date" value={form.from} onChange={change('from')} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? 'insights-from-error' : undefined} />
        <FieldError id="insights-from-error" message={errors.from} />
      </div>
      <div className="field insights-date">
        <label htmlFor="insights-to">{t('insights-filter-to')}</label>
        <input id="insights-to" type="date" value={form.to} onChange={change('to')} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? 'insights-to-error' : undefined} />
        <FieldError id="insights-to-error" message={errors.to} />
      </div>
      <label>
        {t('insights-filter-region')}
        <select value={form.region} onChange={change('region')}>
          <option value="">{t('insights-all-regions')}</option>
          <optgroup label={t('insights-countries')}>
            {options?.countries.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('insights-regions')}>
            {options?.regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('insights-filter-area')}
        <select value={form.area} onChange={change('area')}>
          <option value="">{t('insights-all-areas')}</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {l.area(a)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void setFilter({ from: '', to: '', region: '', area: '' })} disabled={!form.from && !form.to && !form.region && !form.area}>
        {t('insights-reset')}
      </button>
    </form>
  );
}

/** The attrition study for the Council: causes, early warning and what brings people back. */
export function InsightsView() {
  const t = useT();
  const l = useLabels();
  const { study, loading, saved, load } = useInsights();
  // The study's days are the community's (see insights.study).
  const communityZone = useClock((s) => s.clock?.communityTimeZone ?? 'UTC');
  useEffect(() => {
    void load();
  }, [load]);
  const p = study?.params;
  const scope = [p?.region, p?.area ? l.area(p.area) : null].filter(Boolean).join(' · ') || t('insights-everyone');
  return (
    <div className="insights">
      <div className="insights-head">
        <div>
          <h1>{t('insights-title')}</h1>
          <p className="lead">{t('insights-lead')}</p>
        </div>
        <button type="button" className="insights-print" onClick={() => window.print()} disabled={!study}>
          {t('insights-print')}
        </button>
      </div>
      <Filters />
      <p role="status" className="insights-status">
        {loading && !study
          ? t('insights-loading')
          : p && study
            ? t('insights-scope', { reps: study.reps, scope, from: formatDate(localDateOf(p.from, communityZone), l.locale), to: formatDate(localDateOf(Date.parse(p.to) - 1, communityZone), l.locale) })
            : ''}
        {saved && ` ${t('insights-saved', { fileName: saved.fileName, rows: saved.rows })}`}
      </p>
      {study && (
        <div className={loading ? 'insights-body insights-stale' : 'insights-body'} aria-busy={loading}>
          <CausesSection causes={study.causes} />
          <DriftSection indicators={study.indicators} />
          <ReturnsSection returns={study.returns} />
          <p className="muted small insights-rules">{t('insights-rules', { n: study.rules.smallSampleN, days: study.rules.returnWindowDays, atRisk: study.rules.atRiskDays })}</p>
        </div>
      )}
    </div>
  );
}
