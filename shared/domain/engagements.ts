/**
 * The rules of an engagement's life: when it counts as stalled, what a survey's answers lead to, and
 * how the next task is chosen from the matching engine's ranking. Pure, so Today, the board and the
 * backend all apply the same rule.
 */
import type { Engagement, EngagementStatus, Survey } from '../model';
import { localDateOf, wholeDaysBetween } from '../time/calendar';

/** Statuses in which the coach and the Rep are still working (a check-in is expected). */
export const WORKING: ReadonlySet<EngagementStatus> = new Set(['active', 'stalled']);

/** The last sign of life: the latest check-in, else the start. Null for one that never started. */
export function lastTouch(e: Pick<Engagement, 'checkIns' | 'startedAt'>): string | null {
  let latest = e.startedAt;
  for (const c of e.checkIns) if (latest === null || c.at > latest) latest = c.at;
  return latest;
}

/**
 * The status an engagement should show now: a working engagement with no check-in (or, before the
 * first one, no start) for `stalledAfterDays` is stalled; a fresh check-in makes it active again.
 * Exactly on the threshold counts as stalled, like the activity thresholds.
 */
export function engagementStatusNow(e: Pick<Engagement, 'status' | 'checkIns' | 'startedAt'>, now: string, stalledAfterDays: number, zone: string): EngagementStatus {
  if (!WORKING.has(e.status)) return e.status;
  const touched = lastTouch(e);
  if (touched === null) return e.status;
  return wholeDaysBetween(touched, now, zone) >= stalledAfterDays ? 'stalled' : 'active';
}

/** "no check-in for 18 days (last on 2026-11-10)": recorded in the engagement's notes trail and shown. */
export function stalledCause(e: Pick<Engagement, 'checkIns' | 'startedAt'>, now: string, zone: string): string {
  const touched = lastTouch(e);
  if (!touched) return 'never started';
  const what = e.checkIns.length ? 'last check-in' : 'started';
  return `no check-in for ${wholeDaysBetween(touched, now, zone)} days (${what} on ${localDateOf(touched, zone)})`;
}

/** A newly proposed engagement: what the plan chose, and nothing done yet. */
export function proposedEngagement<P extends object>(planned: P, matchSessionId: string | null, notes = '') {
  return {
    ...planned,
    matchSessionId,
    checkIns: [],
    startedAt: null,
    completedAt: null,
    deliverableLink: '',
    abandonReason: '',
    onboarding: [],
    notes,
  };
}

export type NextStep = 'suggest' | 'follow-up';

/** A good experience (4 or 5) and a clear "yes" earn more tasks; anything else a caring follow-up and no push. */
export const GOOD_EXPERIENCE = 4;

export function nextStepFor(s: Pick<Survey, 'goodExperience' | 'wantsMore'>): NextStep {
  return s.goodExperience !== null && s.goodExperience >= GOOD_EXPERIENCE && s.wantsMore === 'yes' ? 'suggest' : 'follow-up';
}

/**
 * The engine's ranking with every pair led by a coach other than `previousCoachId` first, each part
 * in the engine's own order: the engine's variety factor already favours a new coach, this makes it
 * a firm preference without discarding the same coach when nobody else fits.
 */
export function preferDifferentCoach<T extends { coachId: string }>(ranked: readonly T[], previousCoachId: string): T[] {
  return [...ranked.filter((s) => s.coachId !== previousCoachId), ...ranked.filter((s) => s.coachId === previousCoachId)];
}

/** A deliverable is something one can open: an http(s) address with a host. */
export function isDeliverableLink(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
