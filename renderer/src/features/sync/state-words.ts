import type { SyncStatus } from '../../../../shared/api';
import type { Locale } from '../../../../shared/model';
import type { Translate } from '../../i18n/i18n';

/** The instant as the user's wall-clock time, with the day when it is not the same day (offline since yesterday). */
export function sinceText(iso: string, now: string | null, locale: Locale, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = now !== null && day.format(new Date(iso)) === day.format(new Date(now));
  return new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short', ...(sameDay ? {} : { dateStyle: 'medium' }) }).format(new Date(iso));
}

/**
 * The header's sentence for a sync status (`sync-state-<state>`), in the user's language. A refusal
 * or an error says the backend's problem sentence, which carries what to do.
 */
export function syncStateText(t: Translate, status: SyncStatus, when: (iso: string) => string): string {
  const problem = status.problem ? t(status.problem.messageId, status.problem.args) : null;
  switch (status.state) {
    case 'local':
    case 'connecting':
    case 'up-to-date':
      return t(`sync-state-${status.state}`);
    case 'sending':
      return t('sync-state-sending', { count: status.pending });
    case 'first-sync':
      return status.progress ? t('sync-state-first-sync', { done: status.progress.done, total: status.progress.total }) : t('sync-state-first-sync-starting');
    case 'offline':
      return status.offlineSince ? t('sync-state-offline', { time: when(status.offlineSince), count: status.pending }) : t('sync-state-offline-now', { count: status.pending });
    case 'refused':
    case 'error':
      return problem ? t(`sync-state-${status.state}`, { problem }) : t(`sync-state-${status.state}-unknown`);
  }
}
