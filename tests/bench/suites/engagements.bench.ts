/**
 * Engagements at community scale (BENCH_OPTIONS: ~10,000 Reps, ~200,000 activities): the "returned"
 * rule for every Rep an import touches, as applyReturnedRule does it (one pass grouping completed
 * engagements and significant activities by Rep), beside the naive per-Rep scan of every activity;
 * and the board's stalled rule over every engagement.
 */
import { ActivityType } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { engagementStatusNow } from '../../../shared/domain/engagements';
import { returnedCause, type CompletedWork, type DatedActivity } from '../../../shared/domain/returned';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const NOW = '2026-11-28T12:00:00.000Z';

export const suite: BenchSuite = {
  name: 'engagements',
  async run(ctx) {
    const c = generateCommunity({ ...BENCH_OPTIONS, referenceDate: NOW });
    const settings = defaultSettings(ActivityType.options, NOW);
    const significant = new Set(settings.significantActivityTypes);
    const titles = new Map(c.tasks.map((t) => [t.id, t.title]));
    const completed = c.engagements.filter((e) => e.status === 'completed' && e.completedAt);
    ctx.log(`community: ${c.reps.length} reps, ${c.activities.length} activities, ${c.engagements.length} engagements (${completed.length} completed)`);
    const touched = c.reps.map((r) => r.id);

    let grouped = 0;
    const onePass = await timeIt(() => {
      const subjects = new Set(touched);
      const work = new Map<string, CompletedWork[]>();
      for (const e of completed) if (subjects.has(e.repId)) work.set(e.repId, [...(work.get(e.repId) ?? []), { title: titles.get(e.taskId) ?? e.taskId, completedAt: e.completedAt! }]);
      const acts = new Map<string, DatedActivity[]>();
      for (const a of c.activities) {
        if (!work.has(a.repId) || !significant.has(a.type)) continue;
        const list = acts.get(a.repId) ?? [];
        list.push(a);
        acts.set(a.repId, list);
      }
      grouped = 0;
      for (const [repId, w] of work) if (returnedCause(w, acts.get(repId) ?? [], 90, NOW, 'UTC')) grouped++;
    }, 10);

    let naive = 0;
    const perRep = await timeIt(() => {
      naive = 0;
      for (const repId of touched) {
        const w = completed.filter((e) => e.repId === repId).map((e) => ({ title: titles.get(e.taskId) ?? e.taskId, completedAt: e.completedAt! }));
        if (!w.length) continue;
        const acts = c.activities.filter((a) => a.repId === repId && significant.has(a.type));
        if (returnedCause(w, acts, 90, NOW, 'UTC')) naive++;
      }
    }, 3);
    if (grouped !== naive) throw new Error(`the two ways disagree: ${grouped} vs ${naive} returned`);
    ctx.log(`returned by the rule: ${grouped}`);

    const board = await timeIt(() => {
      for (const e of c.engagements) engagementStatusNow(e, NOW, settings.thresholds.stalledAfterDays, 'UTC');
    }, 50);

    for (const p of [50, 95]) {
      ctx.record({ case: `returned rule for all ${touched.length} Reps of an import`, metric: `p${p}`, value: round(percentile(onePass, p)), unit: 'ms', baseline: { name: 'per-Rep scan of every activity', value: round(percentile(perRep, p)) } });
    }
    ctx.record({ case: `stalled rule over ${c.engagements.length} engagements`, metric: 'p50', value: round(percentile(board, 50), 3), unit: 'ms' });
  },
};
