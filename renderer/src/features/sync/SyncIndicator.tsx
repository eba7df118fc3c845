import type { SyncStatus } from '../../../../shared/api';
import { useClock, useTimeZone } from '../../app/clock-store';
import { useSettings } from '../../app/settings-store';
import { useT } from '../../i18n/i18n';
import { sinceText, syncStateText } from './state-words';
import { useSync } from './sync-store';

/** The sync state in words for a given status; the header passes the live one. */
export function SyncStateLine({ status, live = true }: { status: SyncStatus | null; live?: boolean }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const now = useClock((s) => s.clock?.now ?? null);
  const zone = useTimeZone();
  const text = status ? syncStateText(t, status, (iso) => sinceText(iso, now, locale, zone)) : '';
  const quiet = !status || status.mode === 'local';
  const className = `sync-state sync-state-${status?.state ?? 'unknown'}${quiet ? ' muted' : ''}`;
  if (!live) return <p className={className}>{text}</p>;
  // Always in the page, so screen readers hear each change of state (a live region must exist before it changes).
  return (
    <p className={className} role="status" aria-live="polite" aria-label={t('sync-state-label')}>
      {text}
    </p>
  );
}

/** The header's sync state, following `sync.status`. */
export function SyncIndicator() {
  const status = useSync((s) => s.status);
  return <SyncStateLine status={status} />;
}
