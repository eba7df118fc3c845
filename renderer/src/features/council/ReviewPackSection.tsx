import { useState } from 'react';
import { localDateOf } from '../../../../shared/time/calendar';
import { currentTimeZone, useToday } from '../../app/clock-store';
import { useSettings } from '../../app/settings-store';
import { downloadText } from '../../components/download';
import { formatDate, useT } from '../../i18n/i18n';
import { sinceDay, useCouncil } from './council-store';

/**
 * The meeting's review pack: open cases and those decided since the chosen date, as CSV and as a
 * printable page. Printing uses the print stylesheet and window.print() in both builds; Electron's
 * print dialog saves it as PDF.
 */
export function ReviewPackSection() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { pack, loadPack, since: picked } = useCouncil();
  const since = sinceDay(picked, useToday());
  const [confidential, setConfidential] = useState(false);

  async function csv() {
    const p = await loadPack(confidential);
    if (p) downloadText(`rekindle-review-pack-${localDateOf(p.generatedAt, currentTimeZone())}.csv`, p.csv, 'text/csv');
  }
  async function print() {
    if (await loadPack(confidential)) setTimeout(() => window.print(), 0);
  }
  return (
    <section className="panel council-pack" aria-labelledby="council-pack-title">
      <h2 id="council-pack-title">{t('council-pack-title')}</h2>
      <p className="muted">{t('council-pack-help', { since: formatDate(since, locale) })}</p>
      <label className="council-inline">
        <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
        {t('council-pack-confidential')}
      </label>
      <div className="actions">
        <button type="button" onClick={() => void loadPack(confidential)}>
          {t('council-pack-preview')}
        </button>
        <button type="button" onClick={() => void csv()}>
          {t('council-pack-csv')}
        </button>
        <button type="button" onClick={() => void print()}>
          {t('council-pack-print')}
        </button>
      </div>
      {pack && (
        <div className="council-print" data-testid="council-pack">
          <h2>{t('council-pack-print-title', { date: formatDate(pack.generatedAt, locale) })}</h2>
          <p>{pack.includeConfidential ? t('council-pack-with-confidential') : t('council-pack-redacted')}</p>
          {pack.cases.length === 0 && <p>{t('council-pack-empty')}</p>}
          {pack.cases.map((c) => (
            <article key={c.caseId} className="council-pack-case">
              <h3>
                {c.repName} — {t(`council-kind-case-${c.kind}`)} · {c.decision ? t(`council-decision-${c.decision}`) : t('council-case-open')}
                {c.exception ? ` · ${t('council-exception-badge')}` : ''}
              </h3>
              <dl>
                <dt>{t('council-pack-status')}</dt>
                <dd>{t(`status-${c.repStatus}`)}</dd>
                <dt>{t('council-gate-title')}</dt>
                <dd>{c.gate}</dd>
                <dt>{t('council-pack-conversations')}</dt>
                <dd>
                  {c.conversations}
                  {c.reasons ? ` — ${c.reasons}` : ''}
                </dd>
                <dt>{t('council-pack-engagements')}</dt>
                <dd>{c.engagements || '—'}</dd>
                {c.rationale && (
                  <>
                    <dt>{t('council-rationale')}</dt>
                    <dd>
                      {c.rationale} {c.decidedBy ? `(${c.decidedBy}, ${formatDate(c.meetingDate, locale)})` : ''}
                    </dd>
                  </>
                )}
                {c.confidentialNotes && (
                  <>
                    <dt>{t('council-confidential')}</dt>
                    <dd>{c.confidentialNotes}</dd>
                  </>
                )}
              </dl>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
