import { z } from 'zod';
import { CHART_IDS } from '../insights/study';
import { DayOrInstant } from '../model';
import { NoInput, type MethodSpec } from './method';

/**
 * The attrition study for the Council (shared/insights/study.ts computes it). The output schema
 * spells out the whole result so the dispatcher checks it, and so a field added to the study
 * without being added here fails the type check at the bottom instead of being silently dropped.
 */

export const InsightsFilters = z
  .object({
    /** Days on the community's calendar (Settings; the whole `to` day included) or instants. */
    from: DayOrInstant.optional(),
    to: DayOrInstant.optional(),
    /** A country or a region (matched exactly against either). */
    region: z.string().trim().min(1, 'pick a region or leave it empty').max(100).optional(),
    area: z.string().trim().min(1, 'pick an area or leave it empty').max(60).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || Date.parse(f.from) < Date.parse(f.to), { message: 'the start date must be before the end date', path: ['from'] });
export type InsightsFilters = z.input<typeof InsightsFilters>;

export const ChartId = z.enum(CHART_IDS);

const n = z.number();
const int = z.number().int();
const share = z.number().nullable();

const Rate = z.object({ n: int, k: int, rate: share, low: share, high: share, smallSample: z.boolean() });
const RateRow = Rate.extend({ key: z.string(), label: z.string() });
const CauseRow = z.object({ reason: z.string(), reps: int, share: n, repShare: n });
const CauseGroup = z.object({ key: z.string(), repsLost: int, mentions: int, reasons: z.array(CauseRow), smallSample: z.boolean() });
const CommunityKind = z.enum(['region', 'area']);
const IndicatorName = z.enum(['activity', 'at-risk', 'inactive-mentors', 'stalled-engagements']);
const DriftRules = z.object({ activityRatio: n, minBaseline: n, shareRise: n, lookbackMonths: int, minStalled: int });

const IndicatorPoint = z.object({
  month: z.string(),
  members: int,
  activity: int,
  baseline: n.nullable(),
  ratio: n.nullable(),
  zScore: n.nullable(),
  atRisk: int,
  atRiskShare: share,
  mentors: int,
  inactiveMentors: int,
  inactiveMentorShare: share,
  stalledEngagements: int,
});
const SurvivalStep = z.object({ time: n, atRisk: int, events: int, censored: int, survival: n, stdErr: n.nullable(), low: n, high: n });
const PathStep = z.enum(['reminder', 'conversation', 'match-session', 'engagement', 'completed', 'survey', 'returned']);

export const InsightsStudy = z.object({
  params: z.object({ now: z.string(), from: z.string(), to: z.string(), region: z.string().nullable(), area: z.string().nullable() }),
  reps: int,
  rules: z.object({ smallSampleN: int, returnWindowDays: int, retentionMarks: z.array(int).readonly(), drift: DriftRules, atRiskDays: int }),
  causes: z.object({
    repsLost: int,
    wentInactive: int,
    becameAlumni: int,
    withReason: int,
    mentions: int,
    reasons: z.array(CauseRow),
    byQuarter: z.array(CauseGroup),
    byRegion: z.array(CauseGroup),
    byArea: z.array(CauseGroup),
    smallSample: z.boolean(),
  }),
  indicators: z.object({
    months: z.array(z.string()),
    communities: z.array(z.object({ kind: CommunityKind, key: z.string(), members: int, smallSample: z.boolean(), points: z.array(IndicatorPoint) })),
    drifting: z.array(
      z.object({
        kind: CommunityKind,
        key: z.string(),
        members: int,
        smallSample: z.boolean(),
        signals: z.array(z.object({ indicator: IndicatorName, month: z.string(), value: n, reference: n })),
      }),
    ),
    rules: DriftRules,
  }),
  returns: z.object({
    windowDays: int,
    completed: int,
    pending: int,
    overall: Rate,
    byReason: z.array(RateRow),
    byInteraction: z.array(RateRow),
    byArea: z.array(RateRow),
    byCoach: z.array(RateRow),
    retention: z.array(
      z.object({
        key: z.string(),
        n: int,
        events: int,
        censored: int,
        steps: z.array(SurvivalStep),
        median: n.nullable(),
        smallSample: z.boolean(),
        retainedAt: z.array(z.object({ days: int, survival: share })),
      }),
    ),
    soloVsOther: z.object({ observedA: n, expectedA: n, observedB: n, expectedB: n, variance: n, chiSquare: share, pValue: share, smallSample: z.boolean() }),
    cameBack: z.object({ fromInactive: int, fromAlumni: int }),
    paths: z.array(z.object({ from: z.enum(['inactive', 'alumni']), steps: z.array(PathStep), path: z.string(), reps: int, share: n, smallSample: z.boolean() })),
  }),
});
export type InsightsStudy = z.infer<typeof InsightsStudy>;

/** What the filters can be set to: the countries, regions and areas of the Reps in the store. */
export const InsightsOptions = z.object({ regions: z.array(z.string()), countries: z.array(z.string()), areas: z.array(z.string()) });
export type InsightsOptions = z.infer<typeof InsightsOptions>;

export const InsightsCsv = z.object({ fileName: z.string(), content: z.string(), rows: int });
export type InsightsCsv = z.infer<typeof InsightsCsv>;

export const insightsApi = {
  'insights.study': { input: InsightsFilters, output: InsightsStudy, mutates: false },
  'insights.options': { input: NoInput, output: InsightsOptions, mutates: false },
  'insights.csv': { input: z.object({ chart: ChartId, filters: InsightsFilters.default({}) }).strict(), output: InsightsCsv, mutates: false },
} as const satisfies Record<string, MethodSpec>;
