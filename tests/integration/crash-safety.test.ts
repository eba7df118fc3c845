/**
 * Crash safety: a backend process writing in a loop is killed with SIGKILL at random moments, over
 * and over on the same data folder. After every kill, every data file must read back cleanly and
 * every write the process saw acknowledged must be there, and a unit of work must be there whole
 * or not at all: every record change with its audit entries, every audit entry with its change.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { Store } from '../../electron/backend/store/store';

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const NOW = '2026-11-28T12:00:00.000Z';
let work: string;
let writer: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rekindle-crash-'));
  writer = join(work, 'crash-writer.mjs');
  // Bundled once, so each of the many child processes starts in milliseconds.
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'support', 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writer,
    absWorkingDir: join(import.meta.dirname, '..', '..'),
    logLevel: 'silent',
  });
});
afterAll(async () => rm(work, { recursive: true, force: true }));

/** Runs the writer until a random moment after it starts writing, kills it, returns its acks. */
function runAndKill(dataDir: string, seed: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, String(seed)], { cwd: join(import.meta.dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own (${code}): ${err}`));
      // Only complete lines were acknowledged; a line cut by the kill was not.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  it(`loses no acknowledged write and damages no file across ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(work, 'data');
    const acked = new Map<string, number>();
    let ackedSettings = 0;
    let writes = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(dataDir, kill + 1, 5 + Math.floor(Math.random() * 80));
      for (const line of lines) {
        const [kind, id, version] = line.split(' ');
        if (kind === 'rep') acked.set(id!, Math.max(acked.get(id!) ?? 0, Number(version)));
        if (kind === 'settings') ackedSettings = Math.max(ackedSettings, Number(id));
        if (kind !== 'ready') writes++;
      }
      const store = await Store.open({ dataDir, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
      expect(store.notices, `after kill ${kill + 1}`).toEqual([]);
      for (const [id, version] of acked) {
        const found = store.collections.reps.get(id);
        expect(found, `${id} after kill ${kill + 1}`).toBeDefined();
        expect(found!.version, `${id} after kill ${kill + 1}`).toBeGreaterThanOrEqual(version);
      }
      expect(store.settings.version).toBeGreaterThanOrEqual(ackedSettings);
      expectEveryChangeWithItsAudit(store, `after kill ${kill + 1}`);
      await store.close();
    }
    console.log(`crash test: ${KILLS} kills, ${writes} acknowledged writes, ${acked.size} records checked after every kill`);
    expect(writes).toBeGreaterThan(KILLS);
  }, 600_000);
});

/** One unit of work is one commit: no record version without its audit entry, and no audit entry without its change. */
function expectEveryChangeWithItsAudit(store: Store, when: string): void {
  const audited = new Map<string, Set<number>>();
  const notes = new Map<string, Set<number>>();
  for (const a of store.collections.audit.all) {
    if (!a.action.startsWith('crash.')) continue;
    const after = a.after as { version?: number; first?: string; last?: string };
    if (a.entity === 'reps') audited.set(a.entityId, (audited.get(a.entityId) ?? new Set()).add(after.version!));
    if (a.entity === 'note') notes.set(a.entityId, (notes.get(a.entityId) ?? new Set()).add(after.version!));
    if (a.entity === 'import') {
      expect(store.collections.reps.get(after.first!), `${when}: the import ${a.entityId} without its first record`).toBeDefined();
      expect(store.collections.reps.get(after.last!), `${when}: the import ${a.entityId} without its last record`).toBeDefined();
    }
    if (a.entity === 'settings') expect(store.settings.version, `${when}: a settings audit entry without its change`).toBeGreaterThanOrEqual(after.version!);
  }
  for (const [id, versions] of [...audited, ...notes]) {
    const rep = store.collections.reps.get(id);
    expect(rep, `${when}: ${id} is audited but missing`).toBeDefined();
    expect(rep!.version, `${when}: ${id} is audited at a version it never reached`).toBeGreaterThanOrEqual(Math.max(...versions));
  }
  for (const rep of store.collections.reps.all) {
    if (!rep.id.startsWith('crash-')) continue;
    for (let v = 1; v <= rep.version; v++) expect(audited.get(rep.id)?.has(v), `${when}: ${rep.id} version ${v} has no audit entry`).toBe(true);
    for (let v = 2; v <= rep.version; v++) expect(notes.get(rep.id)?.has(v), `${when}: ${rep.id} version ${v} lost the rest of its unit of work`).toBe(true);
  }
}

