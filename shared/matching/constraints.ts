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

interface Check<T> {
  constraint: ConstraintId;
  fails: (profile: RepProfile, x: T) => boolean;
  explain: (profile: RepProfile, x: T) => ReturnType<typeof message>;
}

/**
 * One table per side: `fails` is the rule, `explain` the sentence, built only when asked for — the
 * suggestion path only needs yes/no and would spend most of its time formatting sentences otherwise.
 */
const TASK_CHECKS: readonly Check<PreparedTask>[] = [
  { constraint: 'task-not-published', fails: (_, pt) => pt.task.status !== 'published', explain: (_, pt) => message('match-why-task-not-published', { status: pt.task.status }) },
  { constraint: 'task-no-slot', fails: (_, pt) => pt.free <= 0, explain: (_, pt) => message('match-why-task-no-slot', { slots: pt.task.slots, open: pt.open }) },
  { constraint: 'task-no-language', fails: (_, pt) => pt.langs.length === 0, explain: () => message('match-why-task-no-language') },
  {
    constraint: 'task-language',
    fails: (p, pt) => pt.langs.length > 0 && languageMask(p, pt.langs) === 0,
    explain: (p, pt) => message('match-why-task-language', { taskLanguages: pt.task.languages.join(', '), repLanguages: p.rep.languages.join(', ') }),
  },
  {
    constraint: 'task-effort',
    fails: (p, pt) => pt.hoursPerMonth !== null && pt.hoursPerMonth > p.hoursPerMonth,
    explain: (p, pt) => message('match-why-task-effort', { taskHours: round1(pt.hoursPerMonth!), repHours: round1(p.hoursPerMonth) }),
  },
  {
    constraint: 'task-interaction',
    fails: (p, pt) => INTERACTION_ORDER[pt.task.interaction] > INTERACTION_ORDER[p.ceiling],
    explain: (p, pt) => message('match-why-task-interaction', { level: pt.task.interaction, ceiling: p.ceiling }),
  },
  { constraint: 'task-already', fails: (p, pt) => p.taskHistory.has(pt.task.id), explain: (p, pt) => message('match-why-task-already', { status: p.taskHistory.get(pt.task.id)! }) },
];

const avoidedTeam = (p: RepProfile, pc: PreparedCoach): number => pc.teams.findIndex((t) => p.avoidTeams.has(t));

const COACH_CHECKS: readonly Check<PreparedCoach>[] = [
  { constraint: 'coach-inactive', fails: (_, pc) => !pc.coach.active, explain: () => message('match-why-coach-inactive') },
  { constraint: 'coach-full', fails: (_, pc) => pc.free <= 0, explain: (_, pc) => message('match-why-coach-full', { load: pc.load, capacity: pc.coach.capacity }) },
  { constraint: 'coach-self', fails: (p, pc) => pc.coach.repId !== null && pc.coach.repId === p.rep.id, explain: () => message('match-why-coach-self') },
  { constraint: 'coach-avoided', fails: (p, pc) => p.avoidCoachIds.has(pc.coach.id), explain: () => message('match-why-coach-avoided') },
  {
    constraint: 'coach-team-avoided',
    fails: (p, pc) => p.avoidTeams.size > 0 && avoidedTeam(p, pc) >= 0,
    explain: (p, pc) => message('match-why-coach-team-avoided', { team: pc.coach.teams[avoidedTeam(p, pc)]! }),
  },
  {
    constraint: 'coach-language',
    fails: (p, pc) => languageMask(p, pc.langs) === 0,
    explain: (p, pc) => message('match-why-coach-language', { coachLanguages: pc.coach.languages.join(', '), repLanguages: p.rep.languages.join(', ') }),
  },
];

export function taskPasses(profile: RepProfile, pt: PreparedTask): boolean {
  for (const c of TASK_CHECKS) if (c.fails(profile, pt)) return false;
  return true;
}

export function coachPasses(profile: RepProfile, pc: PreparedCoach): boolean {
  for (const c of COACH_CHECKS) if (c.fails(profile, pc)) return false;
  return true;
}

/** Every constraint the task breaks, explained. */
export function taskViolations(profile: RepProfile, pt: PreparedTask): Violation[] {
  return TASK_CHECKS.filter((c) => c.fails(profile, pt)).map((c) => violation(c.constraint, 'task', c.explain(profile, pt)));
}

export function coachViolations(profile: RepProfile, pc: PreparedCoach): Violation[] {
  return COACH_CHECKS.filter((c) => c.fails(profile, pc)).map((c) => violation(c.constraint, 'coach', c.explain(profile, pc)));
}

/** Only meaningful when both sides pass their own checks. */
export function pairPasses(profile: RepProfile, pt: PreparedTask, pc: PreparedCoach): boolean {
  return (languageMask(profile, pt.langs) & languageMask(profile, pc.langs)) !== 0;
}

export function pairViolations(profile: RepProfile, pt: PreparedTask, pc: PreparedCoach): Violation[] {
  if (pairPasses(profile, pt, pc)) return [];
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
