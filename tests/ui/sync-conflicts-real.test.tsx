/**
 * The Sync conflicts screen over a real conflict: two backends in-process on their own data
 * folders, replicating through a community server (pouchdb-server, or a real CouchDB by
 * REKINDLE_TEST_COUCH_URL) set up by the same `community init` code users run. Both change the
 * same Rep while the server is down; the screen on A resolves it and B follows.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, initCommunity } from '../../electron/backend/sync/community-setup';
import { createClient, setApiClient } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/app/App';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useSync } from '../../renderer/src/features/sync/sync-store';
import { couchServerKind, eventually, startCouch, withoutValidation, type CouchServer } from '../support/couch-server';
import { openTestBackend, type TestBackend } from '../support/reps-backend';



type Status = { state: string; conflicts: number };
const status = (x: TestBackend) => x.value('sync.status') as Promise<Status>;
const rep = async (x: TestBackend) => ((await x.value('reps.get', { id: 'rep-at-risk' })) as { rep: { version: number; country: string } }).rep;

describe(`Sync conflicts over real replication (${couchServerKind()})`, () => {
  let server: CouchServer;
  let a: TestBackend;
  let b: TestBackend;

  beforeAll(async () => {
    server = await startCouch();
    const db = server.newDb();
    await initCommunity({ url: server.url, admin: server.admin, db });
    if (server.kind === 'pouchdb-server') await withoutValidation(server, [db, `${db}-confidential`]);
    await addUser({ url: server.url, admin: server.admin, name: 'carmen', password: 'council-pw', roles: ['council'] });
    await addUser({ url: server.url, admin: server.admin, name: 'ana', password: 'mentor-pw', roles: ['mentor'] });
    a = await openTestBackend({ sync: { retryMaxMs: 300 } });
    b = await openTestBackend({ sync: { retryMaxMs: 300 }, firstRun: 'empty' });
    await a.value('sync.connect', { url: `${server.url}/${db}`, name: 'carmen', password: 'council-pw' });
    await eventually('A up to date', () => status(a), (s) => s.state === 'up-to-date');
    await b.value('sync.connect', { url: `${server.url}/${db}`, name: 'ana', password: 'mentor-pw' });
    await eventually('the Rep on B', () => b.call('reps.get', { id: 'rep-at-risk' }), (r) => r.ok);
    await eventually('B up to date', () => status(b), (s) => s.state === 'up-to-date');
  }, 120_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('lists the conflict both machines made apart, and resolving it on screen ends it on the other machine too', async () => {
    if (!server.canRestart) return;
    await server.stop();
    await eventually('A offline', () => status(a), (s) => s.state === 'offline');
    await eventually('B offline', () => status(b), (s) => s.state === 'offline');
    await a.value('reps.update', { id: 'rep-at-risk', expectedVersion: (await rep(a)).version, changes: { country: 'Chile' } });
    await b.value('reps.update', { id: 'rep-at-risk', expectedVersion: (await rep(b)).version, changes: { country: 'Peru' } });
    await server.start();
    // Each machine lists it once its replica has both revisions; the screen is shown on the first that does.
    const [sa, sb] = await eventually('the conflict listed', async () => [await status(a), await status(b)], ([x, y]) => x.conflicts + y.conflicts > 0);
    const [here, there] = sa.conflicts > 0 ? [a, b] : [b, a];
    void sb;

    useSettings.setState({ settings: null, loadError: null });
    useSync.setState({ status: null });
    setApiClient(createClient(async (method, input) => here.backend.dispatch(method, JSON.parse(JSON.stringify(input ?? {})))));
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(await within(nav).findByRole('link', { name: 'Sync conflicts (1)' }, { timeout: 10_000 }));
    const card = within(await screen.findByRole('region', { name: 'Bruno Risk' }));
    const country = within(card.getByRole('group', { name: 'country' }));
    const applied = (await rep(here)).country;
    const other = applied === 'Chile' ? 'Peru' : 'Chile';
    expect(country.getByRole('radio', { name: `Mine: ${applied}` })).toBeChecked();
    // Keyboard only: the other version of the field, then Resolve.
    country.getByRole('radio', { name: `Mine: ${applied}` }).focus();
    await user.keyboard('{ArrowRight}');
    expect(country.getByRole('radio', { name: `Theirs: ${other}` })).toBeChecked();
    await user.click(card.getByRole('button', { name: 'Resolve' }));
    expect(await screen.findByText('There are no sync conflicts.', {}, { timeout: 10_000 })).toBeInTheDocument();

    await eventually('no conflict on the other machine', () => status(there), (s) => s.conflicts === 0);
    const [onA, onB] = await eventually('A and B agree', async () => [await rep(a), await rep(b)], ([x, y]) => JSON.stringify(x) === JSON.stringify(y));
    expect(onA.country).toBe(other);
    expect(onB.country).toBe(other);
    expect((await status(a)).conflicts + (await status(b)).conflicts).toBe(0);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sync' })).toHaveTextContent('Up to date'), { timeout: 10_000 });
  }, 120_000);
});
