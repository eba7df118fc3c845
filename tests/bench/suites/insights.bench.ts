/**
 * The whole attrition study at community scale (10,000 Reps, ~200,000 activities from
 * generateCommunity(BENCH_OPTIONS)), beside a baseline measured in the same run: the same study
 * with the community indicators computed the straightforward way — for every community and month,
 * filter all activities again, and for every month end, recompute each Rep's last significant
 * activity over all activities. The baseline computes only activity volume and at-risk counts (a
 * subset of what the indexed version does), so the ratio understates what the index buys; both
 * are checked to agree on those numbers.
 *
 *   npx tsx tests/bench/run.ts insights
 */
import { BENCH_OPTIONS, generateCommunity, type Community } from '../../../shared/demo/generate';
import { defaultSettings } from '../../../shared/domain/defaults';
import { activityHealth, lastSignificantByRep } from '../../../shared/domain/inactivity';
import { ActivityType } from '../../../shared/model';
import { buildIndex, monthStart, type StudyOptions } from '../../../shared/insights/data';
import { computeCauses } from '../../../shared/insights/causes';
import { BASELINE_MONTHS, communitiesOf, computeIndicators, seriesMonths } from '../../../shared/insights/indicators';
import { computeReturns } from '../../../shared/insights/returns';
import { computeStudy } from '../../../shared/insights/study';
import { percentile, round, timeIt, type BenchSuite } from '../harness';

const RUNS = 5;
/** The naive scan takes tens of seconds; two runs keep the suite within a few minutes. */
const NAIVE_RUNS = 2;

/** community id → month → [activity, atRisk]; the naive scan. */
function naiveIndicators(c: Community, opts: StudyOptions): Map<string, [number, number][]> {
  const index = buildIndex(c, opts);
  const months = seriesMonths(index);
  const iso = (ms: number) => new Date(ms).toISOString();
  const significant = new Set(opts.significantTypes);
  const members = new Map<string, Set<string>>();
  for (const rep of index.reps) {
    for (const k of communitiesOf(rep)) {
      const id = `${k.kind}:${k.key}`;
      if (!members.has(id)) members.set(id, new Set());
      members.get(id)!.add(rep.id);
    }
  }
  // Last significant activity of every Rep at every month end, scanning all activities each time.
  const lastAt = months.map((m) => lastSignificantByRep(c.activities, significant, iso(monthStart(m, 1) - 1)));
  const out = new Map<string, [number, number][]>();
  for (const [id, repIds] of members) {
    const series: [number, number][] = [];
    months.forEach((m, i) => {
      const count = (from: number) => {
        const lo = iso(monthStart(from));
        const hi = iso(monthStart(from, 1));
        return c.activities.filter((a) => repIds.has(a.repId) && significant.has(a.type) && a.date >= lo && a.date < hi).length;
      };
      // Each month's baseline months are scanned too (the first series month needs 12 before it).
      if (i === 0) for (let b = 1; b <= BASELINE_MONTHS; b++) count(monthStart(m, -b));
      const end = iso(monthStart(m, 1) - 1);
      let atRisk = 0;
      for (const rep of index.reps) {
        if (!repIds.has(rep.id)) continue;
        const joined = Date.parse(rep.joinedAt ?? rep.createdAt) <= monthStart(m, 1) - 1;
        const alumni = rep.statusHistory.filter((h) => h.at <= end).at(-1)?.to === 'alumni';
        if (joined && !alumni && activityHealth(lastAt[i]!.get(rep.id)?.date ?? null, end, opts.thresholds, 'UTC') === 'at-risk') atRisk++;
      }
      series.push([count(m), atRisk]);
    });
    out.set(id, series);
  }
  return out;
}

export const suite: BenchSuite = {
  name: 'insights',
  async run(ctx) {
    const t0 = performance.now();
    const community = generateCommunity(BENCH_OPTIONS);
    ctx.log(`generated ${community.reps.length} Reps, ${community.activities.length} activities, ${community.engagements.length} engagements in ${round(performance.now() - t0, 0)} ms`);
    const settings = defaultSettings(ActivityType.options, community.referenceDate);
    const opts = {
      now: community.referenceDate,
      from: '2025-11-28T12:00:00.000Z',
      to: community.referenceDate,
      thresholds: settings.thresholds,
      significantTypes: settings.significantActivityTypes,
    };

    // Same answers first: the indexed series against the naive scan.
    const study = computeStudy(community, opts);
    const naive = naiveIndicators(community, opts);
    let compared = 0;
    for (const c of study.indicators.communities) {
      const ref = naive.get(`${c.kind}:${c.key}`);
      c.points.forEach((p, i) => {
        const [activity, atRisk] = ref?.[i] ?? [NaN, NaN];
        if (p.activity !== activity || p.atRisk !== atRisk) throw new Error(`indicators differ for ${c.kind} ${c.key} ${p.month}: ${p.activity}/${p.atRisk} vs ${activity}/${atRisk}`);
        compared++;
      });
    }
    ctx.log(`indexed and naive indicators agree on ${compared} community-months (${study.indicators.communities.length} communities × ${study.indicators.months.length} months)`);
    ctx.log(`study: ${study.causes.repsLost} Reps lost, ${study.returns.overall.n} completed engagements rated, ${study.indicators.drifting.length} communities drifting`);

    const whole = await timeIt(() => computeStudy(community, opts), RUNS);
    const naiveWhole = await timeIt(() => {
      const index = buildIndex(community, opts);
      computeCauses(index);
      naiveIndicators(community, opts);
      computeReturns(community, index);
    }, NAIVE_RUNS, 0);
    const indicators = await timeIt(() => computeIndicators(buildIndex(community, opts)), RUNS);
    const naiveOnly = await timeIt(() => naiveIndicators(community, opts), 1, 0);

    const label = `${community.reps.length.toLocaleString('en-US')} Reps / ${community.activities.length.toLocaleString('en-US')} activities`;
    for (const p of [50, 95]) {
      ctx.record({ case: `whole study, ${label}`, metric: `p${p}`, value: round(percentile(whole, p), 1), unit: 'ms', baseline: { name: 'naive per-community/month scan', value: round(percentile(naiveWhole, p), 1) } });
    }
    for (const p of [50, 95]) {
      ctx.record({ case: `indicators (incl. index build), ${label}`, metric: `p${p}`, value: round(percentile(indicators, p), 1), unit: 'ms', baseline: { name: 'naive scan', value: round(percentile(naiveOnly, p), 1) } });
    }
  },
};
