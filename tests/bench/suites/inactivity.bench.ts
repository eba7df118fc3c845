/**
 * Inactivity: classifying every Rep (last significant activity + status) at 10,000 Reps / 200,000
 * activities, and re-classifying after an import of 1,000 new activities with the incremental
 * index (RepHealthIndex.including → only the touched Reps), beside a full recompute over
 * all 201,000 activities in the same run. Both paths must give the same statuses.
 */
import { ActivityType, type Activity, type Rep } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { planStatusChanges } from '../../../shared/domain/status-change';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { Rng } from '../../../shared/demo/random';
import { RepHealthIndex } from '../../../electron/backend/derived/rep-health';
import type { Store } from '../../../electron/backend/store/store';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const NOW = '2026-11-28T12:00:00.000Z';
const RUNS = 9;
const IMPORTED = 1_000;

/** Just what RepHealthIndex reads from the store. */
function storeOf(activities: Activity[], settings = defaultSettings(ActivityType.options, NOW)): Store {
  return { collections: { activities: { all: activities } }, settings } as unknown as Store;
}

function classify(index: RepHealthIndex, reps: readonly Rep[]) {
  return planStatusChanges(reps, (id) => index.lastSignificant(id), NOW, defaultSettings(ActivityType.options, NOW).thresholds, 'UTC');
}

function newActivities(reps: readonly Rep[], n: number, seed: number): Activity[] {
  const rng = new Rng(seed);
  const types = ActivityType.options;
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.parse(NOW) - rng.int(0, 60) * 86_400_000).toISOString();
    return { id: `bench-new-${seed}-${i}`, createdAt: NOW, updatedAt: NOW, version: 1, repId: rng.pick(reps).id, date, type: rng.pick(types), area: null, link: '', source: 'bench', externalId: `bench-${seed}-${i}` };
  });
}

export const suite: BenchSuite = {
  name: 'inactivity',
  async run(ctx) {
    const community = generateCommunity({ ...BENCH_OPTIONS, referenceDate: NOW });
    const { reps } = community;
    ctx.log(`community: ${reps.length} reps, ${community.activities.length} activities; import batch: ${IMPORTED} activities`);

    // Full classification from scratch: build the index over every activity, classify every Rep.
    const full = await timeIt(() => {
      const index = new RepHealthIndex(storeOf(community.activities), () => NOW);
      return classify(index, reps);
    }, RUNS);

    // After an import, each run on a fresh copy: the incremental path and the full recompute.
    let seed = 0;
    let touched = 0;
    const incremental: number[] = [];
    const recompute: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const batch = newActivities(reps, IMPORTED, ++seed);
      const activities = community.activities.slice();
      const before = new RepHealthIndex(storeOf(activities), () => NOW);
      activities.push(...batch);

      let t0 = performance.now();
      const { index, changed: changedIds } = before.including(batch);
      const changedReps = reps.filter((r) => changedIds.has(r.id));
      const fast = classify(index, changedReps);
      const incMs = performance.now() - t0;

      t0 = performance.now();
      const fresh = new RepHealthIndex(storeOf(activities), () => NOW);
      const slow = classify(fresh, reps);
      const fullMs = performance.now() - t0;

      // Same answer both ways: every Rep's last activity and every status change agree.
      const key = (c: { repId: string; to: string }) => `${c.repId}:${c.to}`;
      const slowKeys = new Set(slow.map(key));
      const fastOk = fast.every((c) => slowKeys.has(key(c))) && reps.every((r) => index.lastSignificant(r.id)?.id === fresh.lastSignificant(r.id)?.id);
      if (!fastOk) throw new Error('incremental re-classification disagrees with the full recompute');
      if (run === 0) continue; // warm-up
      touched += changedIds.size;
      incremental.push(incMs);
      recompute.push(fullMs);
    }
    ctx.log(`re-classified on average ${Math.round(touched / RUNS)} Reps per import (of ${reps.length}); results identical to the full recompute`);

    for (const p of [50, 95]) {
      ctx.record({ case: 'full classification (10k reps, 200k activities)', metric: `p${p}`, value: round(percentile(full, p)), unit: 'ms' });
      ctx.record({
        case: `re-classification after importing ${IMPORTED} activities`,
        metric: `p${p}`,
        value: round(percentile(incremental, p)),
        unit: 'ms',
        baseline: { name: 'full recompute over 201k activities', value: round(percentile(recompute, p)) },
      });
    }
  },
};
