import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { connectRealBackend } from '../support/ui-backend';

let conn: Awaited<ReturnType<typeof connectRealBackend>>;

beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend();
  window.location.hash = '#/settings';
});
afterEach(async () => {
  vi.restoreAllMocks();
  await conn.close();
});

describe('Settings → data and backups', () => {
  it('exports the database without confidential notes by default, as a download', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Export the whole database' }));
    expect(await screen.findByText(/^Saved rekindle-2026-11-28\.json \(\d+ records\)\.$/)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text).format).toBe('rekindle-archive');
    expect(text).not.toContain('conflict with the events team');
  });

  it('offers confidential notes in the archive to the Council only', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    expect(await screen.findByText('The archive leaves confidential notes out; only the Council role may export them.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Include confidential notes' })).toBeNull();
    unmount();
    const s = (await conn.backend.dispatch('settings.get', {})) as { ok: true; value: { version: number; currentUser: object } };
    await conn.backend.dispatch('settings.update', { expectedVersion: s.value.version, currentUser: { ...s.value.currentUser, role: 'council' } });
    useSettings.setState({ settings: null });
    render(<App />);
    await user.click(await screen.findByRole('checkbox', { name: 'Include confidential notes' }));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export the whole database' }));
    await screen.findByText(/^Saved rekindle-2026-11-28-with-confidential\.json/);
    expect(await blobs[0]!.text()).toContain('conflict with the events team');
  });

  it('refuses a file that is not an archive, with the reason, after asking to confirm', async () => {
    const user = userEvent.setup();
    render(<App />);
    const input = await screen.findByLabelText('Import an archive (replaces everything)');
    await user.upload(input, new File(['{"hello":1}'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByText('Replace all data with the archive notes.json? A safety backup is taken first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a Rekindle archive');
    expect(conn.calls).toContain('data.importArchive');
  });

  it('restores a backup by keyboard, and can be cancelled', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    const restore = await screen.findByRole('button', { name: /^Restore the backup .*-manual$/ });
    restore.focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(conn.calls).not.toContain('data.restoreBackup');
    restore.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Replace' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Restored .*-manual\. The previous data is in the backup .*-before-restore\.$/)).toBeInTheDocument();
  });
});

describe('notices about the data', () => {
  it('are shown in the language of the interface on every screen until dismissed', async () => {
    const user = userEvent.setup();
    const s = await conn.backend.dispatch('settings.get', {});
    await conn.backend.dispatch('settings.update', { expectedVersion: (s as { value: { version: number } }).value.version, language: 'es' });
    await conn.backend.housekeeping;
    conn.backend.store.notice('info', 'notice-backup-failed', { why: 'disco lleno' });
    window.location.hash = '#/today';
    render(<App />);
    const notice = await screen.findByText(/^No se pudo hacer la copia de seguridad de hoy \(disco lleno\)/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    await user.click(screen.getByRole('link', { name: 'Reps' }));
    expect(await screen.findByText(/^No se pudo hacer la copia de seguridad de hoy/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Descartar' }));
    await waitFor(() => expect(screen.queryByText(/^No se pudo hacer la copia de seguridad/)).toBeNull());
    expect(conn.backend.store.notices).toEqual([]);
  });
});
