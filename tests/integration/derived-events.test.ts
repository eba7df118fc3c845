/**
 * Derived state (the Reps' rows, the health index under them, the search indexes) follows the
 * write path's change events, per backend: no list call, refresh or warm-up is needed for a change
 * to show, a new community day moves statuses through housekeeping, and two backends in one
 * process share nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guessMapping, readTable, stageActivityImport, toActivityRows, ACTIVITY_FIELDS } from '../../shared/domain/import-files';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { apiResults } from '../support/api-results';
import { catalogCommunity, coach, task } from '../support/catalog-fixtures';
import { activity, daysAgo, NOW, tempDir } from '../support/fixtures';

const opened: { backend: Backend; cleanup(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.backend.close();
    await o.cleanup();
  }
});

async function open(now: () => string = () => NOW, dayCheckMs?: number) {
  const dir = await tempDir();
  const backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now, loadDemo: async () => catalogCommunity(), logError: () => undefined, dayCheckMs });
  opened.push({ backend, cleanup: dir.cleanup });
  await backend.housekeeping;
  return { backend, ...apiResults(() => backend) };
}

const DAY_MS = 86_400_000;

async function statusesOf(value: (m: string, i?: unknown) => Promise<any>): Promise<Record<string, string>> {
  const list = await value('reps.list', { limit: 500 });
  return Object.fromEntries(list.items.map((r: any) => [r.id, r.status]));
}

describe('derived state from change events', () => {
  it('an activity import makes an at-risk Rep active in reps.list with no other call', async () => {
    const { value } = await open();
    expect((await statusesOf(value))['rep-at-risk']).toBe('at-risk');
    const csv = `email,date,activity type,id\nrep-at-risk@example.org,${daysAgo(2).slice(0, 10)},event-report,X-1\n`;
    const table = readTable('portal.csv', csv);
    const preview = await stageActivityImport(value as never, 'portal.csv', toActivityRows(table, guessMapping(table.columns, ACTIVITY_FIELDS)), () => undefined);
    await value('activity.importCommit', { importId: preview.importId });
    const row = (await value('reps.list', { search: 'bruno' })).items[0];
    expect(row).toMatchObject({ id: 'rep-at-risk', status: 'active', lastSignificantType: 'event-report' });
  });

  it('a write made by any unit of work reaches the rows: an activity, a renamed mentor, a whole collection replaced', async () => {
    const { backend, value } = await open();
    expect((await statusesOf(value))['rep-at-risk']).toBe('at-risk');
    // Straight to the store, through the write path only: nothing but its change event tells the rows.
    await backend.writes.run('test', () => backend.store.collections.activities.insert([activity('rep-at-risk', 1)]));
    expect((await statusesOf(value))['rep-at-risk']).toBe('active');

    const mentor = backend.store.collections.reps.require('mentor-1');
    await value('reps.update', { id: 'mentor-1', expectedVersion: mentor.version, changes: { name: 'Ana Renamed' } });
    const mentees = (await value('reps.list', { mentorId: 'mentor-1' })).items;
    expect(mentees.map((r: any) => r.mentorName)).toEqual(['Ana Renamed', 'Ana Renamed', 'Ana Renamed']);
    expect((await value('reps.list', { search: 'renamed' })).items.map((r: any) => r.id)).toEqual(['mentor-1']);

    const renamed = backend.store.collections.reps.all.map((r) => (r.id === 'rep-passive' ? { ...r, name: 'Dev Restored' } : r));
    await backend.writes.run('test', () => backend.store.collections.reps.replaceAll(renamed));
    expect((await value('reps.list', { search: 'restored' })).items.map((r: any) => r.id)).toEqual(['rep-passive']);
  });

  it('a changed row moves to its place in every order, as a full sort would put it', async () => {
    const { backend, value } = await open();
    const ids = async (sort: string) => (await value('reps.list', { sort, limit: 500 })).items.map((r: any) => r.id);
    const fullSort = async (sort: string) => {
      const rows = (await value('reps.list', { sort: 'name', limit: 500 })).items;
      const key: Record<string, (r: any) => string> = { name: (r) => r.name, lastActivity: (r) => r.lastSignificantAt ?? '' };
      return [...rows].sort((a, b) => key[sort]!(a).localeCompare(key[sort]!(b)) || a.name.localeCompare(b.name)).map((r: any) => r.id);
    };
    // Both orders are built before the changes, so the changes have to move rows within them.
    await ids('name');
    await ids('lastActivity');
    const dev = backend.store.collections.reps.require('rep-passive');
    await value('reps.update', { id: 'rep-passive', expectedVersion: dev.version, changes: { name: 'Aaron First' } });
    await backend.writes.run('test', () => backend.store.collections.activities.insert([activity('rep-inactive', 0)]));
    expect((await ids('name'))[0]).toBe('rep-passive');
    expect(await ids('name')).toEqual(await fullSort('name'));
    expect((await ids('lastActivity')).at(-1)).toBe('rep-inactive');
    expect(await ids('lastActivity')).toEqual(await fullSort('lastActivity'));
  });

  it('a search finds a task or coach created a moment ago, and no longer finds one renamed', async () => {
    const { backend, value } = await open();
    const created = await value('catalog.create', { fields: { title: 'Proofread the Thunderbird glossary', summary: '', area: 'localization', languages: [], steps: [] } });
    expect((await value('catalog.list', { search: 'thunderbird glosary' })).items.map((r: any) => r.task.id)).toEqual([created.id]);
    await value('catalog.update', { id: created.id, expectedVersion: created.version, fields: { title: 'Proofread the Fenix strings', summary: '', area: 'localization', languages: [], steps: [] } });
    expect((await value('catalog.list', { search: 'thunderbird glosary' })).total).toBe(0);
    // A task written by another unit of work (an import, a sync) is found just the same.
    await backend.writes.run('test', () => backend.store.collections.tasks.insert([task('task-quokka', { title: 'Photograph a quokka' })]));
    expect((await value('catalog.list', { search: 'quoka' })).items.map((r: any) => r.task.id)).toEqual(['task-quokka']);
    await backend.writes.run('test', () => backend.store.collections.coaches.insert([coach('coach-zeb', { name: 'Zebulon Quartz' })]));
    expect((await value('coaches.list', { search: 'zebulon' })).items.map((r: any) => r.coach.id)).toEqual(['coach-zeb']);
  });

  it('when the community day turns, housekeeping moves a Rep to at-risk through the write path, with an audit entry', async () => {
    let clock = NOW;
    const { backend, value } = await open(() => clock, 10);
    // mentor-1's last significant activity is 10 days old: 80 days later it is 90, the at-risk threshold.
    expect((await statusesOf(value))['mentor-1']).toBe('active');
    const before = await value('system.changes', { after: 0, waitMs: 0 });
    clock = new Date(Date.parse(NOW) + 80 * DAY_MS).toISOString();
    await vi.waitFor(() => expect(backend.store.collections.reps.require('mentor-1').status).toBe('at-risk'), { timeout: 2_000 });
    const mentor = await value('reps.get', { id: 'mentor-1' });
    expect(mentor.row.status).toBe('at-risk');
    expect(mentor.rep.statusHistory.at(-1)).toMatchObject({ from: 'active', to: 'at-risk', at: clock, cause: { occasion: { messageId: 'status-occasion-day-changed' } } });
    expect((await statusesOf(value))['mentor-1']).toBe('at-risk');
    const audit = await value('audit.list', {});
    expect(audit.items.some((e: any) => e.action === 'housekeeping.dayChanged' && e.entityId === 'mentor-1')).toBe(true);
    // Open screens hear of it like any other change.
    const after = await value('system.changes', { after: before.seq, waitMs: 0 });
    expect(after.changes.some((c: any) => c.collection === 'reps' && c.method === 'housekeeping.dayChanged')).toBe(true);
  });

  it('under a fixed clock the day never turns, so housekeeping writes nothing', async () => {
    const { backend, value } = await open(() => NOW, 5);
    const { seq } = await value('system.changes', { after: 0, waitMs: 0 });
    await backend.checkDay();
    await new Promise((r) => setTimeout(r, 30));
    expect((await value('system.changes', { after: seq, waitMs: 0 })).changes).toEqual([]);
  });

  it('keeps nothing at module level: two backends over two data folders in one process share no derived state', async () => {
    const a = await open();
    const b = await open();
    // Both built their rows and indexes before either changes.
    for (const x of [a, b]) {
      await x.value('reps.list', {});
      await x.value('catalog.list', { search: 'task' });
    }
    await a.backend.writes.run('test', () => a.backend.store.collections.activities.insert([activity('rep-inactive', 1)]));
    await a.value('catalog.create', { fields: { title: 'Only in the first folder', summary: '', area: 'localization', languages: [], steps: [] } });
    expect((await statusesOf(a.value))['rep-inactive']).toBe('active');
    expect((await statusesOf(b.value))['rep-inactive']).toBe('inactive');
    expect((await a.value('catalog.list', { search: 'first folder' })).total).toBe(1);
    expect((await b.value('catalog.list', { search: 'first folder' })).total).toBe(0);
  });
});
