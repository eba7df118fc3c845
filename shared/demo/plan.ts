/**
 * The first pass of generation: decide each Rep's story (status, when they went quiet, what
 * happened in re-engagement) as day offsets before the reference date. Everything else — activity
 * dates, conversations, engagements, status history — is derived from these stories, so the
 * dataset stays consistent with the inactivity rules by construction.
 */
import type { EngagementStatus } from '../model';
import type { Rng } from './random';

export type Category = 'active' | 'at-risk' | 'inactive' | 're-engaging' | 'returned' | 'alumni';

/**
 * The part a Rep plays in the re-engagement history:
 * reached/unreached: a "why" conversation (or an attempt) and nothing more yet;
 * abandoned: tried a task and dropped it; proposed: at-risk Rep with a task proposed early;
 * bullied: the Spanish-only Rep who asked to avoid a team (the matching showcase).
 */
export type HistoryRole = 'none' | 'reached' | 'unreached' | 'abandoned' | 'proposed' | 'bullied' | 'workflow';

/** Key moments, in whole days before the reference date. */
export interface Timeline {
  conversation?: number;
  /** The engagement was proposed (created). */
  created?: number;
  engagementStatus?: EngagementStatus;
  completion?: number;
  surveyAnswered?: number;
  /** Returned Reps who asked for more: a second engagement, created at this offset. */
  followUp?: number;
  abandoned?: number;
  councilMeeting?: number;
}

export interface Story {
  category: Category;
  /** lapsed: had significant activity, then stopped; passive-only: only logins and the like; silent: nothing at all. */
  variant: 'normal' | 'lapsed' | 'passive-only' | 'silent';
  mentor: boolean;
  spanishOnly: boolean;
  forceCountry: string | null;
  /** Whether this Rep may speak only their own language (kept off Reps the history needs to match). */
  mayBeMonolingual: boolean;
  role: HistoryRole;
  joinDays: number;
  /** Most recent significant activity, in days before the reference date; null when none on record. */
  lastSigDays: number | null;
  /** Returned Reps: their last significant activity before they lapsed. */
  lapseDays: number | null;
  /** When the Rep really went quiet; differs from lastSigDays only for Reps with nothing on record. */
  quietSinceDays: number;
  t: Timeline;
}

export interface PlanCounts {
  mentors: number;
  inactiveMentors: number;
  atRiskMentors: number;
  active: number;
  atRisk: number;
  inactive: number;
  reEngaging: number;
  returned: number;
  alumni: number;
  spanishOnly: number;
}

/** Status mix the brief asks for: ~43% active, 20% at risk, ~27% inactive and a few in workflows. */
export function planCounts(reps: number): PlanCounts {
  const big = reps >= 12;
  const alumni = big ? Math.max(1, Math.round(reps * 0.015)) : 0;
  const returned = big ? Math.max(1, Math.round(reps * 0.05)) : 0;
  const reEngaging = big ? Math.max(1, Math.round(reps * 0.035)) : 0;
  const atRisk = Math.round(reps * 0.2);
  let active = Math.round(reps * 0.43);
  let inactive = reps - alumni - returned - reEngaging - atRisk - active;
  if (inactive < 0) {
    active += inactive;
    inactive = 0;
  }
  const mentors = reps >= 3 ? Math.max(1, Math.round(reps * 0.135)) : 0;
  const inactiveMentors = mentors >= 4 ? Math.min(inactive, Math.max(2, Math.round(mentors * 0.08))) : 0;
  const atRiskMentors = mentors >= 5 ? Math.min(atRisk, Math.max(1, Math.round(mentors * 0.1))) : 0;
  const spanishOnly = big && inactive - inactiveMentors >= 1 ? 1 : 0;
  return { mentors, inactiveMentors, atRiskMentors, active, atRisk, inactive, reEngaging, returned, alumni, spanishOnly };
}

function blank(category: Category, variant: Story['variant']): Story {
  return {
    category,
    variant,
    mentor: false,
    spanishOnly: false,
    forceCountry: null,
    mayBeMonolingual: true,
    role: 'none',
    joinDays: 0,
    lastSigDays: null,
    lapseDays: null,
    quietSinceDays: 0,
    t: {},
  };
}

/** Picks the join date: at least a month before the oldest thing the story needs. */
function joinAfter(rng: Rng, oldestDays: number, canBeNew: boolean): number {
  if (canBeNew && rng.chance(0.15)) return rng.int(Math.max(oldestDays + 30, 150), 700);
  return rng.int(Math.max(oldestDays + 30, 760), 3200);
}

function activeStory(rng: Rng): Story {
  const s = blank('active', 'normal');
  s.lastSigDays = rng.int(0, 75);
  s.quietSinceDays = s.lastSigDays;
  s.joinDays = joinAfter(rng, s.lastSigDays, true);
  return s;
}

function atRiskStory(rng: Rng, proposed: boolean): Story {
  const s = blank('at-risk', 'normal');
  const last = rng.int(100, 340);
  s.lastSigDays = last;
  s.quietSinceDays = last;
  if (proposed) {
    s.role = 'proposed';
    s.mayBeMonolingual = false;
    s.t.conversation = rng.int(2, Math.max(2, last - 91));
    s.t.created = s.t.conversation - rng.int(0, 1);
    s.t.engagementStatus = 'proposed';
  }
  s.joinDays = joinAfter(rng, last, false);
  return s;
}

function lapsedStory(rng: Rng, role: HistoryRole, range: readonly [number, number] = [400, 720]): Story {
  const s = blank('inactive', 'lapsed');
  const last = role === 'abandoned' ? rng.int(450, 720) : rng.int(range[0], range[1]);
  s.lastSigDays = last;
  s.quietSinceDays = last;
  s.role = role;
  const sinceInactive = last - 365;
  if (role === 'reached' || role === 'unreached') {
    s.t.conversation = rng.int(1, sinceInactive - 1);
  } else if (role === 'abandoned') {
    s.t.conversation = rng.int(40, sinceInactive - 1);
    s.t.created = s.t.conversation - 3;
    s.t.engagementStatus = 'abandoned';
    s.t.abandoned = s.t.created - 1 - rng.int(15, 30);
  } else if (role === 'bullied') {
    s.t.conversation = rng.int(5, 20);
  }
  if (role !== 'none' && role !== 'unreached') s.mayBeMonolingual = false;
  s.joinDays = joinAfter(rng, last, false);
  return s;
}

/** Inactive with no significant activity in the data: they went quiet before the two-year window. */
function quietStory(rng: Rng, variant: 'passive-only' | 'silent'): Story {
  const s = blank('inactive', variant);
  s.quietSinceDays = rng.int(760, 1100);
  s.joinDays = rng.int(s.quietSinceDays + 60, 3200);
  return s;
}

const RE_ENGAGING_CYCLE: readonly EngagementStatus[] = ['active', 'stalled', 'proposed'];

function reEngagingStory(rng: Rng, index: number): Story {
  const s = blank('re-engaging', 'lapsed');
  const status = RE_ENGAGING_CYCLE[index % RE_ENGAGING_CYCLE.length] as EngagementStatus;
  const created = status === 'active' ? rng.int(10, 40) : status === 'stalled' ? rng.int(35, 60) : rng.int(2, 9);
  s.t.engagementStatus = status;
  s.t.created = created;
  s.t.conversation = created + rng.int(2, 8);
  s.lastSigDays = rng.int(s.t.conversation + 380, 725);
  s.quietSinceDays = s.lastSigDays;
  s.role = 'workflow';
  s.mayBeMonolingual = false;
  s.joinDays = joinAfter(rng, s.lastSigDays, false);
  return s;
}

function returnedStory(rng: Rng, index: number): Story {
  const s = blank('returned', 'lapsed');
  const created = rng.int(50, 160);
  s.t.created = created;
  s.t.engagementStatus = 'completed';
  s.t.completion = created - rng.int(7, 21);
  s.t.surveyAnswered = s.t.completion - rng.int(1, 5);
  // Two in three ask for more and get a second task, the thread's "further tasks, other coaches".
  if (index % 3 !== 2) s.t.followUp = rng.int(2, s.t.surveyAnswered - 2);
  s.t.conversation = created + rng.int(3, 10);
  s.lapseDays = rng.int(s.t.conversation + 375, 725);
  s.lastSigDays = rng.int(1, Math.min(45, s.t.completion - 1));
  s.quietSinceDays = s.lapseDays;
  s.role = 'workflow';
  s.mayBeMonolingual = false;
  s.joinDays = joinAfter(rng, s.lapseDays, false);
  return s;
}

function alumniStory(rng: Rng): Story {
  const s = blank('alumni', 'lapsed');
  s.lastSigDays = rng.int(500, 725);
  s.quietSinceDays = s.lastSigDays;
  s.t.conversation = s.lastSigDays - 365 - rng.int(10, 20);
  s.t.created = s.t.conversation - 5;
  s.t.engagementStatus = 'abandoned';
  s.t.abandoned = s.t.created - 1 - rng.int(20, 34);
  s.t.councilMeeting = s.t.abandoned - rng.int(20, 30);
  s.role = 'workflow';
  s.mayBeMonolingual = false;
  s.joinDays = joinAfter(rng, s.lastSigDays, false);
  return s;
}

/** One story per Rep, in random order (so mentors and special cases are spread over the ids). */
export function planStories(rng: Rng, reps: number, history: boolean): Story[] {
  const c = planCounts(reps);
  const stories: Story[] = [];

  for (let i = 0; i < c.inactiveMentors; i++) {
    const s = lapsedStory(rng, 'none', [420, 700]);
    s.mentor = true;
    stories.push(s);
  }
  for (let i = 0; i < c.atRiskMentors; i++) {
    const s = atRiskStory(rng, false);
    s.mentor = true;
    stories.push(s);
  }
  const activeMentors = c.mentors - c.inactiveMentors - c.atRiskMentors;
  for (let i = 0; i < activeMentors; i++) {
    const s = activeStory(rng);
    s.mentor = true;
    // The Spanish-only Rep needs a mentor who speaks Spanish and is around to hold the conversation.
    if (i === 0 && c.spanishOnly > 0) s.forceCountry = 'Spain';
    stories.push(s);
  }
  for (let i = 0; i < c.spanishOnly; i++) {
    const s = lapsedStory(rng, history ? 'bullied' : 'none', [430, 650]);
    s.spanishOnly = true;
    s.forceCountry = 'Spain';
    stories.push(s);
  }

  for (let i = 0; i < c.active - activeMentors; i++) stories.push(activeStory(rng));

  const atRiskLeft = c.atRisk - c.atRiskMentors;
  const proposed = history ? Math.round(c.atRisk * 0.08) : 0;
  for (let i = 0; i < atRiskLeft; i++) stories.push(atRiskStory(rng, i < proposed));

  const inactiveLeft = c.inactive - c.inactiveMentors - c.spanishOnly;
  const silent = inactiveLeft >= 8 ? Math.max(1, Math.round(inactiveLeft * 0.08)) : 0;
  const passiveOnly = inactiveLeft >= 8 ? Math.max(2, Math.round(inactiveLeft * 0.12)) : 0;
  const reached = history ? Math.round(c.inactive * 0.12) : 0;
  const abandoned = history && c.inactive >= 6 ? Math.max(1, Math.round(c.inactive * 0.06)) : 0;
  const unreached = history ? Math.round(c.inactive * 0.12) : 0;
  const roles: HistoryRole[] = [];
  for (let i = 0; i < reached; i++) roles.push('reached');
  for (let i = 0; i < abandoned; i++) roles.push('abandoned');
  for (let i = 0; i < unreached; i++) roles.push('unreached');
  for (let i = 0; i < inactiveLeft; i++) {
    if (i < silent) stories.push(quietStory(rng, 'silent'));
    else if (i < silent + passiveOnly) stories.push(quietStory(rng, 'passive-only'));
    else stories.push(lapsedStory(rng, roles[i - silent - passiveOnly] ?? 'none'));
  }

  for (let i = 0; i < c.reEngaging; i++) stories.push(reEngagingStory(rng, i));
  for (let i = 0; i < c.returned; i++) stories.push(returnedStory(rng, i));
  for (let i = 0; i < c.alumni; i++) stories.push(alumniStory(rng));

  return rng.shuffle(stories);
}
