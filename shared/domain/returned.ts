import type { ActivityType } from '../model';
import type { StatusCause } from '../status-causes';
import { localDateOf, wholeDaysBetween } from '../time/calendar';

export interface CompletedWork {
  title: string;
  completedAt: string;
}

export interface DatedActivity {
  date: string;
  type: ActivityType;
}

/**
 * Whether a Rep has returned, and why, in words the Council can read back: a completed engagement
 * and, after it and within `withinDays`, new significant activity. The earliest qualifying pair is
 * named, so the cause points at the moment the Rep came back. Activities must already be the
 * significant ones; anything dated after `now` is a data-entry mistake and does not count. Days are
 * counted on the calendar of the community's zone, like every status threshold.
 */
export function returnedCause(completed: readonly CompletedWork[], significant: readonly DatedActivity[], withinDays: number, now: string, zone: string): StatusCause | null {
  const nowMs = Date.parse(now);
  const work = [...completed].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const acts = significant.filter((a) => Date.parse(a.date) <= nowMs).sort((a, b) => a.date.localeCompare(b.date));
  for (const w of work) {
    const start = Date.parse(w.completedAt);
    const hit = acts.find((a) => Date.parse(a.date) > start && wholeDaysBetween(start, a.date, zone) <= withinDays);
    if (hit) {
      const args = { task: w.title, completed: localDateOf(w.completedAt, zone), within: withinDays, type: hit.type, date: localDateOf(hit.date, zone), later: wholeDaysBetween(w.completedAt, hit.date, zone) };
      return { messageId: 'status-cause-returned', args };
    }
  }
  return null;
}
