/**
 * Catalog search: the candidate index (shared/search/fuzzy-index.ts) beside plain fuse.js over the
 * same generated tasks, in the same run. Reports per-query p50/p95, build time, incremental edit
 * time and how much of plain fuse's top 10 the index reproduces.
 */
import Fuse from 'fuse.js';
import { createSearchIndex, TASK_SEARCH_FIELDS } from '../../../shared/search/fuzzy-index';
import { percentile, round, timeIt, type BenchContext, type BenchSuite } from '../harness';
import { generateTask, generateTasks, rng, topOverlap, TYPO_QUERIES, type CorpusTask } from './task-corpus';

const PLAIN_FUSE_OPTIONS = {
  keys: ['title', 'summary', 'deliverable', 'skills', 'tags'],
  threshold: 0.35,
  ignoreLocation: true,
};
const LIMIT = 10;
/** Our index is cheap, so each query runs several times for stable percentiles. */
const INDEX_REPEATS = 5;

function timeOnce<R>(fn: () => R): { ms: number; result: R } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

async function runSize(ctx: BenchContext, size: number): Promise<void> {
  const label = `${size.toLocaleString('en-US')} tasks`;
  const tasks = generateTasks(size, 7);

  const plainBuild = timeOnce(() => new Fuse(tasks, PLAIN_FUSE_OPTIONS));
  const ourBuild = timeOnce(() => createSearchIndex(tasks, TASK_SEARCH_FIELDS));
  const fuse = plainBuild.result;
  const index = ourBuild.result;
  ctx.record({
    case: label,
    metric: 'build',
    value: round(ourBuild.ms, 1),
    unit: 'ms',
    baseline: { name: 'plain fuse.js', value: round(plainBuild.ms, 1) },
  });

  // Plain fuse is deterministic and slow, so each query runs once; it also provides the reference top 10.
  const plainTimes: number[] = [];
  const reference = new Map<string, string[]>();
  fuse.search(TYPO_QUERIES[0]!, { limit: LIMIT }); // warm the JIT like ours below
  for (const q of TYPO_QUERIES) {
    const { ms, result } = timeOnce(() => fuse.search(q, { limit: LIMIT }));
    plainTimes.push(ms);
    reference.set(
      q,
      result.map((r) => r.item.id),
    );
  }

  const ourTimes: number[] = [];
  const overlaps: number[] = [];
  for (const q of TYPO_QUERIES) index.search(q, { limit: LIMIT }); // warm-up
  for (let rep = 0; rep < INDEX_REPEATS; rep++) {
    for (const q of TYPO_QUERIES) {
      const { ms, result } = timeOnce(() => index.search(q, { limit: LIMIT }));
      ourTimes.push(ms);
      if (rep === 0) overlaps.push(topOverlap(result.map((r) => r.item.id), reference.get(q)!));
    }
  }

  for (const p of [50, 95] as const) {
    ctx.record({
      case: label,
      metric: `p${p}`,
      value: round(percentile(ourTimes, p), 2),
      unit: 'ms',
      baseline: { name: 'plain fuse.js', value: round(percentile(plainTimes, p), 1) },
    });
  }
  const meanOverlap = overlaps.reduce((s, o) => s + o, 0) / overlaps.length;
  ctx.record({ case: label, metric: 'top10-overlap', value: round(meanOverlap * 100, 1), unit: '%' });
  ctx.record({ case: label, metric: 'top10-overlap-min', value: round(Math.min(...overlaps) * 100, 1), unit: '%' });
  const worst = TYPO_QUERIES.map((q, i) => ({ q, o: overlaps[i]! })).filter((x) => x.o < 1);
  ctx.log(
    `${label}: ${TYPO_QUERIES.length} queries (plain fuse ×1, index ×${INDEX_REPEATS}); ` +
      `queries below 100 % overlap: ${worst.map((x) => `${x.q} ${Math.round(x.o * 100)}%`).join(', ') || 'none'}`,
  );

  // An edit re-indexes one task in place; the alternative is rebuilding the whole index.
  const r = rng(99);
  const editTimes = await timeIt(
    () => {
      const victim = tasks[Math.floor(r() * tasks.length)]!;
      const edited: CorpusTask = { ...generateTask(r, 0), id: victim.id };
      index.update(edited);
    },
    200,
    5,
  );
  ctx.record({
    case: label,
    metric: 'update p95',
    value: round(percentile(editTimes, 95), 3),
    unit: 'ms',
    baseline: { name: 'rebuild index', value: round(ourBuild.ms, 1) },
  });
}

export const suite: BenchSuite = {
  name: 'search',
  async run(ctx) {
    for (const size of [2_000, 20_000]) await runSize(ctx, size);
  },
};
