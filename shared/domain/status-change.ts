import type { ActivityType, Rep, RepStatus, Thresholds } from '../model';
import { localDateOf, wholeDaysBetween } from '../time/calendar';
import { activityHealth, effectiveStatus } from './inactivity';

type Last = { date: string; type: ActivityType } | null;

/** "14 months ago", in plain English: causes are stored once and read back by the Council later. */
export function agoInWords(date: string, now: string, zone: string): string {
  const days = wholeDaysBetween(date, now, zone);
  if (days === 0) return 'today';
  if (days < 45) return days === 1 ? '1 day ago' : `${days} days ago`;
  if (days < 730) {
    const months = Math.round(days / 30.44);
    return months === 1 ? '1 month ago' : `${months} months ago`;
  }
  return `${Math.round(days / 365.25)} years ago`;
}

/** The sentence that explains a status: "last significant activity 14 months ago: event report, 2025-09-02". */
export function statusCause(last: Last, now: string, zone: string): string {
  if (!last) return 'no significant activity on record';
  return `last significant activity ${agoInWords(last.date, now, zone)}: ${last.type.replace(/-/g, ' ')}, ${localDateOf(last.date, zone)}`;
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
  zone: string,
): PlannedStatusChange[] {
  const out: PlannedStatusChange[] = [];
  for (const rep of reps) {
    const last = lastOf(rep.id);
    const to = effectiveStatus(rep.status, activityHealth(last?.date ?? null, now, thresholds, zone));
    if (to !== rep.status) out.push({ repId: rep.id, from: rep.status, to, cause: statusCause(last, now, zone) });
  }
  return out;
}
