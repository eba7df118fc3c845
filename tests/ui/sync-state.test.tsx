import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/api';
import { useClock } from '../../renderer/src/app/clock-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { SyncStateLine } from '../../renderer/src/features/sync/SyncIndicator';
import { I18nProvider } from '../../renderer/src/i18n/i18n';
import type { Locale } from '../../shared/model';
import { LOCAL_STATUS } from '../support/sync-ui';

const community = (change: Partial<SyncStatus>): SyncStatus => ({
  ...LOCAL_STATUS,
  mode: 'community',
  server: 'https://reps.example.org',
  user: { name: 'ana', roles: ['mentor'] },
  state: 'up-to-date',
  ...change,
});

function shown(status: SyncStatus | null, locale: Locale = 'en-US'): HTMLElement {
  render(
    <I18nProvider locale={locale}>
      <SyncStateLine status={status} />
    </I18nProvider>,
  );
  return screen.getByRole('status', { name: locale === 'es' ? 'Sincronización' : 'Sync' });
}

beforeEach(() => {
  useSettings.setState({ settings: null, loadError: null });
  // The user's clock in Lisbon on a winter day: 10:42 UTC is 10:42 there; the runner's own zone must not matter.
  useClock.setState({ clock: { now: '2026-11-28T12:00:00.000Z', today: '2026-11-28', timeZone: 'Europe/Lisbon', communityTimeZone: 'UTC', systemTimeZone: 'UTC' } });
});

describe('the header says the sync state in words', () => {
  it('local: quietly, this machine only', () => {
    const line = shown(LOCAL_STATUS);
    expect(line).toHaveTextContent('This machine only');
    expect(line).toHaveClass('muted');
    expect(line).toHaveAttribute('aria-live', 'polite');
  });

  it('each state of a community connection', () => {
    const cases: [Partial<SyncStatus>, string][] = [
      [{ state: 'connecting' }, 'Connecting to the community server…'],
      [{ state: 'up-to-date' }, 'Up to date'],
      [{ state: 'sending', pending: 3 }, 'Sending 3 changes'],
      [{ state: 'sending', pending: 1 }, 'Sending 1 change'],
      [{ state: 'offline', offlineSince: '2026-11-28T10:42:00.000Z' }, 'Offline since 10:42 AM — changes kept'],
      [{ state: 'offline', offlineSince: '2026-11-28T10:42:00.000Z', pending: 4 }, 'Offline since 10:42 AM — 4 changes kept'],
      [{ state: 'offline', offlineSince: '2026-11-27T10:42:00.000Z' }, 'Offline since Nov 27, 2026, 10:42 AM — changes kept'],
      [{ state: 'first-sync', progress: { done: 1200, total: 10000 } }, 'First sync: 1,200 of 10,000'],
      [{ state: 'refused' }, 'Not syncing: the server refused. Check your account name and password in Settings → Community.'],
      [{ state: 'error' }, 'Sync problem: something went wrong. Your changes are kept on this machine; try again later.'],
    ];
    for (const [change, text] of cases) {
      const { unmount } = render(
        <I18nProvider locale="en-US">
          <SyncStateLine status={community(change)} />
        </I18nProvider>,
      );
      expect(screen.getByRole('status', { name: 'Sync' }), JSON.stringify(change)).toHaveTextContent(text);
      expect(screen.getByRole('status', { name: 'Sync' })).not.toHaveClass('muted');
      unmount();
    }
  });

  it('a problem says the backend’s sentence, with its arguments', () => {
    // Any message the UI has; the engine's own problem sentences live in its catalog.
    const line = shown(community({ state: 'error', problem: { messageId: 'community-set-aside', args: { count: 2 } } }));
    expect(line).toHaveTextContent('Sync problem: 2 documents from the server were set aside because they could not be read.');
  });

  it('in Spanish, with Spanish numbers', () => {
    expect(shown(community({ state: 'first-sync', progress: { done: 1200, total: 10000 } }), 'es')).toHaveTextContent('Primera sincronización: 1200 de 10.000');
  });

  it('says nothing before the first status has arrived', () => {
    expect(shown(null)).toHaveTextContent('');
  });
});
