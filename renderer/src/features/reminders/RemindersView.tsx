import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings-store';
import { formatDate, useT } from '../../i18n/i18n';
import { downloadText } from '../../components/download';
import { useReminders } from './reminders-store';

/**
 * "We still exist" reminders: plan them (consent, opt-out, cooldown and cadence are honoured by the
 * backend), send e-mail over SMTP when configured, export drafts and the portal CSV for the rest,
 * and read everything in one in-app list.
 */
export function RemindersView() {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { items, total, smtpConfigured, notice, load, plan, deliver, markSent } = useReminders();
  const [mailto, setMailto] = useState<{ fileName: string; content: string }[]>([]);
  useEffect(() => {
    void load();
  }, [load]);

  async function exportAs(format: 'eml' | 'portal-csv' | 'mailto') {
    const r = await attempt(() => api().call('reminders.export', { format }));
    if (!r) return;
    if (format === 'mailto') return setMailto(r.files);
    for (const f of r.files) downloadText(f.fileName, f.content, f.mimeType);
  }

  const handQueued = items.filter((r) => r.status === 'queued' && !(r.channel === 'email' && smtpConfigured));
  return (
    <section className="panel reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders-title')}</h2>
      <p className="muted">{smtpConfigured ? t('reminders-smtp-on') : t('reminders-smtp-off')}</p>
      <div className="actions wrap">
        <button type="button" onClick={() => void plan()}>
          {t('reminders-plan')}
        </button>
        {smtpConfigured && (
          <button type="button" onClick={() => void deliver()}>
            {t('reminders-deliver')}
          </button>
        )}
        <button type="button" onClick={() => void exportAs('eml')}>
          {t('reminders-export-eml')}
        </button>
        <button type="button" onClick={() => void exportAs('mailto')}>
          {t('reminders-export-mailto')}
        </button>
        <button type="button" onClick={() => void exportAs('portal-csv')}>
          {t('reminders-export-csv')}
        </button>
        <button type="button" onClick={() => void markSent(handQueued.map((r) => r.id))} disabled={handQueued.length === 0}>
          {t('reminders-mark-sent', { count: handQueued.length })}
        </button>
      </div>
      {notice && (
        <p role="status" data-testid="reminders-notice">
          {t(notice.key, notice.args)}
        </p>
      )}
      {mailto.length > 0 && (
        <ul className="item-list">
          {mailto.map((m) => (
            <li key={m.content}>
              <a href={m.content}>{t('reminders-mailto-link', { name: m.fileName })}</a>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('reminders-list', { total })}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('reminders-empty')}</p>
      ) : (
        <div className="table-scroll short">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reminders-col-rep')}</th>
                <th scope="col">{t('reminders-col-channel')}</th>
                <th scope="col">{t('reminders-col-status')}</th>
                <th scope="col">{t('reminders-col-date')}</th>
                <th scope="col">{t('reminders-col-subject')}</th>
                <th scope="col">{t('reminders-col-error')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={hrefFor('reps', r.repId)}>{r.repName}</a>
                  </td>
                  <td>{t(`reps-channel-${r.channel}`)}</td>
                  <td>{t(`reminders-status-${r.status}`, { attempts: r.attempts })}</td>
                  <td>{formatDate(r.sentAt ?? r.scheduledAt, locale)}</td>
                  <td title={r.body}>{r.subject}</td>
                  <td>{r.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
