/**
 * Store: cold load and a one-field write at community scale (10,000 Reps, ~200,000 activities),
 * beside the baseline of one lowdb JSONFile holding every collection, measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { ActivityType } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { seedCommunity } from '../../../electron/backend/seed';
import { Store } from '../../../electron/backend/store/store';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const NOW = '2026-11-28T12:00:00.000Z';
const LOADS = 7;
const WRITES = 30;

/** Each load runs in a fresh Node process: a cold start, and no heap left over from the other side. */
function coldLoads(mode: 'rekindle' | 'single-file', path: string): number[] {
  const child = join(import.meta.dirname, 'store-cold-load.ts');
  return Array.from({ length: LOADS }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, mode, path], { encoding: 'utf8' });
    return Number(out.trim());
  });
}

export const suite: BenchSuite = {
  name: 'store',
  async run(ctx) {
    const community = generateCommunity({ ...BENCH_OPTIONS, referenceDate: NOW });
    ctx.log(`community: ${community.reps.length} reps, ${community.activities.length} activities, ${community.tasks.length} tasks, ${community.coaches.length} coaches`);
    const root = await mkdtemp(join(tmpdir(), 'rekindle-bench-store-'));
    try {
      // Baseline: everything in one lowdb JSONFile.
      const single = join(root, 'all.json');
      const baseline = new Low(new JSONFile<Record<string, unknown>>(single), {});
      const { referenceDate: _r, ...collections } = community;
      baseline.data = { ...collections, settings: defaultSettings(ActivityType.options, NOW) };
      await baseline.write();
      ctx.log(`baseline file: ${round((await stat(single)).size / 1e6, 1)} MB`);
      const baselineLoad = coldLoads('single-file', single);
      let n = 0;
      const baselineWrite = await timeIt(async () => {
        const reps = baseline.data.reps as { name: string }[];
        reps[42]!.name = `Renamed ${++n}`;
        await baseline.write();
      }, WRITES);

      // Rekindle: one snapshot per collection, validated on load, small changes journaled.
      const dataDir = join(root, 'store');
      const seeded = await Store.open({ dataDir, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
      await seedCommunity(seeded, community, NOW);
      await seeded.markInitialized();
      await seeded.close();
      ctx.log(`largest snapshot (activities.json): ${round((await stat(join(dataDir, 'activities.json'))).size / 1e6, 1)} MB`);
      const ourLoad = coldLoads('rekindle', dataDir);
      const store = await Store.open({ dataDir, now: () => NOW, defaultSettings: () => defaultSettings(ActivityType.options, NOW) });
      const target = community.reps[42]!.id;
      const ourWrite = await timeIt(async () => {
        const rep = store.collections.reps.require(target);
        await store.collections.reps.update(target, rep.version, (r) => ({ ...r, name: `Renamed ${++n}` }), NOW);
      }, WRITES);
      await store.close();

      const rows = [
        ['cold load (10k reps, 200k activities)', ourLoad, baselineLoad],
        ['one-field write to one Rep', ourWrite, baselineWrite],
      ] as const;
      for (const [name, ours, base] of rows) {
        for (const p of [50, 95]) {
          ctx.record({ case: name, metric: `p${p}`, value: round(percentile(ours, p)), unit: 'ms', baseline: { name: 'one lowdb JSONFile', value: round(percentile(base, p)) } });
        }
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
