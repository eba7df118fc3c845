/**
 * The attrition study the Council reads: causes, early warning and what brings people back,
 * computed in one call from the collections, with the rules it used and table rows for every chart.
 * The result is plain data (no Map, Date or class) so it crosses IPC and goes straight to CSV.
 */
import { buildIndex, defaultRange, type StudyData, type StudyOptions } from './data';
import { computeCauses, type CausesResult } from './causes';
import { computeIndicators, DRIFT_RULES, type IndicatorsResult } from './indicators';
import { computeReturns, RETENTION_MARKS, RETURN_WINDOW_DAYS, type RateRow, type ReturnsResult } from './returns';
import { SMALL_SAMPLE_N } from './stats';

export type StudyInput = Omit<StudyOptions, 'from' | 'to'> & Partial<Pick<StudyOptions, 'from' | 'to'>>;

export interface Study {
  params: { now: string; from: string; to: string; region: string | null; area: string | null };
  /** Reps the filters kept. */
  reps: number;
  rules: {
    smallSampleN: number;
    returnWindowDays: number;
    retentionMarks: readonly number[];
    drift: typeof DRIFT_RULES;
    atRiskDays: number;
  };
  causes: CausesResult;
  indicators: IndicatorsResult;
  returns: ReturnsResult;
}

export function computeStudy(data: StudyData, input: StudyInput): Study {
  const range = defaultRange(input.now);
  const opts: StudyOptions = { ...input, from: input.from ?? range.from, to: input.to ?? range.to };
  const index = buildIndex(data, opts);
  return {
    params: { now: opts.now, from: opts.from, to: opts.to, region: opts.region ?? null, area: opts.area ?? null },
    reps: index.reps.length,
    rules: {
      smallSampleN: SMALL_SAMPLE_N,
      returnWindowDays: RETURN_WINDOW_DAYS,
      retentionMarks: RETENTION_MARKS,
      drift: DRIFT_RULES,
      atRiskDays: opts.thresholds.atRiskDays,
    },
    causes: computeCauses(index),
    indicators: computeIndicators(index),
    returns: computeReturns(data, index),
  };
}

/** One chart of the Insights screen; each has a table view and a CSV export of these rows. */
export const CHART_IDS = [
  'causes',
  'causes-by-quarter',
  'causes-by-region',
  'causes-by-area',
  'indicators',
  'drifting',
  'return-rates',
  'retention',
  'paths',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type CsvRow = Record<string, string | number | boolean | null>;

function rateRows(dimension: string, rows: readonly RateRow[]): CsvRow[] {
  return rows.map((r) => ({ dimension, key: r.key, label: r.label, n: r.n, k: r.k, rate: r.rate, low: r.low, high: r.high, smallSample: r.smallSample }));
}

/** The rows behind one chart, flat and rectangular (every row has the same columns). */
export function toCsvRows(study: Study, chart: ChartId): CsvRow[] {
  const { causes, indicators, returns } = study;
  switch (chart) {
    case 'causes':
      return causes.reasons.map((r) => ({ reason: r.reason, reps: r.reps, share: r.share, repShare: r.repShare, repsLost: causes.repsLost, smallSample: causes.smallSample }));
    case 'causes-by-quarter': {
      // Every quarter × every reason seen in the range, zeros included, so the table is a grid.
      const reasons = causes.reasons.map((r) => r.reason);
      return causes.byQuarter.flatMap((q) =>
        reasons.map((reason) => {
          const row = q.reasons.find((r) => r.reason === reason);
          return { quarter: q.key, reason, reps: row?.reps ?? 0, share: row?.share ?? 0, repsLost: q.repsLost, smallSample: q.smallSample };
        }),
      );
    }
    case 'causes-by-region':
    case 'causes-by-area': {
      const column = chart === 'causes-by-region' ? 'region' : 'area';
      const groups = chart === 'causes-by-region' ? causes.byRegion : causes.byArea;
      return groups.flatMap((g) => g.reasons.map((r) => ({ [column]: g.key, reason: r.reason, reps: r.reps, share: r.share, repsLost: g.repsLost, smallSample: g.smallSample })));
    }
    case 'indicators':
      return indicators.communities.flatMap((c) => c.points.map((p) => ({ kind: c.kind, community: c.key, ...p, smallSample: c.smallSample })));
    case 'drifting':
      return indicators.drifting.flatMap((d) =>
        d.signals.map((s) => ({ kind: d.kind, community: d.key, members: d.members, indicator: s.indicator, month: s.month, value: s.value, reference: s.reference, smallSample: d.smallSample })),
      );
    case 'return-rates':
      return [
        { dimension: 'overall', key: 'all', label: 'all', ...returns.overall },
        ...rateRows('reason', returns.byReason),
        ...rateRows('interaction', returns.byInteraction),
        ...rateRows('area', returns.byArea),
        ...rateRows('coach', returns.byCoach),
      ];
    case 'retention':
      return returns.retention.flatMap((c) => c.steps.map((s) => ({ curve: c.key, ...s, n: c.n, smallSample: c.smallSample })));
    case 'paths':
      return returns.paths.map((p) => ({ from: p.from, path: p.path, reps: p.reps, share: p.share, smallSample: p.smallSample }));
  }
}
