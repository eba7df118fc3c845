/**
 * Suggestions for one Rep: ranked, explained (task, coach) pairs that meet every hard constraint
 * (constraints.ts), ordered by fit (factors.ts), ties by taskId then coachId. Also "why not?" for any
 * task, coach or pair, candidate triples for batch matching, and the plan a chosen pair becomes.
 *
 * How it stays fast at 20,000 tasks × 2,000 coaches: every constraint but the shared language is
 * one-sided and so is every factor, so the engine
 *   1. walks only the tasks and coaches indexed under the Rep's languages (prepared context),
 *   2. checks and scores each task and each coach once (not once per pair),
 *   3. groups them by which of the Rep's languages they share (a bit mask), and
 *   4. per compatible (task group, coach group) pairs only the top K tasks with the top K coaches —
 *      exact, because fit = taskPoints + coachPoints in integers: a task outside its group's top K
 *      is beaten, on the same coach, by K better tasks (ties go to the smaller taskId) and likewise
 *      for coaches — then sorts those few candidates.
 * `suggestNaive` is the plain full scan of every task × coach pair, kept for tests and the benchmark.
 */
import { ApiError, refuse } from '../errors';
import type { z } from 'zod';
import type { MatchSuggestionSnapshot } from '../model';
import type { Candidate, BatchProblem } from './assignment';
import { prepareMatchContext, repProfile, type MatchContext, type MatchData, type PreparedCoach, type PreparedTask, type RepProfile } from './context';
import { coachPasses, coachViolations, languageMask, pairPasses, pairViolations, taskPasses, taskViolations, type Violation } from './constraints';
import { message, type MessageArgs, type MatchMessageId } from './explain';
import { coachPoints, explainPair, POINTS_SCALE, taskPoints, weighting, type Reason, type Weighting } from './factors';

export { prepareMatchContext, repProfile, type MatchContext, type MatchData, type RepProfile };
export type { Reason, Violation };

export const DEFAULT_LIMIT = 20;

/** One suggestion as MatchSession.suggestions stores it. */
export type SuggestionSnapshot = z.infer<typeof MatchSuggestionSnapshot>;

export interface SuggestOptions {
  /** How many suggestions to return (default 20); Infinity returns every possible pair. */
  limit?: number;
}

export interface Suggestion {
  /** 1-based position in the full ranking. */
  rank: number;
  taskId: string;
  coachId: string;
  /** Fit in 0..1: Σ weight·score / Σ weight. */
  score: number;
  /** The same fit in integer millionths; what the ranking compares. */
  points: number;
  reasons: Reason[];
}

export interface SuggestionResult {
  repId: string;
  suggestions: Suggestion[];
  /** How many possible pairs exist in all (the suggestions are the best of these). */
  feasiblePairs: number;
  /** Tasks and coaches that passed their own constraints. */
  feasibleTasks: number;
  feasibleCoaches: number;
  /** What the Rep's record and conversations set; ceilingReasons are confidential reason ids. */
  profile: ProfileSummary;
}

export interface ProfileSummary {
  languages: string[];
  hoursPerMonth: number;
  hoursFrom: 'conversation' | 'rep';
  ceiling: 'light' | 'moderate';
  ceilingReasons: string[];
  avoidCoachIds: string[];
  avoidTeams: string[];
  lastCoachId: string | null;
}

interface Scored<T> {
  item: T;
  points: number;
}

interface Group<T> {
  mask: number;
  members: Scored<T>[];
}

interface Feasible {
  profile: RepProfile;
  w: Weighting;
  tasks: Group<PreparedTask>[];
  coaches: Group<PreparedCoach>[];
}

const cmpIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTask = (a: Scored<PreparedTask>, b: Scored<PreparedTask>) => b.points - a.points || cmpIds(a.item.task.id, b.item.task.id);
const byCoach = (a: Scored<PreparedCoach>, b: Scored<PreparedCoach>) => b.points - a.points || cmpIds(a.item.coach.id, b.item.coach.id);

interface Pair {
  pt: PreparedTask;
  pc: PreparedCoach;
  points: number;
}
const byPair = (a: Pair, b: Pair) => b.points - a.points || cmpIds(a.pt.task.id, b.pt.task.id) || cmpIds(a.pc.coach.id, b.pc.coach.id);

function summary(p: RepProfile): ProfileSummary {
  return {
    languages: [...p.rep.languages],
    hoursPerMonth: p.hoursPerMonth,
    hoursFrom: p.hoursFrom,
    ceiling: p.ceiling === 'moderate' ? 'moderate' : 'light',
    ceilingReasons: [...p.ceilingReasons],
    avoidCoachIds: [...p.avoidCoachIds].sort(),
    avoidTeams: [...p.avoidTeams.values()],
    lastCoachId: p.lastCoachId,
  };
}

/** Steps 1–3: the one-sided filters and scores, grouped by language mask. */
function collect(ctx: MatchContext, profile: RepProfile): Feasible {
  const w = weighting(ctx);
  const taskGroups = new Map<number, Group<PreparedTask>>();
  const seenTasks = new Set<PreparedTask>();
  const coachGroups = new Map<number, Group<PreparedCoach>>();
  const seenCoaches = new Set<PreparedCoach>();
  for (const lang of profile.langs) {
    for (const pt of ctx.tasksByLanguage.get(lang) ?? []) {
      if (seenTasks.has(pt)) continue;
      seenTasks.add(pt);
      if (!taskPasses(profile, pt)) continue;
      const mask = languageMask(profile, pt.langs);
      let g = taskGroups.get(mask);
      if (!g) taskGroups.set(mask, (g = { mask, members: [] }));
      g.members.push({ item: pt, points: taskPoints(w, profile, pt) });
    }
    for (const pc of ctx.coachesByLanguage.get(lang) ?? []) {
      if (seenCoaches.has(pc)) continue;
      seenCoaches.add(pc);
      if (!coachPasses(profile, pc)) continue;
      const mask = languageMask(profile, pc.langs);
      let g = coachGroups.get(mask);
      if (!g) coachGroups.set(mask, (g = { mask, members: [] }));
      g.members.push({ item: pc, points: coachPoints(w, profile, pc) });
    }
  }
  return { profile, w, tasks: [...taskGroups.values()], coaches: [...coachGroups.values()] };
}

/**
 * The best `k` of `xs` in `cmp` order, sorted. A bounded binary heap whose root is the worst kept
 * element: O(n log k) instead of sorting everything.
 */
export function topK<T>(xs: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (k >= xs.length) return [...xs].sort(cmp);
  if (k <= 0) return [];
  const heap: T[] = [];
  const worse = (i: number, j: number) => cmp(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  for (const x of xs) {
    if (heap.length < k) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (cmp(x, heap[0]!) < 0) {
      heap[0] = x;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < k && worse(l, m)) m = l;
        if (r < k && worse(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort(cmp);
}

function countPairs(f: Feasible): number {
  let n = 0;
  for (const g of f.tasks) for (const h of f.coaches) if (g.mask & h.mask) n += g.members.length * h.members.length;
  return n;
}

function toSuggestion(w: Weighting, profile: RepProfile, p: Pair, rank: number): Suggestion {
  return {
    rank,
    taskId: p.pt.task.id,
    coachId: p.pc.coach.id,
    score: p.points / POINTS_SCALE,
    points: p.points,
    reasons: explainPair(w, profile, p.pt, p.pc),
  };
}

function limitOf(opts: SuggestOptions): number {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  if (!(limit >= 0)) throw new ApiError('BAD_INPUT', `Matching: limit must be a number ≥ 0 (got ${limit})`);
  return limit;
}

/** Step 4: the top `limit` pairs, unexplained. */
function bestPairs(f: Feasible, limit: number): Pair[] {
  const pairs: Pair[] = [];
  const tops = new Map<Group<PreparedCoach>, Scored<PreparedCoach>[]>();
  for (const g of f.tasks) {
    const ts = topK(g.members, limit, byTask);
    for (const h of f.coaches) {
      if (!(g.mask & h.mask)) continue;
      let cs = tops.get(h);
      if (!cs) tops.set(h, (cs = topK(h.members, limit, byCoach)));
      for (const t of ts) for (const c of cs) pairs.push({ pt: t.item, pc: c.item, points: t.points + c.points });
    }
  }
  return topK(pairs, limit, byPair);
}

export function suggestForRep(ctx: MatchContext, repId: string, opts: SuggestOptions = {}): SuggestionResult {
  const limit = limitOf(opts);
  const profile = repProfile(ctx, repId);
  const f = collect(ctx, profile);
  return {
    repId,
    suggestions: bestPairs(f, limit).map((p, i) => toSuggestion(f.w, profile, p, i + 1)),
    feasiblePairs: countPairs(f),
    feasibleTasks: f.tasks.reduce((s, g) => s + g.members.length, 0),
    feasibleCoaches: f.coaches.reduce((s, g) => s + g.members.length, 0),
    profile: summary(profile),
  };
}

/**
 * The baseline: every task × every coach, every constraint checked per pair, every possible pair
 * scored and the whole list sorted. Same result as suggestForRep, by construction much slower.
 */
export function suggestNaive(ctx: MatchContext, repId: string, opts: SuggestOptions = {}): SuggestionResult {
  const limit = limitOf(opts);
  const profile = repProfile(ctx, repId);
  const w = weighting(ctx);
  const all: Pair[] = [];
  const tasks = new Set<PreparedTask>();
  const coaches = new Set<PreparedCoach>();
  for (const pt of ctx.tasks.values()) {
    for (const pc of ctx.coaches.values()) {
      if (!taskPasses(profile, pt) || !coachPasses(profile, pc) || !pairPasses(profile, pt, pc)) continue;
      all.push({ pt, pc, points: taskPoints(w, profile, pt) + coachPoints(w, profile, pc) });
      tasks.add(pt);
      coaches.add(pc);
    }
  }
  all.sort(byPair);
  return {
    repId,
    suggestions: all.slice(0, limit).map((p, i) => toSuggestion(w, profile, p, i + 1)),
    feasiblePairs: all.length,
    // Counted from pairs, so a task with no partner coach is not counted here (unlike suggestForRep).
    feasibleTasks: tasks.size,
    feasibleCoaches: coaches.size,
    profile: summary(profile),
  };
}

// ------------------------------------------------------------------------------------------------
// Why not?
// ------------------------------------------------------------------------------------------------

export interface WhyNotQuery {
  taskId?: string;
  coachId?: string;
}

export interface PairStanding {
  taskId: string;
  coachId: string;
  rank: number;
  score: number;
  points: number;
  /** How many possible pairs there are in all. */
  of: number;
  reasons: Reason[];
  messageId: MatchMessageId;
  args: MessageArgs;
  english: string;
}

export interface WhyNotResult {
  repId: string;
  taskId: string | null;
  coachId: string | null;
  /** Every hard constraint that excludes the task, the coach or the pair; empty ⇔ possible. */
  violations: Violation[];
  /** For a pair: its standing when possible. For a task or coach alone: its best pair, if any. */
  best: PairStanding | null;
}

/** 1-based rank of a possible pair: 1 + the number of possible pairs that come before it. */
function rankOf(f: Feasible, target: Pair): number {
  let before = 0;
  const tId = target.pt.task.id;
  const cId = target.pc.coach.id;
  for (const h of f.coaches) {
    const sorted = [...h.members].sort(byCoach);
    const pts = sorted.map((c) => c.points);
    // Index of the first coach whose points are < x (pts descending).
    const firstBelow = (x: number) => {
      let lo = 0;
      let hi = pts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pts[mid]! >= x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const g of f.tasks) {
      if (!(g.mask & h.mask)) continue;
      for (const t of g.members) {
        const need = target.points - t.points; // the coach points that tie the target
        const above = firstBelow(need + 1); // strictly more points: they come first
        before += above;
        const tie = firstBelow(need) - above;
        if (tie === 0) continue;
        const id = t.item.task.id;
        if (id < tId) before += tie;
        else if (id === tId) for (let i = above; i < above + tie; i++) if (sorted[i]!.item.coach.id < cId) before++;
      }
    }
  }
  return before + 1;
}

function standing(f: Feasible, pt: PreparedTask, pc: PreparedCoach, total: number): PairStanding {
  const points = taskPoints(f.w, f.profile, pt) + coachPoints(f.w, f.profile, pc);
  const p: Pair = { pt, pc, points };
  const rank = rankOf(f, p);
  const m = message('match-why-feasible', { rank, total, percent: Math.round((100 * points) / POINTS_SCALE) });
  return { taskId: pt.task.id, coachId: pc.coach.id, rank, score: points / POINTS_SCALE, points, of: total, reasons: explainPair(f.w, f.profile, pt, pc), ...m };
}

/**
 * Why a task, a coach or a pair is not suggested: every hard constraint that excludes it (with message
 * id, arguments and English). When nothing excludes it, `best` gives its rank and fit (for a task or
 * coach alone: its best pair). Unknown ids come back as a violation, not an exception, so the UI can
 * show them like any other answer.
 */
export function whyNot(ctx: MatchContext, repId: string, query: WhyNotQuery): WhyNotResult {
  if (query.taskId === undefined && query.coachId === undefined) {
    throw new ApiError('BAD_INPUT', 'Matching: whyNot needs a taskId, a coachId or both');
  }
  const profile = repProfile(ctx, repId);
  const pt = query.taskId === undefined ? undefined : ctx.tasks.get(query.taskId);
  const pc = query.coachId === undefined ? undefined : ctx.coaches.get(query.coachId);
  const violations: Violation[] = [];
  if (query.taskId !== undefined && !pt) {
    violations.push({ constraint: 'task-unknown', subject: 'task', ...message('match-why-task-unknown', { taskId: query.taskId }) });
  }
  if (query.coachId !== undefined && !pc) {
    violations.push({ constraint: 'coach-unknown', subject: 'coach', ...message('match-why-coach-unknown', { coachId: query.coachId }) });
  }
  if (pt) violations.push(...taskViolations(profile, pt));
  if (pc) violations.push(...coachViolations(profile, pc));
  const result = { repId, taskId: query.taskId ?? null, coachId: query.coachId ?? null, violations, best: null };
  if (violations.length) return result;

  const f = collect(ctx, profile);
  const total = countPairs(f);
  if (pt && pc) {
    violations.push(...pairViolations(profile, pt, pc));
    return violations.length ? result : { ...result, best: standing(f, pt, pc, total) };
  }
  // One side only: its best partner among the other side's possible members.
  const mask = languageMask(profile, (pt ?? pc)!.langs);
  let best: Pair | null = null;
  if (pt) {
    const own = taskPoints(f.w, profile, pt);
    for (const h of f.coaches) {
      if (!(h.mask & mask) || !h.members.length) continue;
      const c = topK(h.members, 1, byCoach)[0]!;
      const cand = { pt, pc: c.item, points: own + c.points };
      if (!best || byPair(cand, best) < 0) best = cand;
    }
    if (!best) violations.push({ constraint: 'task-no-coach', subject: 'task', ...message('match-why-task-no-coach') });
  } else {
    const own = coachPoints(f.w, profile, pc!);
    for (const g of f.tasks) {
      if (!(g.mask & mask) || !g.members.length) continue;
      const t = topK(g.members, 1, byTask)[0]!;
      const cand = { pt: t.item, pc: pc!, points: t.points + own };
      if (!best || byPair(cand, best) < 0) best = cand;
    }
    if (!best) violations.push({ constraint: 'coach-no-task', subject: 'coach', ...message('match-why-coach-no-task') });
  }
  return best ? { ...result, best: standing(f, best.pt, best.pc, total) } : result;
}

// ------------------------------------------------------------------------------------------------
// Batch matching input
// ------------------------------------------------------------------------------------------------

export interface BatchCandidateOptions {
  /** Best pairs kept per Rep (default 30). More keeps the optimum closer to the unrestricted one. */
  perRep?: number;
}

/**
 * The triples solveBatch needs: each Rep's best `perRep` possible pairs, score = fit (0..1). A fit of
 * exactly 0 (e.g. all weights 0) is raised to one millionth, because solveBatch ignores candidates
 * ≤ 0 and any possible pair is better than leaving a Rep waiting.
 */
export function candidatesForBatch(ctx: MatchContext, repIds: readonly string[], opts: BatchCandidateOptions = {}): Candidate[] {
  const perRep = opts.perRep ?? 30;
  const out: Candidate[] = [];
  for (const repId of [...new Set(repIds)]) {
    const f = collect(ctx, repProfile(ctx, repId));
    for (const p of bestPairs(f, perRep)) {
      out.push({ repId, taskId: p.pt.task.id, coachId: p.pc.coach.id, score: Math.max(1, p.points) / POINTS_SCALE });
    }
  }
  return out;
}

/** A complete BatchProblem: the candidates, with the coaches' free places and the tasks' free slots. */
export function batchProblem(ctx: MatchContext, repIds: readonly string[], opts: BatchCandidateOptions = {}): BatchProblem {
  const candidates = candidatesForBatch(ctx, repIds, opts);
  const coachIds = [...new Set(candidates.map((c) => c.coachId))].sort();
  const taskIds = [...new Set(candidates.map((c) => c.taskId))].sort();
  return {
    reps: [...new Set(repIds)],
    coaches: coachIds.map((id) => ({ id, capacity: Math.max(0, ctx.coaches.get(id)!.free) })),
    tasks: taskIds.map((id) => ({ id, slots: Math.max(0, ctx.tasks.get(id)!.free) })),
    candidates,
  };
}

// ------------------------------------------------------------------------------------------------
// From choice to plan
// ------------------------------------------------------------------------------------------------

export interface PlanInput {
  taskId: string;
  coachId: string;
  /** ISO date-time the plan starts from (the session's "now"). */
  now: string;
  /** Optional orientation call for returners, as chosen by the mentor. */
  orientationCallAt?: string | null;
  /** The suggestions that were on screen, frozen into the session. */
  shown: readonly Suggestion[];
}

export interface EngagementPlan {
  /** Fields for a new Engagement record (status 'proposed'); dueAt is the first step's due date. */
  engagement: {
    repId: string;
    taskId: string;
    coachId: string;
    status: 'proposed';
    steps: { text: string; done: boolean }[];
    dueAt: string;
    orientationCallAt: string | null;
  };
  firstStep: string | null;
  firstStepDueAt: string;
  /** When the whole task is expected to be done: now + expectedDays. */
  taskDueAt: string;
  /** Fields for the MatchSession record: what was shown (English text frozen) and what was chosen. */
  session: { suggestions: SuggestionSnapshot[]; chosen: { taskId: string; coachId: string } };
}

const DAY_MS = 86_400_000;

/** Days until the first step is due: the task's duration shared over its steps, between 2 and 7 days. */
export function firstStepDays(expectedDays: number, steps: number): number {
  return Math.min(7, Math.max(2, Math.ceil(expectedDays / Math.max(1, steps))));
}

export function toSnapshot(s: Suggestion): SuggestionSnapshot {
  return { taskId: s.taskId, coachId: s.coachId, score: s.score, reasons: s.reasons.map((r) => ({ factor: r.factor, score: r.score, text: r.english })) };
}

/**
 * Turns the chosen pair into a proposed engagement and the session's frozen record. Re-checks the
 * hard constraints against the current data: a pair that became impossible since it was shown
 * (coach filled up, slot taken) is refused with the reasons.
 */
export function planFromChoice(ctx: MatchContext, repId: string, input: PlanInput): EngagementPlan {
  const nowMs = Date.parse(input.now);
  if (Number.isNaN(nowMs)) throw new ApiError('BAD_INPUT', `Matching: now is not a date: ${input.now}`);
  const why = whyNot(ctx, repId, { taskId: input.taskId, coachId: input.coachId });
  if (why.violations.length) {
    throw refuse('CONFLICT', { path: '', message: `This pair is no longer possible: ${why.violations.map((v) => v.english).join('; ')}` }, { extra: { violations: why.violations } });
  }
  const task = ctx.tasks.get(input.taskId)!.task;
  const days = firstStepDays(task.expectedDays, task.steps.length);
  const firstStepDueAt = new Date(nowMs + days * DAY_MS).toISOString();
  return {
    engagement: {
      repId,
      taskId: task.id,
      coachId: input.coachId,
      status: 'proposed',
      steps: task.steps.map((text) => ({ text, done: false })),
      dueAt: firstStepDueAt,
      orientationCallAt: input.orientationCallAt ?? null,
    },
    firstStep: task.steps[0] ?? null,
    firstStepDueAt,
    taskDueAt: new Date(nowMs + task.expectedDays * DAY_MS).toISOString(),
    session: { suggestions: input.shown.map(toSnapshot), chosen: { taskId: task.id, coachId: input.coachId } },
  };
}

/** One call for callers that hold raw collections: prepare, then suggest. */
export function suggest(data: MatchData, repId: string, opts: SuggestOptions = {}): SuggestionResult {
  return suggestForRep(prepareMatchContext(data), repId, opts);
}
