import type { ActivityType, Rep, RepStatus, Thresholds } from '../model';
import { activityCause, type StatusCause } from '../status-causes';
import { activityHealth, effectiveStatus } from './inactivity';

type Last = { date: string; type: ActivityType } | null;

export interface PlannedStatusChange {
  repId: string;
  from: RepStatus;
  to: RepStatus;
  cause: StatusCause;
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
    if (to !== rep.status) out.push({ repId: rep.id, from: rep.status, to, cause: activityCause(last, now, zone) });
  }
  return out;
}
