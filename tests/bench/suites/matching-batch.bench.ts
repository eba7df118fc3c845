/**
 * Batch matching at community scale: exact HiGHS plan vs the greedy baseline (time and total fit), and
 * the dense square assignment: our Hungarian vs munkres-js, both checked to reach the same optimum.
 *
 *   npx tsx tests/bench/run.ts matching-batch
 */
import munkres from 'munkres-js';
import { solveBatch, solveGreedy, type BatchProblem, type Candidate } from '../../../shared/matching/assignment';
import { solveAssignment } from '../../../shared/matching/hungarian';
import { Rng } from '../../../shared/demo/random';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

/** The demo's seeded generator, so every run sees the same instance. */
function prng(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.float();
}

const LANGUAGE_SHARE = [0.45, 0.2, 0.15, 0.12, 0.08]; // e.g. en, es, fr, pt-BR, hi

function pickLanguage(rand: () => number): number {
  let x = rand();
  for (let l = 0; l < LANGUAGE_SHARE.length; l++) {
    x -= LANGUAGE_SHARE[l]!;
    if (x < 0) return l;
  }
  return 0;
}

/**
 * A synthetic matching day shaped like the real one: a shared language is a hard constraint, so
 * candidates stay inside language pools of uneven size; popular coaches (good track record) appear
 * in many candidate lists, which is what makes capacities bind and greedy fall short.
 */
export function syntheticBatch(reps: number, coaches: number, tasks: number, seed: number): BatchProblem {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const coachLang = Array.from({ length: coaches }, () => pickLanguage(rand));
  const taskLang = Array.from({ length: tasks }, () => pickLanguage(rand));
  const coachQuality = Array.from({ length: coaches }, () => rand() ** 0.7);
  const coachPool = LANGUAGE_SHARE.map((_, l) => coachLang.flatMap((x, i) => (x === l ? [i] : [])));
  const taskPool = LANGUAGE_SHARE.map((_, l) => taskLang.flatMap((x, i) => (x === l ? [i] : [])));

  const candidates: Candidate[] = [];
  for (let r = 0; r < reps; r++) {
    const lang = pickLanguage(rand);
    const cs = coachPool[lang]!.length ? coachPool[lang]! : coachPool[0]!;
    const ts = taskPool[lang]!.length ? taskPool[lang]! : taskPool[0]!;
    const k = int(20, 50);
    for (let j = 0; j < k; j++) {
      const c = cs[int(0, cs.length - 1)]!;
      const t = ts[int(0, ts.length - 1)]!;
      // Interest/skill overlap with the task, coach track record, timezone overlap: 0–10, 2 decimals.
      const raw = 10 * (0.45 * rand() + 0.35 * coachQuality[c]! + 0.2 * rand());
      candidates.push({ repId: `rep-${r}`, taskId: `task-${t}`, coachId: `coach-${c}`, score: Math.max(0.01, round(raw, 2)) });
    }
  }
  return {
    reps: Array.from({ length: reps }, (_, r) => `rep-${r}`),
    coaches: Array.from({ length: coaches }, (_, c) => ({ id: `coach-${c}`, capacity: int(1, 5) })),
    tasks: Array.from({ length: tasks }, (_, t) => ({ id: `task-${t}`, slots: int(1, 5) })),
    candidates,
  };
}

function randomMatrix(n: number, seed: number): number[][] {
  const rand = prng(seed);
  // Integer scores keep both solvers' totals exactly comparable.
  return Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(rand() * 1000)));
}

export const suite: BenchSuite = {
  name: 'matching-batch',
  async run(ctx) {
    for (const reps of [500, 2000]) {
      const problem = syntheticBatch(reps, 300, 2000, 42 + reps);
      const caseName = `batch ${reps} reps / 300 coaches / 2000 tasks (${problem.candidates.length} candidates)`;
      const greedy = solveGreedy(problem);
      const exact = await solveBatch(problem);
      const iterations = reps <= 500 ? 5 : 3;
      const exactMs = await timeIt(() => solveBatch(problem), iterations);
      const greedyMs = await timeIt(() => solveGreedy(problem), iterations);
      ctx.record({ case: caseName, metric: 'time', unit: 'ms', value: round(percentile(exactMs, 50)), baseline: { name: 'greedy', value: round(percentile(greedyMs, 50)) } });
      ctx.record({ case: caseName, metric: 'objective', unit: 'fit', value: round(exact.objective), baseline: { name: 'greedy', value: round(greedy.objective) } });
      ctx.log(
        `${reps} reps: ${exact.method}, optimal=${exact.optimal}, assigned ${exact.assignments.length} (greedy ${greedy.assignments.length}), ` +
          `fit ${round(exact.objective)} vs greedy ${round(greedy.objective)} (+${round((100 * (exact.objective - greedy.objective)) / greedy.objective)}%), ` +
          `median of ${iterations}`,
      );
    }

    for (const n of [200, 500, 1000]) {
      const m = randomMatrix(n, 7 + n);
      // munkres-js is O(n³) over nested arrays; at n=1000 one run takes long, so measure it once.
      const munkresRuns = n >= 1000 ? 1 : 3;
      const ours = solveAssignment(m, { maximize: true });
      const oursMs = await timeIt(() => solveAssignment(m, { maximize: true }), n >= 1000 ? 3 : 5);
      const cost = munkres.make_cost_matrix(m);
      let theirs: [number, number][] = [];
      const theirMs = await timeIt(() => (theirs = munkres(cost)), munkresRuns, n >= 1000 ? 0 : 1);
      const theirTotal = theirs.reduce((s, [i, j]) => s + m[i]![j]!, 0);
      ctx.record({ case: `assignment n=${n}`, metric: 'time', unit: 'ms', value: round(percentile(oursMs, 50)), baseline: { name: 'munkres-js', value: round(percentile(theirMs, 50)) } });
      ctx.log(
        `n=${n}: optimum ${ours.total} (Hungarian) vs ${theirTotal} (munkres-js) ${ours.total === theirTotal ? 'SAME' : 'DIFFERENT!'}; ` +
          `munkres-js runs: ${munkresRuns}${munkresRuns === 1 ? ' (no warm-up, slow at this size)' : ''}`,
      );
    }
  },
};
