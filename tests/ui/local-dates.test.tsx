import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useClock } from '../../renderer/src/app/clock-store';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useMatch } from '../../renderer/src/features/match/match-store';
import { apiResults } from '../support/api-results';
import { NOW, tempDir } from '../support/fixtures';

/**
 * A mentor in Tokyo at 08:00 on 3 December, when it is still 2 December in UTC and wherever the
 * machine running the tests is. The screen takes "today" from the backend's clock and her zone.
 */
const TOKYO_MORNING = '2026-12-02T23:00:00.000Z';
let clock = NOW;
let backend: Backend;
let cleanup: () => Promise<void>;
const { value } = apiResults(() => backend);

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useClock.setState({ clock: null });
  useErrors.setState({ errors: [] });
  useMatch.setState({ repId: null, start: null, conversations: [], suggestions: null, whyNot: null, choice: null });
  const demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  const dir = await tempDir('rekindle-ui-dates-');
  clock = NOW;
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'ipc', now: () => clock, loadDemo: async () => structuredClone(demo), logError: () => undefined });
  setApiClient(createClient(async (method, input) => backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
  const s = await value('settings.get');
  await value('settings.update', { expectedVersion: s.version, timeZone: 'Asia/Tokyo' });
  clock = TOKYO_MORNING;
  cleanup = async () => {
    await backend.close();
    await dir.cleanup();
  };
});
afterEach(async () => cleanup());

describe('dates on the user’s calendar', () => {
  it('pre-fills her today, records a conversation on it, and refuses tomorrow beside the form', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/match/rep-0019';
    render(<App />);
    const date = (await screen.findByLabelText('Date')) as HTMLInputElement;
    expect(date.value).toBe('2026-12-03');
    expect(date.max).toBe('2026-12-03');
    await user.click(screen.getByRole('checkbox', { name: 'The conversation reached the Rep' }));

    fireEvent.change(date, { target: { value: '2026-12-04' } });
    await user.click(screen.getByRole('button', { name: 'Record the conversation' }));
    expect(await screen.findByText('date: a conversation cannot be recorded in the future', { selector: '[role="alert"]' })).toBeInTheDocument();
    expect((await value('match.conversations', { repId: 'rep-0019' })).items.filter((c: { date: string }) => c.date >= '2026-12-02')).toHaveLength(0);

    fireEvent.change(date, { target: { value: '2026-12-03' } });
    await user.click(screen.getByRole('button', { name: 'Record the conversation' }));
    await waitFor(async () => {
      const items = (await value('match.conversations', { repId: 'rep-0019' })).items;
      expect(items.some((c: { date: string }) => c.date === TOKYO_MORNING)).toBe(true);
    });
  });

  it('says a refused field in the language of the interface', async () => {
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, language: 'es' });
    const user = userEvent.setup();
    window.location.hash = '#/match/rep-0019';
    render(<App />);
    const date = (await screen.findByLabelText('Fecha')) as HTMLInputElement;
    await user.click(screen.getByRole('checkbox', { name: 'Se llegó a hablar con el Rep' }));
    fireEvent.change(date, { target: { value: '2026-12-04' } });
    await user.click(screen.getByRole('button', { name: 'Registrar la conversación' }));
    expect(await screen.findByText('date: no se puede registrar una conversación en el futuro', { selector: '[role="alert"]' })).toBeInTheDocument();
    expect(screen.queryByText(/cannot be recorded/)).toBeNull();
  });

  it('lets her choose her own zone and the community’s in Settings; "today" follows at once', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    render(<App />);
    const mine = await screen.findByRole('combobox', { name: 'Your time zone' });
    expect(mine).toHaveValue('Asia/Tokyo');
    await user.selectOptions(mine, 'America/Los_Angeles');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Community time zone' }), 'Asia/Jakarta');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    await waitFor(() => expect(useClock.getState().clock).toMatchObject({ today: '2026-12-02', timeZone: 'America/Los_Angeles', communityTimeZone: 'Asia/Jakarta' }));
    expect(await value('settings.get')).toMatchObject({ timeZone: 'America/Los_Angeles', communityTimeZone: 'Asia/Jakarta' });
  });

  it('shows instants on her calendar: an activity at 23:30 UTC is the next day in Tokyo', async () => {
    const { importId } = await value('activity.importBegin', { fileName: 'late.csv' });
    await value('activity.importChunk', { importId, rows: [{ line: 2, rep: 'raul.lopez@example.org', date: '2026-11-30T23:30:00Z', type: 'event-report', externalId: 'late-1' }] });
    await value('activity.importCommit', { importId });
    window.location.hash = '#/reps/rep-0019';
    render(<App />);
    expect(await screen.findByText(/Dec 1, 2026 — /)).toBeInTheDocument();
    expect(screen.queryByText(/Nov 30, 2026 — /)).toBeNull();
  });
});
