import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { migrate, SCHEMA_VERSION } from '../../electron/backend/store/schema';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';

let dir: Awaited<ReturnType<typeof tempDir>>;
const open = (now = NOW) =>
  openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => now, loadDemo: async () => smallCommunity(), logError: () => undefined });

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => dir.cleanup());

describe('the store on disk', () => {
  it('keeps one JSON file per collection, with a schema version, and a daily backup', async () => {
    const b = await open();
    await b.close();
    const files = await readdir(dir.path);
    expect(files).toEqual(expect.arrayContaining(['settings.json', 'reps.json', 'activities.json', 'audit.json', 'backups']));
    const reps = JSON.parse(await readFile(join(dir.path, 'reps.json'), 'utf8'));
    expect(reps.schemaVersion).toBe(SCHEMA_VERSION);
    expect(reps.records).toHaveLength(4);
    expect(await readdir(join(dir.path, 'backups'))).toEqual([NOW.slice(0, 10)]);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not rewrite the activities file when settings change', async () => {
    const b = await open();
    const before = await readFile(join(dir.path, 'activities.json'), 'utf8');
    const { statSync } = await import('node:fs');
    const mtime = statSync(join(dir.path, 'activities.json')).mtimeMs;
    const s = await b.dispatch('settings.get', {});
    if (!s.ok) throw new Error('settings.get failed');
    await b.dispatch('settings.update', { expectedVersion: (s.value as any).version, language: 'es' });
    await b.close();
    expect(await readFile(join(dir.path, 'activities.json'), 'utf8')).toBe(before);
    expect(statSync(join(dir.path, 'activities.json')).mtimeMs).toBe(mtime);
  });

  it('an --empty first run starts with no Reps', async () => {
    const b = await openBackend({ dataDir: dir.path, firstRun: 'empty', transport: 'http', now: () => NOW });
    const r = await b.dispatch('reps.list', {});
    expect(r.ok && (r.value as any).total).toBe(0);
    await b.close();
  });
});

describe('a damaged data file', () => {
  const damage: Record<string, string> = {
    truncated: '{"schemaVersion":1,"records":[{"id":"mentor-1","na',
    garbage: '\u0000\u0001 not json at all',
    empty: '',
    'wrong schema': JSON.stringify({ schemaVersion: 1, records: [{ id: 'x', name: 42 }] }),
    'not an object': '[1,2,3]',
  };

  for (const [kind, content] of Object.entries(damage)) {
    it(`(${kind}) is set aside and the last good backup restored, with a notice naming the file`, async () => {
      const first = await open();
      await first.close();
      await writeFile(join(dir.path, 'reps.json'), content);
      const b = await open('2026-11-29T09:00:00.000Z');
      const info = await b.dispatch('system.info', {});
      if (!info.ok) throw new Error('system.info failed');
      const notices = (info.value as any).notices;
      expect(notices).toHaveLength(1);
      expect(notices[0].kind).toBe('restored-from-backup');
      expect(notices[0].message).toMatch(/^reps\.json could not be read \(.+\)\. It was moved to .+damaged.+ and the backup from 2026-11-28 was restored\.$/);
      const list = await b.dispatch('reps.list', {});
      expect(list.ok && (list.value as any).total).toBe(4);
      await b.close();
      const aside = await readdir(join(dir.path, 'damaged'));
      expect(aside).toHaveLength(1);
      expect(await readFile(join(dir.path, 'damaged', aside[0]!), 'utf8')).toBe(content);
    });
  }

  it('with no backup, starts that collection empty and says so, never silently', async () => {
    await mkdir(dir.path, { recursive: true });
    await writeFile(join(dir.path, 'settings.json'), 'garbage');
    const b = await open();
    const info = await b.dispatch('system.info', {});
    const notices = info.ok ? (info.value as any).notices : [];
    expect(notices.map((n: any) => n.kind)).toEqual(['file-set-aside']);
    expect(notices[0].message).toContain('settings.json could not be read');
    expect(notices[0].message).toContain('no good backup was found');
    await b.close();
  });
});

describe('migrations', () => {
  it('refuse a file from a newer Rekindle rather than guessing', () => {
    expect(() => migrate('reps', { schemaVersion: SCHEMA_VERSION + 1, records: [] })).toThrow(/newer Rekindle/);
  });

  it('run each step in order up to the current version', () => {
    const steps = [
      { from: 0, file: 'reps' as const, notice: 'notice-migrated-reason-labels' as const, up: (d: Record<string, unknown>) => ({ ...d, renamed: true }) },
      { from: 1, file: 'reps' as const, notice: 'notice-upgraded' as const, up: (d: Record<string, unknown>) => ({ ...d, again: d.renamed === true }) },
      { from: 1, file: 'settings' as const, notice: 'notice-backup-failed' as const, up: () => ({ wrong: 'file' }) },
    ];
    const { doc, applied } = migrate('reps', { schemaVersion: 0, records: [] }, steps);
    expect(doc).toEqual({ schemaVersion: SCHEMA_VERSION, records: [], renamed: true, again: true });
    expect(applied).toEqual(['notice-migrated-reason-labels', 'notice-upgraded']);
  });
});

describe('one process per data folder', () => {
  it('refuses a second process with a message naming the folder, and takes over a dead one\'s lock', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFile: write } = await import('node:fs/promises');
    const b = await open();
    const script = `
      import { lockDataDir } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'electron', 'backend', 'store', 'lock.ts'))};
      try { await lockDataDir(process.argv[1]); console.log('locked'); } catch (e) { console.log(e.message); }`;
    const other = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir.path], { encoding: 'utf8' });
    expect(other.stdout.trim()).toBe(`Rekindle is already running with the data folder ${dir.path} (process ${process.pid}). Close it first, or use another --data-dir.`);
    await b.close();
    // A lock left by a process that no longer exists is stale.
    await write(join(dir.path, 'rekindle.lock'), '999999');
    const again = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir.path], { encoding: 'utf8' });
    expect(again.stdout.trim()).toBe('locked');
  });
});

describe('files written under an older model', () => {
  it('are validated in full on the next start, so new defaulted fields are filled in', async () => {
    const { crc32 } = await import('node:zlib');
    const { schemaFingerprint } = await import('../../electron/backend/store/schema');
    const { Rep } = await import('../../shared/model');
    const b = await open();
    await b.close();
    const file = join(dir.path, 'reps.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    for (const r of doc.records) delete r.notes;
    const text = JSON.stringify(doc);
    const sidecar = (fingerprint: string) => `crc32:${crc32(Buffer.from(text)).toString(16)}:${Buffer.byteLength(text)}:${fingerprint}`;
    await writeFile(file, text);

    // Written by this model: trusted as is (that is what makes start-up fast).
    await writeFile(`${file}.crc`, sidecar(schemaFingerprint(Rep)));
    const trusted = await open();
    expect(trusted.store.collections.reps.get('mentor-1')!.notes).toBeUndefined();
    await trusted.writes.run('test', () => trusted.store.collections.reps.replaceAll([]));
    await trusted.close();

    // Written by a model without `notes`: validated, and the new field gets its default.
    await writeFile(file, text);
    await writeFile(`${file}.crc`, sidecar(schemaFingerprint(Rep.omit({ notes: true }))));
    const older = await open();
    expect(older.store.collections.reps.get('mentor-1')!.notes).toBe('');
    expect(older.store.notices).toEqual([]);
    await older.close();
  });
});
