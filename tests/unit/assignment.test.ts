import fc from 'fast-check';
import munkres from 'munkres-js';
import { describe, expect, it } from 'vitest';
import { planViolations, solveBatch, solveGreedy, type BatchProblem, type Candidate } from '../../shared/matching/assignment';
import { solveAssignment } from '../../shared/matching/hungarian';
import { ApiError } from '../../shared/errors';

// --- Reference implementations --------------------------------------------------------------

/** Best total by trying every way to give each rep nothing or one of its candidates. */
function bruteForceOptimum(p: BatchProblem): number {
  const cap = new Map(p.coaches.map((c) => [c.id, c.capacity]));
  const slots = new Map(p.tasks.map((t) => [t.id, t.slots]));
  const reps = [...new Set(p.reps)];
  const byRep = reps.map((r) => p.candidates.filter((c) => c.repId === r && c.score > 0));
  let best = 0;
  const go = (i: number, total: number) => {
    if (i === reps.length) {
      best = Math.max(best, total);
      return;
    }
    go(i + 1, total);
    for (const c of byRep[i]!) {
      if (cap.get(c.coachId)! <= 0 || slots.get(c.taskId)! <= 0) continue;
      cap.set(c.coachId, cap.get(c.coachId)! - 1);
      slots.set(c.taskId, slots.get(c.taskId)! - 1);
      go(i + 1, total + c.score);
      cap.set(c.coachId, cap.get(c.coachId)! + 1);
      slots.set(c.taskId, slots.get(c.taskId)! + 1);
    }
  };
  go(0, 0);
  return best;
}

function bruteForceAssignment(m: number[][], maximize: boolean): number {
  const n = m.length;
  const used = new Array<boolean>(n).fill(false);
  let best = maximize ? -Infinity : Infinity;
  const go = (i: number, total: number) => {
    if (i === n) {
      best = maximize ? Math.max(best, total) : Math.min(best, total);
      return;
    }
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(i + 1, total + m[i]![j]!);
      used[j] = false;
    }
  };
  go(0, 0);
  return n === 0 ? 0 : best;
}

// --- Generators ----------------------------------------------------------------------------

interface Shape {
  coachCap?: fc.Arbitrary<number>;
  taskSlots?: fc.Arbitrary<number>;
}

/** ≤6 reps, ≤4 coaches, ≤4 tasks, capacities 0–2, up to 5 candidates per rep (duplicates allowed). */
function smallProblem(shape: Shape = {}): fc.Arbitrary<BatchProblem> {
  return fc
    .record({
      reps: fc.integer({ min: 0, max: 6 }),
      caps: fc.array(shape.coachCap ?? fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
      slots: fc.array(shape.taskSlots ?? fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
      raw: fc.array(
        fc.array(fc.record({ t: fc.nat(), c: fc.nat(), score: fc.integer({ min: 1, max: 40 }) }), { maxLength: 5 }),
        { minLength: 6, maxLength: 6 },
      ),
    })
    .map(({ reps, caps, slots, raw }) => {
      const candidates: Candidate[] = [];
      for (let r = 0; r < reps; r++) {
        for (const x of raw[r]!) {
          // Quarter points keep sums exact in floating point while exercising non-integer scores.
          candidates.push({ repId: `r${r}`, taskId: `t${x.t % slots.length}`, coachId: `c${x.c % caps.length}`, score: x.score / 4 });
        }
      }
      return {
        reps: Array.from({ length: reps }, (_, r) => `r${r}`),
        coaches: caps.map((capacity, k) => ({ id: `c${k}`, capacity })),
        tasks: slots.map((s, t) => ({ id: `t${t}`, slots: s })),
        candidates,
      };
    });
}

const sumScores = (a: readonly { score: number }[]) => a.reduce((s, x) => s + x.score, 0);

// --- Batch matching --------------------------------------------------------------------------

describe('solveBatch', () => {
  it('matches brute force and never breaks a rule (random small instances)', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(), async (p) => {
        const exact = await solveBatch(p);
        const greedy = solveGreedy(p);
        const opt = bruteForceOptimum(p);
        expect(exact.optimal).toBe(true);
        expect(exact.objective).toBeCloseTo(opt, 9);
        expect(sumScores(exact.assignments)).toBeCloseTo(exact.objective, 9);
        expect(planViolations(p, exact.assignments)).toEqual([]);
        expect(planViolations(p, greedy.assignments)).toEqual([]);
        expect(greedy.objective).toBeLessThanOrEqual(exact.objective + 1e-9);
      }),
      { numRuns: 250 },
    );
  });

  it('the MIP path alone also matches brute force', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(), async (p) => {
        const exact = await solveBatch(p, { strategy: 'mip' });
        expect(exact.objective).toBeCloseTo(bruteForceOptimum(p), 9);
        expect(planViolations(p, exact.assignments)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('the flow shortcuts (one side never binds) match brute force', async () => {
    const loose = fc.constant(99);
    for (const shape of [{ coachCap: loose }, { taskSlots: loose }, { coachCap: loose, taskSlots: loose }]) {
      await fc.assert(
        fc.asyncProperty(smallProblem(shape), async (p) => {
          const exact = await solveBatch(p);
          expect(exact.method).not.toMatch(/HiGHS/);
          expect(exact.optimal).toBe(true);
          expect(exact.objective).toBeCloseTo(bruteForceOptimum(p), 9);
          expect(planViolations(p, exact.assignments)).toEqual([]);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('gives the same plan for the same input in any order, with duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(), fc.boolean(), async (p, mip) => {
        const opts = { strategy: mip ? ('mip' as const) : ('auto' as const) };
        const a = await solveBatch(p, opts);
        const shuffled = { ...p, candidates: [...p.candidates].reverse().concat(p.candidates.slice(0, 2)), reps: [...p.reps].reverse() };
        const b = await solveBatch(shuffled, opts);
        expect(b.assignments).toEqual(a.assignments);
        expect(solveGreedy(shuffled).assignments).toEqual(solveGreedy(p).assignments);
      }),
      { numRuns: 60 },
    );
  });

  it('beats greedy when the best-looking pick blocks two others (coach side binds)', async () => {
    // Greedy gives A the top coach (10) and leaves B with nothing; the optimum sends A to c2.
    const p: BatchProblem = {
      reps: ['A', 'B'],
      coaches: [{ id: 'c1', capacity: 1 }, { id: 'c2', capacity: 1 }],
      tasks: [{ id: 't', slots: 2 }],
      candidates: [
        { repId: 'A', taskId: 't', coachId: 'c1', score: 10 },
        { repId: 'A', taskId: 't', coachId: 'c2', score: 9 },
        { repId: 'B', taskId: 't', coachId: 'c1', score: 9 },
      ],
    };
    expect(solveGreedy(p).objective).toBe(10);
    for (const strategy of ['auto', 'mip'] as const) {
      const exact = await solveBatch(p, { strategy });
      expect(exact.objective).toBe(18);
      expect(exact.assignments.map((a) => `${a.repId}:${a.coachId}`)).toEqual(['A:c2', 'B:c1']);
    }
  });

  it('beats greedy when both coach capacity and task slots bind', async () => {
    // A's top pick uses the only slot of t1 AND the only unit of c1; B and C each need one of them.
    const p: BatchProblem = {
      reps: ['A', 'B', 'C'],
      coaches: [{ id: 'c1', capacity: 1 }, { id: 'c2', capacity: 2 }],
      tasks: [{ id: 't1', slots: 1 }, { id: 't2', slots: 2 }],
      candidates: [
        { repId: 'A', taskId: 't1', coachId: 'c1', score: 10 },
        { repId: 'A', taskId: 't2', coachId: 'c2', score: 8 },
        { repId: 'B', taskId: 't1', coachId: 'c2', score: 7 },
        { repId: 'C', taskId: 't2', coachId: 'c1', score: 7 },
      ],
    };
    const exact = await solveBatch(p);
    expect(exact.method).toMatch(/HiGHS/);
    expect(solveGreedy(p).objective).toBe(10);
    expect(exact.objective).toBe(22);
    expect(bruteForceOptimum(p)).toBe(22);
  });

  it('on a time limit returns a feasible plan marked not optimal, never worse than greedy', async () => {
    const p = fc.sample(smallProblem(), { numRuns: 1, seed: 7 })[0]!;
    const res = await solveBatch(p, { strategy: 'mip', timeLimitSeconds: 0 });
    expect(planViolations(p, res.assignments)).toEqual([]);
    expect(res.objective).toBeGreaterThanOrEqual(solveGreedy(p).objective);
    if (!res.optimal) expect(res.method).toMatch(/time limit/);
  });

  it('handles empty problems, zero capacities, duplicates and non-positive scores', async () => {
    expect(await solveBatch({ reps: [], coaches: [], tasks: [], candidates: [] })).toEqual({ assignments: [], objective: 0, optimal: true, method: 'empty' });
    const zero: BatchProblem = {
      reps: ['A'],
      coaches: [{ id: 'c', capacity: 0 }],
      tasks: [{ id: 't', slots: 3 }],
      candidates: [{ repId: 'A', taskId: 't', coachId: 'c', score: 5 }],
    };
    expect((await solveBatch(zero)).assignments).toEqual([]);
    expect(solveGreedy(zero).assignments).toEqual([]);
    const dup: BatchProblem = {
      reps: ['A', 'A'],
      coaches: [{ id: 'c', capacity: 1 }],
      tasks: [{ id: 't', slots: 1 }],
      candidates: [
        { repId: 'A', taskId: 't', coachId: 'c', score: 2 },
        { repId: 'A', taskId: 't', coachId: 'c', score: 3 },
        { repId: 'A', taskId: 't', coachId: 'c', score: -1 },
      ],
    };
    expect((await solveBatch(dup)).assignments).toEqual([{ repId: 'A', taskId: 't', coachId: 'c', score: 3 }]);
    const nonPositive = { ...dup, candidates: [{ repId: 'A', taskId: 't', coachId: 'c', score: 0 }] };
    expect((await solveBatch(nonPositive)).assignments).toEqual([]);
  });

  it('rejects malformed input with a BAD_INPUT error naming the problem', async () => {
    const base: BatchProblem = { reps: ['A'], coaches: [{ id: 'c', capacity: 1 }], tasks: [{ id: 't', slots: 1 }], candidates: [] };
    const bad: [BatchProblem, RegExp][] = [
      [{ ...base, candidates: [{ repId: 'X', taskId: 't', coachId: 'c', score: 1 }] }, /unknown rep "X"/],
      [{ ...base, candidates: [{ repId: 'A', taskId: 't', coachId: 'c', score: NaN }] }, /non-finite score/],
      [{ ...base, coaches: [{ id: 'c', capacity: 1.5 }] }, /capacity of coach "c"/],
      [{ ...base, tasks: [{ id: 't', slots: -1 }] }, /slots of task "t"/],
      [{ ...base, coaches: [{ id: 'c', capacity: 1 }, { id: 'c', capacity: 2 }] }, /coach "c" is listed twice/],
    ];
    for (const [p, message] of bad) {
      await expect(solveBatch(p)).rejects.toThrow(message);
      expect(() => solveGreedy(p)).toThrow(ApiError);
    }
  });
});

// --- Hungarian -----------------------------------------------------------------------------

const matrix = (n: number, value: fc.Arbitrary<number>) =>
  fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

describe('solveAssignment (Hungarian)', () => {
  it('equals brute force on random matrices up to 7×7, minimising and maximising', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }).chain((n) => matrix(n, fc.integer({ min: -50, max: 100 }))),
        fc.boolean(),
        (m, maximize) => {
          const res = solveAssignment(m, { maximize });
          expect(res.total).toBe(bruteForceAssignment(m, maximize));
          // A permutation: every column used exactly once.
          expect(new Set(res.rowToCol).size).toBe(m.length);
          expect(Array.from(res.rowToCol).reduce((s, j, i) => s + m[i]![j]!, 0)).toBe(res.total);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals munkres-js on random 50×50 matrices', () => {
    fc.assert(
      fc.property(matrix(50, fc.integer({ min: 0, max: 1000 })), (m) => {
        const theirs = munkres(m.map((row) => [...row])).reduce((s, [i, j]) => s + m[i]![j]!, 0);
        expect(solveAssignment(m).total).toBe(theirs);
      }),
      { numRuns: 15 },
    );
  });

  it('rejects non-square and non-finite input', () => {
    expect(() => solveAssignment([[1, 2]])).toThrow(/square/);
    expect(() => solveAssignment([[Infinity]])).toThrow(/finite/);
  });
});
