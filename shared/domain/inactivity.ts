import type { Activity, ActivityType, RepStatus, Thresholds } from '../model';

export type ActivityHealth = 'active' | 'at-risk' | 'inactive';

const DAY_MS = 86_400_000;

type Dated = Pick<Activity, 'date' | 'type'>;

/**
 * Each Rep's most recent significant activity at or before `now`, in one pass. Future-dated
 * entries are ignored: they are data-entry mistakes, and counting them would hide a Rep who
 * really went quiet.
 */
export function lastSignificantByRep<A extends Dated & { repId: string }>(
  activities: Iterable<A>,
  significant: ReadonlySet<ActivityType>,
  now: string,
): Map<string, A> {
  const nowMs = Date.parse(now);
  const best = new Map<string, { ms: number; activity: A }>();
  for (const a of activities) {
    if (!significant.has(a.type)) continue;
    const ms = Date.parse(a.date);
    if (ms > nowMs) continue;
    const current = best.get(a.repId);
    if (!current || ms > current.ms) best.set(a.repId, { ms, activity: a });
  }
  return new Map([...best].map(([repId, b]) => [repId, b.activity]));
}

/** Whole days from `from` to `to`, never negative (activity dated in the future counts as today). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}

/** The most recent significant activity of one Rep's activities, or null. */
export function lastSignificantActivity<A extends Dated>(
  activities: Iterable<A>,
  significant: ReadonlySet<ActivityType>,
  now: string,
): A | null {
  const tagged = [...activities].map((activity) => ({ ...activity, repId: '', activity }));
  return lastSignificantByRep(tagged, significant, now).get('')?.activity ?? null;
}

/**
 * Health from the date of the last significant activity. A Rep with none at all is inactive:
 * nothing on record is the strongest sign that someone needs a conversation.
 * Exactly on a threshold counts as having crossed it.
 */
export function activityHealth(lastSignificantAt: string | null, now: string, t: Pick<Thresholds, 'atRiskDays' | 'inactiveDays'>): ActivityHealth {
  if (lastSignificantAt === null) return 'inactive';
  const days = daysBetween(lastSignificantAt, now);
  if (days >= t.inactiveDays) return 'inactive';
  if (days >= t.atRiskDays) return 'at-risk';
  return 'active';
}

/** Statuses that people set through a workflow; activity alone does not move a Rep out of them. */
const WORKFLOW_STATUSES: ReadonlySet<RepStatus> = new Set(['re-engaging', 'returned', 'alumni']);

/** The status a Rep should show: workflow statuses stick, the rest follow activity. */
export function effectiveStatus(stored: RepStatus, health: ActivityHealth): RepStatus {
  return WORKFLOW_STATUSES.has(stored) ? stored : health;
}
