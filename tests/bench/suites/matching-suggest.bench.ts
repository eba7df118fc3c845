/**
 * Suggestions for one Rep on the seeded bench community at 2,000 tasks × 300 coaches and at
 * 20,000 × 2,000: the indexed, top-K engine beside the naive full scan of every task × coach pair,
 * both on the same prepared context and the same Reps, in the same run (both must rank identically).
 *
 *   npx tsx tests/bench/run.ts matching-suggest
 */
import { ActivityType } from '../../../shared/model';
import { defaultSettings } from '../../../shared/domain/defaults';
import { BENCH_OPTIONS, generateCommunity } from '../../../shared/demo/generate';
import { prepareMatchContext, suggestForRep, suggestNaive, whyNot } from '../../../shared/matching/suggest';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const SIZES = [
  { tasks: 2_000, coaches: 300, reps: 40, naiveReps: 10 },
  { tasks: 20_000, coaches: 2_000, reps: 40, naiveReps: 3 }, // the naive scan takes ~30 s a Rep here
] as const;

export const suite: BenchSuite = {
  name: 'matching-suggest',
  async run(ctx) {
    for (const size of SIZES) {
      let t0 = performance.now();
      const community = generateCommunity({ ...BENCH_OPTIONS, tasks: size.tasks, coaches: size.coaches });
      const settings = defaultSettings(ActivityType.options, community.referenceDate);
      ctx.log(`${size.tasks} tasks × ${size.coaches} coaches: generated in ${round(performance.now() - t0, 0)} ms`);
      t0 = performance.now();
      const match = prepareMatchContext({ ...community, settings, referenceDate: community.referenceDate });
      const prepareMs = performance.now() - t0;

      // The Reps a mentor would sit down with: those who went quiet, every k-th so languages vary.
      const quiet = community.reps.filter((r) => r.status === 'inactive' || r.status === 'at-risk');
      const step = Math.max(1, Math.floor(quiet.length / size.reps));
      const reps = quiet.filter((_, i) => i % step === 0).slice(0, size.reps).map((r) => r.id);

      let i = 0;
      const fast = await timeIt(() => suggestForRep(match, reps[i++ % reps.length]!, { limit: 20 }), reps.length * 2, 3);
      const naiveResults: ReturnType<typeof suggestNaive>[] = [];
      const naive = await timeIt(() => naiveResults.push(suggestNaive(match, reps[naiveResults.length]!, { limit: 20 })), size.naiveReps, 0);
      // "Why not?" on a possible pair (the 20th suggestion): the answer includes its rank among all pairs.
      const asked = reps.flatMap((r) => suggestForRep(match, r, { limit: 20 }).suggestions.slice(-1).map((s) => ({ r, taskId: s.taskId, coachId: s.coachId })));
      let k = 0;
      const why = await timeIt(() => {
        const q = asked[k++ % asked.length]!;
        return whyNot(match, q.r, { taskId: q.taskId, coachId: q.coachId });
      }, asked.length, 2);

      // Same answers, or the comparison is meaningless.
      let same = 0;
      let pairs = 0;
      for (const b of naiveResults) {
        const a = suggestForRep(match, b.repId, { limit: 20 });
        if (JSON.stringify(a.suggestions) === JSON.stringify(b.suggestions) && a.feasiblePairs === b.feasiblePairs) same++;
        pairs += a.feasiblePairs;
      }
      const name = `suggest top 20, ${size.tasks} tasks × ${size.coaches} coaches`;
      for (const p of [50, 95]) {
        ctx.record({ case: name, metric: `p${p}`, unit: 'ms', value: round(percentile(fast, p)), baseline: { name: 'naive full scan', value: round(percentile(naive, p)) } });
      }
      for (const p of [50, 95]) ctx.record({ case: `whyNot(possible pair) with its rank, ${size.tasks} × ${size.coaches}`, metric: `p${p}`, unit: 'ms', value: round(percentile(why, p)) });
      ctx.log(
        `prepare ${round(prepareMs)} ms; engine over ${fast.length} runs on ${reps.length} Reps, naive over ${naive.length} runs on ${size.naiveReps} Reps; ` +
          `identical rankings on ${same}/${size.naiveReps} Reps (avg ${round(pairs / size.naiveReps, 0)} possible pairs each)`,
      );
    }
  },
};
