import { appendFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';

let dir: Awaited<ReturnType<typeof tempDir>>;
// The day's backup folds the journals into the snapshots; these tests look at journals after it.
const open = async () => {
  const b = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined });
  await b.housekeeping;
  return b;
};

async function rename(b: Backend, id: string, name: string) {
  const rep = b.store.collections.reps.require(id);
  return b.writes.run('test', () => b.store.collections.reps.update(id, rep.version, (r) => ({ ...r, name }), NOW));
}

// One journal for the whole store: each line is one committed unit of work.
const journals = async () => (await readdir(dir.path)).filter((f) => f.startsWith('commits.journal-'));

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => dir.cleanup());

describe('small writes go to a journal beside the snapshot', () => {
  it('append one line per change without rewriting the snapshot, and fold it in on close', async () => {
    const b = await open();
    const snapshot = join(dir.path, 'reps.json');
    const before = await stat(snapshot);
    await rename(b, 'rep-at-risk', 'Bruno Renamed');
    expect((await stat(snapshot)).mtimeMs).toBe(before.mtimeMs);
    const [log] = await journals();
    const lines = (await readFile(join(dir.path, log!), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).ops).toEqual([expect.objectContaining({ collection: 'reps', op: 'put', record: expect.objectContaining({ id: 'rep-at-risk', name: 'Bruno Renamed', version: 2 }) })]);

    await b.close();
    expect(await journals()).toEqual([]);
    const doc = JSON.parse(await readFile(snapshot, 'utf8'));
    expect(doc.records.find((r: { id: string }) => r.id === 'rep-at-risk').name).toBe('Bruno Renamed');
  });

  it('replays acknowledged changes after a crash (no close)', async () => {
    const crashed = await open();
    await rename(crashed, 'rep-at-risk', 'First');
    await rename(crashed, 'rep-at-risk', 'Second');
    // No close(): the process "died" here.
    const b = await open();
    const rep = b.store.collections.reps.get('rep-at-risk')!;
    expect(rep.name).toBe('Second');
    expect(rep.version).toBe(3);
    expect(b.store.notices).toEqual([]);
    await b.close();
  });

  it('drops a torn last line quietly: that append was never acknowledged', async () => {
    const crashed = await open();
    await rename(crashed, 'rep-at-risk', 'Kept');
    const [log] = await journals();
    await appendFile(join(dir.path, log!), '{"op":"put","record":{"id":"rep-at-ri');
    const b = await open();
    expect(b.store.collections.reps.get('rep-at-risk')!.name).toBe('Kept');
    expect(b.store.notices).toEqual([]);
    await b.close();
  });

  it('reports a damaged line in the middle, keeps what came before, and sets the log aside', async () => {
    const crashed = await open();
    await rename(crashed, 'rep-at-risk', 'Before damage');
    const [log] = await journals();
    await appendFile(join(dir.path, log!), 'garbage\n{"op":"put","record":{"id":"x"}}\n');
    const b = await open();
    expect(b.store.collections.reps.get('rep-at-risk')!.name).toBe('Before damage');
    expect(b.store.notices).toHaveLength(1);
    expect(b.store.notices[0]!.message).toMatch(/^commits\.journal-\d+\.ndjson has an unreadable entry at line 2 .+moved to .+damaged/);
    await b.close();
  });

  it('refuses a stale version without touching the journal', async () => {
    const b = await open();
    await rename(b, 'rep-at-risk', 'New');
    await expect(b.writes.run('test', () => b.store.collections.reps.update('rep-at-risk', 1, (r) => r, NOW))).rejects.toMatchObject({ code: 'CONFLICT' });
    const [log] = await journals();
    expect((await readFile(join(dir.path, log!), 'utf8')).trim().split('\n')).toHaveLength(1);
    await b.close();
  });

  it('replays the per-collection journals of a folder written before the store-wide one, then folds them in', async () => {
    const old = await open();
    const audit = { id: 'audit-from-old-journal', at: NOW, actor: 'Demo user', role: 'mentor', action: 'reps.update', entity: 'reps', entityId: 'rep-at-risk', fields: ['name'], before: null, after: null };
    await old.close();
    // What an older Rekindle left after a crash: changes in reps.journal-N and audit.journal-N only.
    const reps = JSON.parse(await readFile(join(dir.path, 'reps.json'), 'utf8'));
    const changed = { ...reps.records.find((r: { id: string }) => r.id === 'rep-at-risk'), name: 'From The Old Journal', version: 2 };
    await writeFile(join(dir.path, `reps.journal-${reps.journalGen ?? 0}.ndjson`), `${JSON.stringify({ op: 'put', record: changed })}\n`);
    const auditGen = JSON.parse(await readFile(join(dir.path, 'audit.json'), 'utf8')).journalGen ?? 0;
    await writeFile(join(dir.path, `audit.journal-${auditGen}.ndjson`), `${JSON.stringify({ op: 'put', record: audit })}\n`);

    const b = await open();
    expect(b.store.notices).toEqual([]);
    expect(b.store.collections.reps.require('rep-at-risk')).toMatchObject({ name: 'From The Old Journal', version: 2 });
    expect(b.store.collections.audit.get('audit-from-old-journal')).toBeDefined();
    expect((await readdir(dir.path)).filter((f) => /^(reps|audit)\.journal-/.test(f))).toEqual([]);
    await rename(b, 'rep-at-risk', 'After The Upgrade');
    await b.close();
    const again = await open();
    expect(again.store.collections.reps.require('rep-at-risk')).toMatchObject({ name: 'After The Upgrade', version: 3 });
    expect(again.store.collections.audit.get('audit-from-old-journal')).toBeDefined();
    await again.close();
  });
});
