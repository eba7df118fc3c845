import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/api';
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
  window.location.hash = '#/settings';
});
afterEach(async () => {
  await conn?.close();
  conn = null;
});

const region = async () => within(await screen.findByRole('region', { name: 'Community' }));

describe('Settings → Community, on the real backend', () => {
  it('works on this machine only by default; the header says so quietly', async () => {
    const real = await connectRealBackend();
    conn = real;
    render(<App />);
    const community = await region();
    expect(community.getByRole('radio', { name: 'Work on this machine only' })).toBeChecked();
    expect(community.queryByLabelText('Password')).toBeNull();
    expect(await screen.findByRole('status', { name: 'Sync' })).toHaveTextContent('This machine only');
    // Working alone, the role is still chosen here.
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeInTheDocument();
    expect(await axeViolations(screen.getByRole('region', { name: 'Community' }))).toEqual([]);
  });

  it('asks for every field before calling the server, then a connect that cannot reach it says why and stays local', async () => {
    const user = userEvent.setup();
    const real = await connectRealBackend();
    conn = real;
    render(<App />);
    const community = await region();
    await user.click(community.getByRole('radio', { name: 'Connect to a community server' }));
    const form = within(community.getByRole('form', { name: 'Connect to a community server' }));
    await user.click(form.getByRole('button', { name: 'Connect' }));
    expect(form.getByRole('textbox', { name: 'Server address' })).toHaveAccessibleDescription('Server address is required.');
    expect(form.getByLabelText('Password')).toHaveAccessibleDescription('Password is required.');
    expect(real.calls).not.toContain('sync.connect');

    await user.type(form.getByRole('textbox', { name: 'Server address' }), 'http://127.0.0.1:1');
    await user.type(form.getByRole('textbox', { name: 'Account name' }), 'ana');
    const password = form.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    await user.type(password, 'not-kept-anywhere');
    await user.click(form.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(real.calls).toContain('sync.connect'));

    // The reason, in the user's language from the refusal's message id, beside the server address.
    await waitFor(() =>
      expect(form.getByRole('textbox', { name: 'Server address' })).toHaveAccessibleDescription(
        // The cause in brackets is the network's own word (ECONNREFUSED, or "fetch failed" under jsdom).
        /^Cannot reach the community server at http:\/\/127\.0\.0\.1:1 \(.+\)\. Check the address and that the server is running\.$/,
      ),
    );
    expect(form.getByRole('textbox', { name: 'Server address' })).toHaveFocus();
    expect(form.getByLabelText('Password')).toHaveValue('');
    expect(community.getByRole('radio', { name: 'Connect to a community server' })).toBeChecked();
    const status = await real.backend.dispatch('sync.status', {});
    expect(status.ok && (status.value as SyncStatus).mode).toBe('local');
    expect(screen.getByRole('status', { name: 'Sync' })).toHaveTextContent('This machine only');
    expect(useErrors.getState().errors).toEqual([]);
    // Nothing of the password stays in the page or in the settings.
    expect(document.body.innerHTML).not.toContain('not-kept-anywhere');
    expect(JSON.stringify({ ...window.sessionStorage, ...window.localStorage })).not.toContain('not-kept-anywhere');
    expect(JSON.stringify(await real.backend.dispatch('settings.get', {}))).not.toContain('not-kept-anywhere');
  });
});

describe('Settings → Community while connected', () => {
  const connected: SyncStatus = {
    ...LOCAL_STATUS,
    mode: 'community',
    server: 'https://reps.example.org',
    user: { name: 'ana', roles: ['mentor', 'council'] },
    state: 'up-to-date',
    lastSyncedAt: '2026-11-28T11:58:00.000Z',
  };

  it('shows who they are and their server roles, hides the role switch, and disconnects keeping the local copy', async () => {
    const user = userEvent.setup();
    let status = connected;
    const fake = await connectWithSyncAnswers({
      'sync.status': () => status,
      'sync.disconnect': () => (status = LOCAL_STATUS),
    });
    conn = fake;
    render(<App />);
    const community = await region();
    expect(await community.findByText('Signed in as')).toBeInTheDocument();
    expect(community.getByText('ana')).toBeInTheDocument();
    expect(community.getByText('Mentor, Council')).toBeInTheDocument();
    expect(community.getByText('https://reps.example.org')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Sync' })).toHaveTextContent('Up to date');
    expect(screen.queryByRole('combobox', { name: 'Role' })).toBeNull();
    expect(screen.getByText(/your roles come from the server/)).toBeInTheDocument();
    const disconnect = community.getByRole('button', { name: 'Disconnect' });
    expect(disconnect).toHaveAccessibleDescription(/keeps the local copy/);
    expect(await axeViolations(screen.getByRole('region', { name: 'Community' }))).toEqual([]);

    await user.click(disconnect);
    expect(await community.findByRole('radio', { name: 'Work on this machine only' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Sync' })).toHaveTextContent('This machine only');
  });

  it('after a restart without the password, asks for it again and sends it once', async () => {
    const user = userEvent.setup();
    const fake = await connectWithSyncAnswers({
      'sync.status': () => ({ ...connected, state: 'refused', problem: { messageId: 'community-sign-in-again', args: {} } }),
      'sync.connect': () => connected,
    });
    conn = fake;
    render(<App />);
    const again = within(await screen.findByRole('form', { name: 'Sign in again' }));
    await user.type(again.getByLabelText('Password'), 'typed-again');
    await user.click(again.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fake.inputs.filter((c) => c.method === 'sync.connect')).toEqual([{ method: 'sync.connect', input: { url: 'https://reps.example.org', name: 'ana', password: 'typed-again' } }]));
    // Still refused in this script, so the form is back (a new one) and empty.
    expect(within(await screen.findByRole('form', { name: 'Sign in again' })).getByLabelText('Password')).toHaveValue('');
  });
});
