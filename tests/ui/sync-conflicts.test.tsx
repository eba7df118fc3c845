import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncConflict, SyncStatus } from '../../shared/api';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useSync } from '../../renderer/src/features/sync/sync-store';
import { axeViolations } from '../support/axe-jsdom';
import { connectWithSyncAnswers, LOCAL_STATUS } from '../support/sync-ui';
import { connectRealBackend } from '../support/ui-backend';

let conn: { close(): Promise<void> } | null = null;

beforeEach(() => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  useSync.setState({ status: null });
});
afterEach(async () => {
  await conn?.close();
  conn = null;
});

const CONFLICT: SyncConflict = {
  collection: 'reps',
  id: 'rep-002',
  title: 'Bruno Risk',
  mine: { rev: '3-aaa', by: 'ana', at: '2026-11-28T09:15:00.000Z' },
  theirs: { rev: '3-bbb', by: 'council-carmen', at: '2026-11-28T10:05:00.000Z' },
  fields: [
    { path: 'email', mine: 'bruno@example.org', theirs: 'bruno.risk@example.org' },
    { path: 'country', mine: 'Brazil', theirs: 'Portugal' },
    { path: 'areas', mine: ['l10n'], theirs: [] },
  ],
};

describe('Sync conflicts', () => {
  it('is not in the menu without conflicts, and says there are none', async () => {
    conn = await connectRealBackend();
    window.location.hash = '#/conflicts';
    render(<App />);
    expect(await screen.findByText('There are no sync conflicts.')).toBeInTheDocument();
    window.location.hash = '#/today';
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(nav).queryByRole('link', { name: /Sync conflicts/ })).toBeNull());
  });

  // The in-process backend has no server to clash with, so the conflict is the engine's answer as the contract shapes it.
  it('shows both versions field by field; a pick per field by keyboard, or one side for all; Resolve sends the picks and the item goes', async () => {
    const user = userEvent.setup();
    let items = [CONFLICT];
    const status = (): SyncStatus => ({ ...LOCAL_STATUS, mode: 'community', server: 'https://reps.example.org', user: { name: 'ana', roles: ['mentor'] }, state: 'up-to-date', conflicts: items.length });
    const fake = await connectWithSyncAnswers({
      'sync.status': status,
      'sync.conflicts': () => ({ items }),
      'sync.resolve': () => {
        items = [];
        return { resolved: true };
      },
    });
    conn = fake;
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(await within(nav).findByRole('link', { name: 'Sync conflicts (1)' }));
    const card = within(await screen.findByRole('region', { name: 'Bruno Risk' }));
    expect(card.getByText(/^Mine: saved by ana, /)).toBeInTheDocument();
    expect(card.getByText(/^Theirs: saved by council-carmen, /)).toBeInTheDocument();

    const email = within(card.getByRole('group', { name: 'email' }));
    expect(email.getByRole('radio', { name: 'Mine: bruno@example.org' })).toBeChecked();
    expect(email.getByRole('radio', { name: 'Theirs: bruno.risk@example.org' })).not.toBeChecked();
    expect(within(card.getByRole('group', { name: 'areas' })).getByRole('radio', { name: 'Theirs: (empty)' })).toBeInTheDocument();

    // Keyboard only: into the email group, an arrow picks theirs.
    email.getByRole('radio', { name: 'Mine: bruno@example.org' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(email.getByRole('radio', { name: 'Theirs: bruno.risk@example.org' })).toBeChecked();

    await user.click(card.getByRole('button', { name: 'Keep theirs' }));
    expect(card.getAllByRole('radio', { checked: true }).map((r) => r.getAttribute('value'))).toEqual(['theirs', 'theirs', 'theirs']);
    await user.click(card.getByRole('button', { name: 'Keep mine' }));
    await user.click(within(card.getByRole('group', { name: 'country' })).getByRole('radio', { name: 'Theirs: Portugal' }));
    expect(await axeViolations(screen.getByRole('main'))).toEqual([]);

    await user.click(card.getByRole('button', { name: 'Resolve' }));
    expect(await screen.findByText('There are no sync conflicts.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Bruno Risk' })).toBeNull();
    expect(fake.inputs.filter((c) => c.method === 'sync.resolve').map((c) => c.input)).toEqual([
      { collection: 'reps', id: 'rep-002', pick: { email: 'mine', country: 'theirs', areas: 'mine' } },
    ]);
  });
});
