import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../electron/backend/write-path/unit-of-work';
import { RepHealthIndex } from '../../electron/backend/derived/rep-health';
import { activity, NOW, rep as repFixture } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => t.close());

async function folderText(): Promise<string> {
  let text = '';
  for (const f of await readdir(t.dir)) if (f.startsWith('reps') || f.startsWith('commits')) text += await readFile(join(t.dir, f), 'utf8').catch(() => '');
  return text;
}

describe('the one write path', () => {
  it('refuses a write made outside a unit of work, and nothing of it reaches memory or disk', async () => {
    const store = t.backend.store;
    const rep = store.collections.reps.require('rep-at-risk');
    const before = await folderText();
    await expect(store.collections.reps.update(rep.id, rep.version, (r) => ({ ...r, name: 'Sneaked In' }), NOW)).rejects.toThrow(/outside a unit of work/);
    await expect(store.collections.reps.insert([{ ...rep, id: 'rep-sneaked' }])).rejects.toThrow(/outside a unit of work/);
    await expect(store.saveSettings({ ...store.settings, version: store.settings.version + 1 })).rejects.toThrow(/outside a unit of work/);
    expect(store.collections.reps.require('rep-at-risk').name).toBe(rep.name);
    expect(store.collections.reps.get('rep-sneaked')).toBeUndefined();
    expect(await folderText()).toBe(before);
    // A timer is outside any unit of work too, even while one is running.
    const fromTimer = new Promise((resolve) => setTimeout(() => resolve(store.collections.reps.update(rep.id, rep.version, (r) => r, NOW).catch((e: Error) => e.message)), 0));
    await t.backend.writes.run('slow', () => new Promise((r) => setTimeout(r, 20)));
    expect(await fromTimer).toMatch(/outside a unit of work/);
    // Saving what opening changed (replayed journals, migrated files) is a write like any other.
    await expect(store.settle()).rejects.toThrow(/outside a unit of work/);
    await expect(t.backend.writes.run('start-up.migrate', () => store.settle())).resolves.toBeNull();
  });

  it('announces every committed change once, with record, before, after, author, time and method', async () => {
    const seen: ChangeEvent[][] = [];
    const stop = t.backend.writes.subscribe((events) => seen.push([...events]));
    const rep = await t.value('reps.get', { id: 'rep-at-risk' });
    await t.value('reps.update', { id: 'rep-at-risk', expectedVersion: rep.rep.version, changes: { name: 'Bruno Renamed' } });
    stop();
    expect(seen).toHaveLength(1);
    const reps = seen[0]!.filter((e) => e.collection === 'reps');
    expect(reps).toEqual([
      expect.objectContaining({ id: 'rep-at-risk', method: 'reps.update', by: 'Demo user', at: NOW, before: expect.objectContaining({ name: 'Bruno Risk' }), after: expect.objectContaining({ name: 'Bruno Renamed' }) }),
    ]);
    expect(seen[0]!.some((e) => e.collection === 'audit')).toBe(true);
  });

  it('announces nothing for a refused change', async () => {
    const seen: ChangeEvent[] = [];
    t.backend.writes.subscribe((events) => seen.push(...events));
    const r = await t.call('reps.update', { id: 'rep-at-risk', expectedVersion: 99, changes: { name: 'Stale' } });
    expect(r.ok).toBe(false);
    expect(seen).toEqual([]);
  });

  it('lets a screen follow changes by long polling: at once when there are some, woken by the next one, reset when behind', async () => {
    const first = await t.value('system.changes', { after: 0, waitMs: 0 });
    expect(first).toMatchObject({ reset: false });
    const waiting = t.value('system.changes', { after: first.seq, waitMs: 10_000 });
    const started = performance.now();
    const rep = await t.value('reps.get', { id: 'rep-passive' });
    await t.value('reps.update', { id: 'rep-passive', expectedVersion: rep.rep.version, changes: { name: 'Dev Woken' } });
    const woke = await waiting;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(woke.changes.filter((c: { collection: string }) => c.collection === 'reps')).toEqual([
      { seq: expect.any(Number), collection: 'reps', id: 'rep-passive', method: 'reps.update', by: 'Demo user', at: NOW },
    ]);
    // Notices carry no values: a screen refetches what it may see.
    expect(JSON.stringify(woke)).not.toContain('Dev Woken');
    expect(await t.value('system.changes', { after: woke.seq + 50, waitMs: 0 })).toEqual({ seq: woke.seq, changes: [], reset: true });
    const bad = await t.call('system.changes', { after: -1 });
    expect(!bad.ok && bad.error.message).toMatch(/after/);
  });

  it('rolls a failed unit of work back: neither the record nor its audit entry, in memory, on disk or after reopening', async () => {
    const { backend } = t;
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...fields } = repFixture('unused', { name: 'Half Written' });
    const auditBefore = backend.store.collections.audit.size;
    const rep = backend.store.collections.reps.require('rep-at-risk');
    const seen: ChangeEvent[] = [];
    backend.writes.subscribe((events) => seen.push(...events));
    let createdId = '';
    const failed = backend.writes.run('test.fails', async () => {
      const tx = backend.writes.current()!;
      createdId = (await tx.create('reps', 'rep', fields)).id;
      await tx.update('reps', rep.id, rep.version, (r) => ({ ...r, name: 'Renamed Then Undone' }));
      // Reads inside the unit of work see what it staged.
      expect(backend.store.collections.reps.get(createdId)?.name).toBe('Half Written');
      expect(backend.store.collections.audit.size).toBe(auditBefore + 2);
      throw new Error('the job failed half-way');
    });
    await expect(failed).rejects.toThrow('half-way');
    expect(backend.store.collections.reps.get(createdId)).toBeUndefined();
    expect(backend.store.collections.reps.require(rep.id)).toEqual(rep);
    expect(backend.store.collections.audit.size).toBe(auditBefore);
    expect(seen).toEqual([]);
    expect(await folderText()).not.toMatch(/Half Written|Renamed Then Undone/);
    await t.reopen();
    expect(t.backend.store.collections.reps.get(createdId)).toBeUndefined();
    expect(t.backend.store.collections.reps.require(rep.id).name).toBe(rep.name);
    expect(t.backend.store.collections.audit.all.some((a) => a.entityId === createdId || a.action === 'test.fails')).toBe(false);
  });

  it('gives derived state the committed records only, even while a unit of work has staged changes', async () => {
    const { backend } = t;
    const store = backend.store;
    const repsBefore = [...store.collections.reps.all];
    const atRisk = store.collections.reps.require('rep-at-risk');
    const gone = repsBefore.find((r) => r.id !== atRisk.id)!;
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...fields } = repFixture('unused', { name: 'Not Yet Committed' });
    const lastBefore = new RepHealthIndex(store, () => NOW).lastSignificant(atRisk.id);
    await backend.writes.run('test.staged', async () => {
      const tx = backend.writes.current()!;
      await tx.create('reps', 'rep', fields);
      await tx.update('reps', atRisk.id, atRisk.version, (r) => ({ ...r, name: 'Renamed, Not Committed' }));
      await tx.remove('reps', gone.id);
      await tx.insertMany('activities', [activity(atRisk.id, 0)]);
      const committed = store.committed('reps');
      expect(committed.map((r) => r.id).sort()).toEqual(repsBefore.map((r) => r.id).sort());
      expect(committed.find((r) => r.id === atRisk.id)).toEqual(atRisk);
      // An index first built now, inside the unit of work, does not count its staged activity.
      expect(new RepHealthIndex(store, () => NOW).lastSignificant(atRisk.id)).toEqual(lastBefore);
    });
    // Committed: the view is memory again.
    expect(store.committed('reps')).toBe(store.collections.reps.all);
    expect(new RepHealthIndex(store, () => NOW).lastSignificant(atRisk.id)?.repId).toBe(atRisk.id);
  });

  it('commits a unit of work as one journal line, records and audit entries together, and announces it only then', async () => {
    const { backend } = t;
    const rep = backend.store.collections.reps.require('rep-passive');
    const seen: ChangeEvent[] = [];
    backend.writes.subscribe((events) => seen.push(...events));
    await backend.writes.run('test.commits', async () => {
      await backend.writes.current()!.update('reps', rep.id, rep.version, (r) => ({ ...r, name: 'Dev Committed' }));
      await backend.writes.current()!.audit('import', 'imp-1', null, { kind: 'test' });
      expect(seen).toEqual([]);
    });
    expect(seen.map((e) => `${e.collection}:${e.method}`)).toEqual(['reps:test.commits', 'audit:test.commits', 'audit:test.commits']);
    const journal = (await readdir(t.dir)).filter((f) => f.startsWith('commits.journal-'));
    const lines = (await Promise.all(journal.map((f) => readFile(join(t.dir, f), 'utf8')))).join('').trim().split('\n');
    const line = JSON.parse(lines.find((l) => l.includes('Dev Committed'))!);
    expect(line.ops.map((op: { collection: string }) => op.collection)).toEqual(['reps', 'audit', 'audit']);
    expect(line.ops[1].record).toMatchObject({ entity: 'reps', entityId: rep.id, action: 'test.commits', fields: expect.arrayContaining(['name']) });
  });

  it('refuses a record that does not match its schema, naming the field, and writes nothing of the unit of work', async () => {
    const { backend } = t;
    const rep = backend.store.collections.reps.require('rep-passive');
    const auditBefore = backend.store.collections.audit.size;
    const before = await folderText();
    const refused = backend.writes.run('test.invalid', async () => {
      const tx = backend.writes.current()!;
      await tx.audit('import', 'imp-2', null, { kind: 'test' });
      await tx.update('reps', rep.id, rep.version, (r) => ({ ...r, email: 42 as never }));
    });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('email') });
    expect(backend.store.collections.reps.require(rep.id)).toEqual(rep);
    expect(backend.store.collections.audit.size).toBe(auditBefore);
    expect(await folderText()).toBe(before);
  });

  it('leaves no audit entry for a refused API call, and refuses writes to a unit of work that has ended', async () => {
    const auditBefore = t.backend.store.collections.audit.size;
    const r = await t.call('reps.update', { id: 'rep-at-risk', expectedVersion: 99, changes: { name: 'Stale' } });
    expect(r.ok).toBe(false);
    expect(t.backend.store.collections.audit.size).toBe(auditBefore);
    // A write to a unit of work that has ended is refused too.
    let ended: ReturnType<typeof t.backend.writes.current> = null;
    await t.backend.writes.run('test.ended', () => {
      ended = t.backend.writes.current();
    });
    await expect(ended!.audit('x', 'y', null, null)).rejects.toThrow(/already ended/);
  });
});
