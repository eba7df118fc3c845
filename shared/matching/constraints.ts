/**
 * Hard constraints. A (task, coach) pair is possible for a Rep iff none of these holds:
 *
 * Task (depends on the Rep and the task only)
 * - task-not-published: status is not 'published'.
 * - task-no-slot: slots − open engagements on the task (proposed/active/stalled) ≤ 0.
 * - task-no-language: the task lists no language (a published task needs at least one).
 * - task-language: none of the task's languages is one the Rep speaks.
 * - task-effort: the task's effort spread over its duration, effortHours / max(1, expectedDays/30),
 *   exceeds the Rep's hours per month (latest reached conversation that states it, else the Rep's
 *   record). A task shorter than a month uses that month's budget; a longer one spreads over months.
 *   A task without an effort estimate passes (nothing to compare) and says so in its reasons.
 * - task-interaction: the task's interaction level is above the Rep's ceiling: 'light' when any
 *   reason in any of the Rep's conversations is sensitive (interpersonal-conflict and
 *   bullying-toxicity always, plus any reason Settings marks sensitive) or is burnout; else 'moderate'.
 * - task-already: the Rep has any engagement on this task (completed, abandoned or still open).
 *
 * Coach (depends on the Rep and the coach only)
 * - coach-inactive: the coach is not active.
 * - coach-full: capacity − open engagements (proposed/active/stalled) ≤ 0.
 * - coach-self: the coach record is linked to this very Rep.
 * - coach-avoided: the coach is in avoidCoachIds of any of the Rep's conversations.
 * - coach-team-avoided: a team of the coach equals an avoided team (trimmed, case-insensitive).
 * - coach-language: the coach speaks none of the Rep's languages.
 *
 * Pair
 * - pair-language: no language in task ∩ Rep ∩ coach. Languages are compared by their primary
 *   subtag, so a Rep who speaks "es" can take an "es-AR" task with a coach who speaks "es-MX".
 *
 * Every constraint but pair-language depends on one side only, which is what lets the engine filter
 * tasks and coaches separately before pairing them.
 */
import { INTERACTION_ORDER } from '../model';
import type { PreparedCoach, PreparedTask, RepProfile } from './context';
import { message, type Message } from './explain';

export const CONSTRAINTS = [
  'task-unknown',
  'task-not-published',
  'task-no-slot',
  'task-no-language',
  'task-language',
  'task-effort',
  'task-interaction',
  'task-already',
  'coach-unknown',
  'coach-inactive',
  'coach-full',
  'coach-self',
  'coach-avoided',
  'coach-team-avoided',
  'coach-language',
  'pair-language',
  'task-no-coach',
  'coach-no-task',
] as const;
export type ConstraintId = (typeof CONSTRAINTS)[number];

export interface Violation extends Message {
  constraint: ConstraintId;
  subject: 'task' | 'coach' | 'pair';
  english: string;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

function violation(constraint: ConstraintId, subject: Violation['subject'], m: ReturnType<typeof message>): Violation {
  return { constraint, subject, ...m };
}

/** Bit i set ⇔ `langs` contains the Rep's i-th language (the Rep has at most 20). */
export function languageMask(profile: RepProfile, langs: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < profile.langs.length; i++) if (langs.includes(profile.langs[i]!)) mask |= 1 << i;
  return mask;
}

/** The task's violations; with `all` false it stops at the first (the fast path only needs yes/no). */
export function taskViolations(profile: RepProfile, pt: PreparedTask, all = true): Violation[] {
  const out: Violation[] = [];
  const t = pt.task;
  const add = (v: Violation) => out.push(v);
  if (t.status !== 'published') add(violation('task-not-published', 'task', message('match-why-task-not-published', { status: t.status })));
  if (!all && out.length) return out;
  if (pt.free <= 0) add(violation('task-no-slot', 'task', message('match-why-task-no-slot', { slots: t.slots, open: pt.open })));
  if (!all && out.length) return out;
  if (pt.langs.length === 0) add(violation('task-no-language', 'task', message('match-why-task-no-language')));
  else if (languageMask(profile, pt.langs) === 0) {
    add(violation('task-language', 'task', message('match-why-task-language', { taskLanguages: t.languages.join(', '), repLanguages: profile.rep.languages.join(', ') })));
  }
  if (!all && out.length) return out;
  if (pt.hoursPerMonth !== null && pt.hoursPerMonth > profile.hoursPerMonth) {
    add(violation('task-effort', 'task', message('match-why-task-effort', { taskHours: round1(pt.hoursPerMonth), repHours: round1(profile.hoursPerMonth) })));
  }
  if (!all && out.length) return out;
  if (INTERACTION_ORDER[t.interaction] > INTERACTION_ORDER[profile.ceiling]) {
    add(violation('task-interaction', 'task', message('match-why-task-interaction', { level: t.interaction, ceiling: profile.ceiling })));
  }
  if (!all && out.length) return out;
  const had = profile.taskHistory.get(t.id);
  if (had !== undefined) add(violation('task-already', 'task', message('match-why-task-already', { status: had })));
  return out;
}

export function coachViolations(profile: RepProfile, pc: PreparedCoach, all = true): Violation[] {
  const out: Violation[] = [];
  const c = pc.coach;
  const add = (v: Violation) => out.push(v);
  if (!c.active) add(violation('coach-inactive', 'coach', message('match-why-coach-inactive')));
  if (!all && out.length) return out;
  if (pc.free <= 0) add(violation('coach-full', 'coach', message('match-why-coach-full', { load: pc.load, capacity: c.capacity })));
  if (!all && out.length) return out;
  if (c.repId !== null && c.repId === profile.rep.id) add(violation('coach-self', 'coach', message('match-why-coach-self')));
  if (!all && out.length) return out;
  if (profile.avoidCoachIds.has(c.id)) add(violation('coach-avoided', 'coach', message('match-why-coach-avoided')));
  if (!all && out.length) return out;
  for (let i = 0; i < pc.teams.length; i++) {
    if (profile.avoidTeams.has(pc.teams[i]!)) {
      add(violation('coach-team-avoided', 'coach', message('match-why-coach-team-avoided', { team: c.teams[i]! })));
      break;
    }
  }
  if (!all && out.length) return out;
  if (languageMask(profile, pc.langs) === 0) {
    add(violation('coach-language', 'coach', message('match-why-coach-language', { coachLanguages: c.languages.join(', '), repLanguages: profile.rep.languages.join(', ') })));
  }
  return out;
}

/** Only meaningful when both sides pass their own checks. */
export function pairViolations(profile: RepProfile, pt: PreparedTask, pc: PreparedCoach): Violation[] {
  if ((languageMask(profile, pt.langs) & languageMask(profile, pc.langs)) !== 0) return [];
  return [
    violation(
      'pair-language',
      'pair',
      message('match-why-pair-language', { taskLanguages: pt.task.languages.join(', '), coachLanguages: pc.coach.languages.join(', ') }),
    ),
  ];
}

/** The first language (in the task's order) that the Rep, the task and the coach share, as the task spells it. */
export function sharedLanguage(profile: RepProfile, pt: PreparedTask, pc: PreparedCoach): string | null {
  for (const code of pt.task.languages) {
    const p = code.split('-')[0]!.toLowerCase();
    if (profile.langs.includes(p) && pc.langs.includes(p)) return code;
  }
  return null;
}
