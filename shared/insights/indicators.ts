/**
 * Before a community loses Reps: monthly leading indicators per community — a country, or a
 * functional area — and the communities drifting now.
 *
 * A month is in the series once it is complete (its end is at or before the range end and now), so
 * the latest point is never a half month that looks like a drop. A Rep belongs to their country's
 * community and to the community of each of their areas; their activity counts in each.
 *
 * Per month, from the Reps who had joined and were not alumni at the month's end:
 * - activity: significant activities in the month, against the community's own baseline, the mean
 *   of its 12 previous months (ratio, and z-score against their sample standard deviation);
 * - at-risk share: members whose last significant activity was atRiskDays..inactiveDays old;
 * - inactive mentors: mentors with no significant activity for mentorInactiveDays (and their share
 *   of the community's mentors);
 * - stalled engagements: engagements open at the month's end whose last check-in (or start) is
 *   stalledAfterDays old or older. An abandoned engagement counts as closed from its last update.
 */
import type { Engagement, Rep, Thresholds } from '../model';
import type { ActivityHealth } from '../domain/inactivity';
import { isSmallSample } from './stats';
import { dayNumber } from '../time/calendar';
import { lastAtOrBefore, monthKey, monthStart, type StudyIndex } from './data';
import { NO_AREA } from './causes';

export const BASELINE_MONTHS = 12;

/** The drift rules, in the words the report prints beside the list. */
export const DRIFT_RULES = {
  /** Activity below this share of baseline in each of the last two complete months… */
  activityRatio: 0.7,
  /** …when the baseline is at least this many activities a month (smaller ones jump about). */
  minBaseline: 3,
  /** At-risk share of members, and inactive share of mentors, up by at least this many points over three months. */
  shareRise: 0.1,
  /** Months back that rises are measured against. */
  lookbackMonths: 3,
  /** Stalled engagements: more than three months before, and at least this many. */
  minStalled: 2,
} as const;

export type CommunityKind = 'region' | 'area';
export type IndicatorName = 'activity' | 'at-risk' | 'inactive-mentors' | 'stalled-engagements';

export interface IndicatorPoint {
  month: string;
  members: number;
  activity: number;
  /** Mean of the 12 previous months; null when none of them had any activity. */
  baseline: number | null;
  ratio: number | null;
  zScore: number | null;
  atRisk: number;
  atRiskShare: number | null;
  mentors: number;
  inactiveMentors: number;
  inactiveMentorShare: number | null;
  stalledEngagements: number;
}

export interface CommunitySeries {
  kind: CommunityKind;
  key: string;
  /** Members at the end of the last month. */
  members: number;
  smallSample: boolean;
  points: IndicatorPoint[];
}

export interface DriftSignal {
  indicator: IndicatorName;
  month: string;
  /** The value now: a ratio to baseline, a share (at-risk, inactive mentors), or a count (stalled). */
  value: number;
  /** What it is compared with: the ratio threshold, or the value three months before. */
  reference: number;
}

export interface DriftingCommunity {
  kind: CommunityKind;
  key: string;
  members: number;
  smallSample: boolean;
  signals: DriftSignal[];
}

export interface IndicatorsResult {
  months: string[];
  communities: CommunitySeries[];
  /** Communities with at least one signal; larger ones and those with more signals first. */
  drifting: DriftingCommunity[];
  rules: typeof DRIFT_RULES;
}

/** Month starts (ms) of the complete months in the range, oldest first. */
export function seriesMonths(index: StudyIndex): number[] {
  const out: number[] = [];
  for (let m = monthStart(index.window.fromMs); monthStart(m, 1) <= index.window.toMs; m = monthStart(m, 1)) out.push(m);
  return out;
}

/** Where each Rep counts: one country and each area. */
export function communitiesOf(rep: Pick<Rep, 'country' | 'areas'>): { kind: CommunityKind; key: string }[] {
  const areas = rep.areas.length ? rep.areas : [NO_AREA];
  return [{ kind: 'region', key: rep.country }, ...areas.map((a) => ({ kind: 'area' as const, key: a }))];
}

/** One Rep's contribution to each month's indicators; summed into communities afterwards. */
interface RepMonths {
  /** Significant activities per month, BASELINE_MONTHS before the series first. */
  activity: Int32Array;
  member: Uint8Array;
  atRisk: Uint8Array;
  inactiveMentor: Uint8Array;
  stalled: Int32Array;
}

/** Status changes as (ms, to), oldest first, parsed once per Rep. */
function parsedHistory(history: readonly { at: string; to: string }[]): { ms: number; to: string }[] {
  return history.map((h) => ({ ms: Date.parse(h.at), to: h.to })).sort((a, b) => a.ms - b.ms);
}

function statusAt(history: readonly { ms: number; to: string }[], ms: number): string | null {
  let status: string | null = null;
  for (const h of history) {
    if (h.ms > ms) break;
    status = h.to;
  }
  return status;
}

/**
 * activityHealth's rule (whole days since the last significant activity; exactly on a threshold
 * counts as crossed; none at all is inactive) on milliseconds, because this runs for every Rep and
 * month and ISO round trips would dominate. A unit test holds the two to the same answers.
 */
export function healthAtMs(lastMs: number | null, endMs: number, t: Pick<Thresholds, 'atRiskDays' | 'inactiveDays'>, zone: string): ActivityHealth {
  if (lastMs === null) return 'inactive';
  const days = Math.max(0, dayNumber(endMs, zone) - dayNumber(lastMs, zone));
  if (days >= t.inactiveDays) return 'inactive';
  if (days >= t.atRiskDays) return 'at-risk';
  return 'active';
}

function stalledAt(e: Engagement, endMs: number, stalledDays: number, zone: string): boolean {
  if (e.startedAt === null || Date.parse(e.startedAt) > endMs) return false;
  if (e.completedAt !== null && Date.parse(e.completedAt) <= endMs) return false;
  if (e.status === 'abandoned' && Date.parse(e.updatedAt) <= endMs) return false;
  if (e.status === 'completed' && e.completedAt === null) return false;
  let touch = Date.parse(e.startedAt);
  for (const c of e.checkIns) {
    const ms = Date.parse(c.at);
    if (ms <= endMs && ms > touch) touch = ms;
  }
  return dayNumber(endMs, zone) - dayNumber(touch, zone) >= stalledDays;
}

/**
 * Month boundaries shared by every Rep: starts of the BASELINE_MONTHS before the series, of the
 * series months, and the end of the last one (so bounds.length = total + 1).
 */
function monthBounds(months: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = -BASELINE_MONTHS; i <= months.length; i++) out.push(monthStart(months[0] as number, i));
  return out;
}

function repMonths(rep: Rep, index: StudyIndex, months: readonly number[], bounds: readonly number[]): RepMonths {
  const total = months.length + BASELINE_MONTHS;
  const out: RepMonths = {
    activity: new Int32Array(total),
    member: new Uint8Array(months.length),
    atRisk: new Uint8Array(months.length),
    inactiveMentor: new Uint8Array(months.length),
    stalled: new Int32Array(months.length),
  };
  const sig = index.significantMs.get(rep.id) ?? [];
  // Both lists are sorted: one merge walk puts each activity in its month.
  let m = 0;
  for (const ms of sig) {
    if (ms < (bounds[0] as number)) continue;
    while (m < total && ms >= (bounds[m + 1] as number)) m++;
    if (m >= total) break;
    out.activity[m]! += 1;
  }
  const joinedMs = Date.parse(rep.joinedAt ?? rep.createdAt);
  const history = parsedHistory(rep.statusHistory);
  const t = index.thresholds;
  const zone = index.timeZone;
  const engagements = index.engagements.get(rep.id) ?? [];
  months.forEach((_, i) => {
    const end = (bounds[i + BASELINE_MONTHS + 1] as number) - 1;
    if (joinedMs > end || statusAt(history, end) === 'alumni') return;
    out.member[i] = 1;
    const last = lastAtOrBefore(sig, end);
    const lastMs = last < 0 ? null : (sig[last] as number);
    if (healthAtMs(lastMs, end, t, zone) === 'at-risk') out.atRisk[i] = 1;
    if (rep.isMentor && healthAtMs(lastMs, end, { atRiskDays: t.mentorInactiveDays, inactiveDays: Number.MAX_SAFE_INTEGER }, zone) !== 'active') {
      out.inactiveMentor[i] = 1;
    }
    for (const e of engagements) if (stalledAt(e, end, t.stalledAfterDays, zone)) out.stalled[i]! += 1;
  });
  return out;
}

interface Accumulator {
  kind: CommunityKind;
  key: string;
  activity: Float64Array;
  members: Float64Array;
  atRisk: Float64Array;
  mentors: Float64Array;
  inactiveMentors: Float64Array;
  stalled: Float64Array;
}

export function computeIndicators(index: StudyIndex): IndicatorsResult {
  const months = seriesMonths(index);
  if (months.length === 0) return { months: [], communities: [], drifting: [], rules: DRIFT_RULES };
  const bounds = monthBounds(months);
  const acc = new Map<string, Accumulator>();
  for (const rep of index.reps) {
    const rm = repMonths(rep, index, months, bounds);
    for (const c of communitiesOf(rep)) {
      const id = `${c.kind}\u0000${c.key}`;
      let a = acc.get(id);
      if (!a) {
        const n = months.length;
        a = {
          ...c,
          activity: new Float64Array(n + BASELINE_MONTHS),
          members: new Float64Array(n),
          atRisk: new Float64Array(n),
          mentors: new Float64Array(n),
          inactiveMentors: new Float64Array(n),
          stalled: new Float64Array(n),
        };
        acc.set(id, a);
      }
      for (let i = 0; i < rm.activity.length; i++) a.activity[i]! += rm.activity[i]!;
      for (let i = 0; i < months.length; i++) {
        a.members[i]! += rm.member[i]!;
        a.atRisk[i]! += rm.atRisk[i]!;
        if (rep.isMentor) a.mentors[i]! += rm.member[i]!;
        a.inactiveMentors[i]! += rm.inactiveMentor[i]!;
        a.stalled[i]! += rm.stalled[i]!;
      }
    }
  }
  const communities = [...acc.values()]
    .map((a) => toSeries(a, months))
    .sort((x, y) => x.kind.localeCompare(y.kind) || y.members - x.members || x.key.localeCompare(y.key));
  const drifting = communities
    .map((c) => ({ kind: c.kind, key: c.key, members: c.members, smallSample: c.smallSample, signals: driftSignals(c.points) }))
    .filter((d) => d.signals.length > 0)
    .sort((x, y) => Number(x.smallSample) - Number(y.smallSample) || y.signals.length - x.signals.length || y.members - x.members || x.key.localeCompare(y.key));
  return { months: months.map(monthKey), communities, drifting, rules: DRIFT_RULES };
}

/** The baseline statistics of one month from the 12 months before it. */
export function baselineOf(previous: ArrayLike<number>): { baseline: number | null; sd: number } {
  const n = previous.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += previous[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (previous[i]! - mean) ** 2;
  return { baseline: mean > 0 ? mean : null, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

function toSeries(a: Accumulator, months: readonly number[]): CommunitySeries {
  const points = months.map((m, i): IndicatorPoint => {
    const activity = a.activity[i + BASELINE_MONTHS]!;
    const { baseline, sd } = baselineOf(a.activity.subarray(i, i + BASELINE_MONTHS));
    const members = a.members[i]!;
    return {
      month: monthKey(m),
      members,
      activity,
      baseline,
      ratio: baseline === null ? null : activity / baseline,
      zScore: baseline === null || sd === 0 ? null : (activity - baseline) / sd,
      atRisk: a.atRisk[i]!,
      atRiskShare: members > 0 ? a.atRisk[i]! / members : null,
      mentors: a.mentors[i]!,
      inactiveMentors: a.inactiveMentors[i]!,
      inactiveMentorShare: a.mentors[i]! > 0 ? a.inactiveMentors[i]! / a.mentors[i]! : null,
      stalledEngagements: a.stalled[i]!,
    };
  });
  const members = points.at(-1)?.members ?? 0;
  return { kind: a.kind, key: a.key, members, smallSample: isSmallSample(members), points };
}

/** The rules of DRIFT_RULES applied to the last complete month. */
export function driftSignals(points: readonly IndicatorPoint[]): DriftSignal[] {
  const last = points.at(-1);
  if (!last) return [];
  const prev = points.at(-2);
  const back = points[Math.max(0, points.length - 1 - DRIFT_RULES.lookbackMonths)] as IndicatorPoint;
  const out: DriftSignal[] = [];
  const low = (p: IndicatorPoint | undefined) =>
    p !== undefined && p.baseline !== null && p.baseline >= DRIFT_RULES.minBaseline && p.ratio !== null && p.ratio < DRIFT_RULES.activityRatio;
  if (low(last) && low(prev)) out.push({ indicator: 'activity', month: last.month, value: last.ratio as number, reference: DRIFT_RULES.activityRatio });
  if (back !== last) {
    // The tolerance keeps an exact 10-point rise (e.g. 0.3 − 0.2 in floating point) on the rule.
    const rose = (now: number | null, then: number | null) => now !== null && then !== null && now - then >= DRIFT_RULES.shareRise - 1e-9;
    if (rose(last.atRiskShare, back.atRiskShare)) {
      out.push({ indicator: 'at-risk', month: last.month, value: last.atRiskShare as number, reference: back.atRiskShare as number });
    }
    if (rose(last.inactiveMentorShare, back.inactiveMentorShare)) {
      out.push({ indicator: 'inactive-mentors', month: last.month, value: last.inactiveMentorShare as number, reference: back.inactiveMentorShare as number });
    }
    if (last.stalledEngagements >= DRIFT_RULES.minStalled && last.stalledEngagements > back.stalledEngagements) {
      out.push({ indicator: 'stalled-engagements', month: last.month, value: last.stalledEngagements, reference: back.stalledEngagements });
    }
  }
  return out;
}
