import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../electron/backend/unit-of-work';
import { NOW } from '../support/fixtures';
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
});
