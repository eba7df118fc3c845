/**
 * Soft factors, each a score in 0..1 (higher is better) with the sentence that explains it.
 *
 * - interest: the task's area and tags that the Rep named as interests (latest conversation, Rep
 *   record, functional areas), compared normalised ("Common Voice" = "common-voice"):
 *   min(1, matched / min(2, terms)) — two matching terms (or the only one) are a full match.
 * - skill: the share of the task's skills the Rep has; 1 when the task needs none.
 * - timezone: hours of a 09:00–21:00 day the Rep and coach share, /12, with UTC offsets at the
 *   reference date; 0.5 when either zone is unknown.
 * - coachLoad: free places / capacity.
 * - coachRecord, taskRecord (each half of the trackRecord weight): see TrackRecord.score — Laplace
 *   smoothed completion rate over the last 5 finished engagements, averaged with the smoothed mean
 *   survey rating; exactly 0.5 (neutral prior) without history.
 * - variety: 1 for a coach the Rep never worked with, 0.5 for one they had before but not last
 *   time, 0 for their last coach.
 * - smallStep: ½·4/(4+effortHours) + ½·1/(1+first-step hours), first step = effort / number of steps;
 *   0.5 when the effort is not estimated.
 *
 * The fit of a pair is Σ weight·score / Σ weight, kept as integer millionths ("points") per factor
 * so sums are exact: every factor depends on the task or on the coach alone, never both, so
 * fit(task, coach) = taskPoints(task) + coachPoints(coach) exactly, which the engine's top-K relies on.
 */
import type { MatchingWeights } from '../model';
import type { MatchContext, PreparedCoach, PreparedTask, RepProfile, TrackRecord } from './context';
import { round1, sharedLanguage } from './constraints';
import { message, type Message } from './explain';
import { sharedDaytimeHours } from './timezone';

export const TASK_FACTORS = ['interest', 'skill', 'taskRecord', 'smallStep'] as const;
export const COACH_FACTORS = ['timezone', 'coachLoad', 'coachRecord', 'variety'] as const;
export type TaskFactor = (typeof TASK_FACTORS)[number];
export type CoachFactor = (typeof COACH_FACTORS)[number];
export type Factor = TaskFactor | CoachFactor;
/** Satisfied hard constraints that are shown as sentences too ("speaks Spanish"); never scored. */
export type ShownConstraint = 'language' | 'availability' | 'interaction';

export const POINTS_SCALE = 1_000_000;

/** Each factor's share of Σ weights; trackRecord is split evenly between coach and task. */
export function factorWeights(w: MatchingWeights): Record<Factor, number> {
  return {
    interest: w.interest,
    skill: w.skill,
    taskRecord: w.trackRecord / 2,
    smallStep: w.smallStep,
    timezone: w.timezone,
    coachLoad: w.coachLoad,
    coachRecord: w.trackRecord / 2,
    variety: w.variety,
  };
}

export function totalWeight(w: MatchingWeights): number {
  return w.interest + w.skill + w.trackRecord + w.smallStep + w.timezone + w.coachLoad + w.variety;
}

/** Integer millionths of the fit that one factor contributes. */
export function factorPoints(weight: number, total: number, score: number): number {
  return total > 0 ? Math.round((POINTS_SCALE * weight * score) / total) : 0;
}

function interestMatches(profile: RepProfile, pt: PreparedTask): string[] {
  const out: string[] = [];
  for (const term of pt.terms) {
    const own = profile.interests.get(term);
    if (own !== undefined) out.push(own);
  }
  return out;
}

function skillMatches(profile: RepProfile, pt: PreparedTask): number[] {
  const out: number[] = [];
  pt.skills.forEach((s, i) => {
    if (profile.skills.has(s)) out.push(i);
  });
  return out;
}

export function taskFactorScores(profile: RepProfile, pt: PreparedTask): Record<TaskFactor, number> {
  const interests = interestMatches(profile, pt).length;
  const skills = pt.skills.length === 0 ? 1 : skillMatches(profile, pt).length / pt.skills.length;
  return {
    interest: pt.terms.length === 0 ? 0 : Math.min(1, interests / Math.min(2, pt.terms.length)),
    skill: skills,
    taskRecord: pt.record.score,
    smallStep: smallStepScore(pt),
  };
}

function firstStepHours(pt: PreparedTask): number | null {
  const effort = pt.task.effortHours;
  return effort === null ? null : effort / Math.max(1, pt.task.steps.length);
}

function smallStepScore(pt: PreparedTask): number {
  const effort = pt.task.effortHours;
  if (effort === null) return 0.5;
  return 0.5 * (4 / (4 + effort)) + 0.5 * (1 / (1 + firstStepHours(pt)!));
}

export function coachFactorScores(profile: RepProfile, pc: PreparedCoach): Record<CoachFactor, number> {
  const tz = profile.offset === null || pc.offset === null ? 0.5 : sharedDaytimeHours(profile.offset, pc.offset).shared / 12;
  const variety = pc.coach.id === profile.lastCoachId ? 0 : profile.pastCoachIds.has(pc.coach.id) ? 0.5 : 1;
  return {
    timezone: tz,
    coachLoad: pc.coach.capacity > 0 ? Math.max(0, pc.free) / pc.coach.capacity : 0,
    coachRecord: pc.record.score,
    variety,
  };
}

export interface Weighting {
  weights: Record<Factor, number>;
  total: number;
}

export function weighting(ctx: MatchContext): Weighting {
  return { weights: factorWeights(ctx.weights), total: totalWeight(ctx.weights) };
}

/** Σ of the task factors' points, summed in TASK_FACTORS order. */
export function taskPoints(w: Weighting, profile: RepProfile, pt: PreparedTask): number {
  const s = taskFactorScores(profile, pt);
  let sum = 0;
  for (const f of TASK_FACTORS) sum += factorPoints(w.weights[f], w.total, s[f]);
  return sum;
}

export function coachPoints(w: Weighting, profile: RepProfile, pc: PreparedCoach): number {
  const s = coachFactorScores(profile, pc);
  let sum = 0;
  for (const f of COACH_FACTORS) sum += factorPoints(w.weights[f], w.total, s[f]);
  return sum;
}

// ------------------------------------------------------------------------------------------------
// Explanations
// ------------------------------------------------------------------------------------------------

export interface Reason extends Message {
  factor: Factor | ShownConstraint;
  /** 'factor' reasons are scored; 'constraint' reasons say which hard constraint the pair meets. */
  kind: 'factor' | 'constraint';
  /** 0..1 (1 for met constraints). */
  score: number;
  /** The weight from Settings behind this factor (half of trackRecord for each record); 0 for constraints. */
  weight: number;
  /** Millionths of the fit this reason contributes. */
  points: number;
  english: string;
}

function recordMessage(who: 'coach' | 'task', r: TrackRecord): ReturnType<typeof message> {
  if (r.finished === 0 && r.surveys === 0) return message(who === 'coach' ? 'match-reason-coach-record-none' : 'match-reason-task-record-none');
  return message(who === 'coach' ? 'match-reason-coach-record' : 'match-reason-task-record', {
    finished: r.finished,
    completed: r.completed,
    surveys: r.surveys,
    rating: r.rating === null ? '–' : round1(r.rating),
  });
}

/** The sentences for one pair: met constraints first, then factors by the points they add. */
export function explainPair(w: Weighting, profile: RepProfile, pt: PreparedTask, pc: PreparedCoach): Reason[] {
  const t = pt.task;
  const constraint = (factor: ShownConstraint, m: ReturnType<typeof message>): Reason => ({ factor, kind: 'constraint', score: 1, weight: 0, points: 0, ...m });
  const shown: Reason[] = [
    constraint('language', message('match-reason-language', { language: sharedLanguage(profile, pt, pc) ?? '' })),
    constraint(
      'availability',
      pt.hoursPerMonth === null
        ? message('match-reason-availability-unknown', { repHours: round1(profile.hoursPerMonth) })
        : message('match-reason-availability', { taskHours: round1(pt.hoursPerMonth), repHours: round1(profile.hoursPerMonth) }),
    ),
    constraint('interaction', message(profile.ceiling === 'moderate' ? 'match-reason-interaction' : 'match-reason-interaction-quiet', { level: t.interaction })),
  ];

  const ts = taskFactorScores(profile, pt);
  const cs = coachFactorScores(profile, pc);
  const interests = interestMatches(profile, pt);
  const skillIdx = skillMatches(profile, pt);
  const step = firstStepHours(pt);
  let tz: ReturnType<typeof message>;
  if (profile.offset === null || pc.offset === null) tz = message('match-reason-timezone-unknown');
  else {
    const { apart, shared } = sharedDaytimeHours(profile.offset, pc.offset);
    tz = apart === 0 ? message('match-reason-timezone-same') : message('match-reason-timezone', { hours: round1(apart), overlap: round1(shared) });
  }
  const messages: Record<Factor, ReturnType<typeof message>> = {
    interest: interests.length ? message('match-reason-interest', { interests: interests.join(', '), count: interests.length }) : message('match-reason-interest-none'),
    skill:
      pt.skills.length === 0 ? message('match-reason-skill-none-needed')
      : skillIdx.length === 0 ? message('match-reason-skill-new', { skills: t.skills.join(', ') })
      : message('match-reason-skill', { count: skillIdx.length, total: pt.skills.length, skills: skillIdx.map((i) => t.skills[i]).join(', ') }),
    taskRecord: recordMessage('task', pt.record),
    smallStep:
      step === null ? message('match-reason-small-step-unknown')
      : t.steps.length === 0 ? message('match-reason-small-step-no-steps', { effort: round1(t.effortHours!) })
      : message('match-reason-small-step', { step: t.steps[0]!, hours: round1(step), steps: t.steps.length }),
    timezone: tz,
    coachLoad: message('match-reason-coach-load', { free: Math.max(0, pc.free), capacity: pc.coach.capacity }),
    coachRecord: recordMessage('coach', pc.record),
    variety: message(cs.variety === 1 ? 'match-reason-variety-new' : cs.variety === 0 ? 'match-reason-variety-same' : 'match-reason-variety-earlier'),
  };
  const scores: Record<Factor, number> = { ...ts, ...cs };
  const factors: Reason[] = [...TASK_FACTORS, ...COACH_FACTORS].map((f) => ({
    factor: f,
    kind: 'factor',
    score: scores[f],
    weight: w.weights[f],
    points: factorPoints(w.weights[f], w.total, scores[f]),
    ...messages[f],
  }));
  // Stable sort: equal points keep the fixed factor order.
  factors.sort((a, b) => b.points - a.points);
  return [...shown, ...factors];
}
