import type { ActivityType } from '../model';
import { daysBetween } from './inactivity';

const DAY_MS = 86_400_000;

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
 * significant ones; anything dated after `now` is a data-entry mistake and does not count.
 */
export function returnedCause(completed: readonly CompletedWork[], significant: readonly DatedActivity[], withinDays: number, now: string): string | null {
  const nowMs = Date.parse(now);
  const work = [...completed].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const acts = significant.filter((a) => Date.parse(a.date) <= nowMs).sort((a, b) => a.date.localeCompare(b.date));
  for (const w of work) {
    const start = Date.parse(w.completedAt);
    const end = start + withinDays * DAY_MS;
    const hit = acts.find((a) => {
      const ms = Date.parse(a.date);
      return ms > start && ms <= end;
    });
    if (hit) {
      return `completed ${w.title} on ${w.completedAt.slice(0, 10)} and new significant activity within ${withinDays} days: ${hit.type.replace(/-/g, ' ')}, ${hit.date.slice(0, 10)} (${daysBetween(w.completedAt, hit.date)} days later)`;
    }
  }
  return null;
}
