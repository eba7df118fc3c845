import { useEffect } from 'react';
import { downloadText } from '../../components/download';
import { useSettings } from '../../app/settings-store';
import { formatDateTime, useT } from '../../i18n/i18n';
import { AUDIT_PAGE, useCouncil } from './council-store';

/** The append-only audit log, newest first, a page at a time, and its CSV export. */
export function AuditSection() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { audit, loadAudit, auditCsv } = useCouncil();
  useEffect(() => {
    void loadAudit(0);
  }, [loadAudit]);
  async function exportCsv() {
    const csv = await auditCsv();
    if (csv !== undefined) downloadText('rekindle-audit-log.csv', csv, 'text/csv');
  }
  return (
    <section className="panel" aria-labelledby="council-audit-title">
      <h2 id="council-audit-title">{t('council-audit-title', { count: audit?.total ?? 0 })}</h2>
      <p className="muted">{t('council-audit-help')}</p>
      <div className="actions">
        <button type="button" onClick={() => void loadAudit(audit?.offset ?? 0)}>
          {t('council-audit-refresh')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('council-audit-export')}
        </button>
      </div>
      {audit && (
        <>
          <table className="data-table compact council-audit">
            <thead>
              <tr>
                <th scope="col">{t('council-audit-at')}</th>
                <th scope="col">{t('council-audit-actor')}</th>
                <th scope="col">{t('council-audit-action')}</th>
                <th scope="col">{t('council-audit-entity')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, locale)}</td>
                  <td>
                    {e.actor} ({t(`role-${e.role}`)})
                  </td>
                  <td>{e.action}</td>
                  <td>
                    {e.entity} {e.entityId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="actions" aria-label={t('council-audit-paging')}>
            <button type="button" disabled={audit.offset === 0} onClick={() => void loadAudit(Math.max(0, audit.offset - AUDIT_PAGE))}>
              {t('council-audit-newer')}
            </button>
            <span>{t('council-audit-range', { from: audit.total ? audit.offset + 1 : 0, to: audit.offset + audit.items.length, total: audit.total })}</span>
            <button type="button" disabled={audit.offset + AUDIT_PAGE >= audit.total} onClick={() => void loadAudit(audit.offset + AUDIT_PAGE)}>
              {t('council-audit-older')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
