import type { ActivityType, Rep, RepStatus, Thresholds } from '../model';
import { activityHealth, daysBetween, effectiveStatus } from './inactivity';

type Last = { date: string; type: ActivityType } | null;

/** "14 months ago", in plain English: causes are stored once and read back by the Council later. */
export function agoInWords(date: string, now: string): string {
  const days = daysBetween(date, now);
  if (days === 0) return 'today';
  if (days < 45) return days === 1 ? '1 day ago' : `${days} days ago`;
  if (days < 730) {
    const months = Math.round(days / 30.44);
    return months === 1 ? '1 month ago' : `${months} months ago`;
  }
  return `${Math.round(days / 365.25)} years ago`;
}

/** The sentence that explains a status: "last significant activity 14 months ago: event report, 2025-09-02". */
export function statusCause(last: Last, now: string): string {
  if (!last) return 'no significant activity on record';
  return `last significant activity ${agoInWords(last.date, now)}: ${last.type.replace(/-/g, ' ')}, ${last.date.slice(0, 10)}`;
}

export interface PlannedStatusChange {
  repId: string;
  from: RepStatus;
  to: RepStatus;
  cause: string;
}

/**
 * The status changes activity implies for the given Reps. Workflow statuses (re-engaging,
 * returned, alumni) are left alone: people set those, activity does not.
 */
export function planStatusChanges(
  reps: Iterable<Pick<Rep, 'id' | 'status'>>,
  lastOf: (repId: string) => Last,
  now: string,
  thresholds: Pick<Thresholds, 'atRiskDays' | 'inactiveDays'>,
): PlannedStatusChange[] {
  const out: PlannedStatusChange[] = [];
  for (const rep of reps) {
    const last = lastOf(rep.id);
    const to = effectiveStatus(rep.status, activityHealth(last?.date ?? null, now, thresholds));
    if (to !== rep.status) out.push({ repId: rep.id, from: rep.status, to, cause: statusCause(last, now) });
  }
  return out;
}
