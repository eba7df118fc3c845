import type { Activity, ActivityType, RepStatus, Thresholds } from '../model';
import { wholeDaysBetween } from '../time/calendar';

export type ActivityHealth = 'active' | 'at-risk' | 'inactive';

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
 * Exactly on a threshold counts as having crossed it. Days are whole days on the calendar of the
 * community's reference zone, so every machine of one community agrees.
 */
export function activityHealth(lastSignificantAt: string | null, now: string, t: Pick<Thresholds, 'atRiskDays' | 'inactiveDays'>, zone: string): ActivityHealth {
  if (lastSignificantAt === null) return 'inactive';
  const days = wholeDaysBetween(lastSignificantAt, now, zone);
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
