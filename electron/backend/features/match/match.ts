import type { z } from 'zod';
import type { BatchPair, BatchPlan, ConversationInput, MatchChoice, MatchStart, MatchSuggestion, MatchSuggestions, WhyNotAnswer } from '../../../../shared/contract/match';
import { mayRead, redactFor } from '../../../../shared/domain/confidential';
import { proposedEngagement } from '../../../../shared/domain/engagements';
import { refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { solveBatch, solveGreedy } from '../../../../shared/matching/assignment';
import { OPEN_STATUSES } from '../../../../shared/matching/context';
import { batchProblem, planFromChoice, prepareMatchContext, suggestForRep, whyNot, type MatchContext, type Suggestion } from '../../../../shared/matching/suggest';
import type { Conversation, Engagement, Rep } from '../../../../shared/model/index';
import { isInTheFuture, instantOfDay } from '../../../../shared/time/calendar';
import { readerOf, userZone, type ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { changeStatus } from '../reps/status';

type ParsedConversation = z.output<typeof ConversationInput>;

// ------------------------------------------------------------------------------------------------
// The prepared context, one per backend, dropped when a change to what it is built from commits
// ------------------------------------------------------------------------------------------------

/** What matching reads: a committed change to any of these (or a new day) prepares it again. */
const MATCH_INPUTS: ReadonlySet<string> = new Set(['reps', 'tasks', 'coaches', 'engagements', 'surveys', 'conversations', 'settings']);

/**
 * The prepared match context. Preparing it indexes every Rep, task and coach, so it is kept until
 * a change event says one of its inputs changed, or the community's day turns (plan dates and
 * time zone offsets follow the day); then the next suggestion prepares it again.
 */
export class MatchContextCache {
  private built: MatchContext | null = null;

  constructor(private readonly source: Pick<ServiceContext, 'store' | 'now'>) {}

  get(): MatchContext {
    if (this.built) return this.built;
    const { store, now } = this.source;
    const c = store.collections;
    this.built = prepareMatchContext({
      reps: c.reps.all,
      tasks: c.tasks.all,
      coaches: c.coaches.all,
      engagements: c.engagements.all,
      surveys: c.surveys.all,
      conversations: c.conversations.all,
      settings: store.settings,
      referenceDate: now(),
    });
    return this.built;
  }

  apply(events: readonly { collection: string }[]): void {
    if (events.some((e) => MATCH_INPUTS.has(e.collection))) this.built = null;
  }

  /** Forgets the context (a new day, or derived state starting over); the next use prepares it. */
  reset(): void {
    this.built = null;
  }
}

export function matchContext(ctx: ServiceContext): MatchContext {
  return ctx.match.get();
}

// ------------------------------------------------------------------------------------------------
// The "why" conversation
// ------------------------------------------------------------------------------------------------

export function matchStart(ctx: ServiceContext, repId: string): MatchStart {
  const { reps, tasks, coaches } = ctx.store.collections;
  const rep = reps.require(repId, 'Rep');
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    rep: { id: rep.id, name: rep.name, status: rep.status, languages: rep.languages, hoursPerMonth: rep.hoursPerMonth, interests: rep.interests },
    tasks: tasks.all.map((t) => ({ id: t.id, title: t.title, status: t.status, interaction: t.interaction })).sort(byTitle),
    coaches: coaches.all.map((c) => ({ id: c.id, name: c.name, teams: c.teams, active: c.active })).sort(byName),
    teams: [...new Set(coaches.all.flatMap((c) => c.teams))].sort((a, b) => a.localeCompare(b)),
  };
}

export async function recordConversation(ctx: ServiceContext, input: ParsedConversation): Promise<Conversation> {
  const { reps, coaches } = ctx.store.collections;
  reps.require(input.repId, 'Rep');
  const known = new Set(ctx.store.settings.reasons.map((r) => r.id));
  input.reasons.forEach((r, i) => {
    if (!known.has(r.category)) throw refuse('BAD_INPUT', issue(`reasons.${i}.category`, 'refusal-reason-unknown', { category: r.category }));
  });
  const seen = new Set<string>();
  input.reasons.forEach((r, i) => {
    if (seen.has(r.category)) throw refuse('BAD_INPUT', issue(`reasons.${i}.category`, 'refusal-reason-twice', { category: r.category }));
    seen.add(r.category);
  });
  input.avoidCoachIds.forEach((id, i) => {
    if (!coaches.get(id)) throw refuse('BAD_INPUT', issue(`avoidCoachIds.${i}`, 'refusal-no-coach', { id }));
  });
  const now = ctx.now();
  const zone = userZone(ctx);
  if (isInTheFuture(input.date, now, zone)) throw refuse('BAD_INPUT', issue('date', 'refusal-conversation-future'));
  if (input.reached && input.reasons.length === 0 && input.wantsToContinue !== 'no') {
    throw refuse('BAD_INPUT', issue('reasons', 'refusal-reasons-needed'));
  }
  return createRecord(ctx, 'conversations', 'conv', {
    repId: input.repId,
    heldBy: input.heldBy ?? ctx.store.settings.currentUser.name,
    date: instantOfDay(input.date, now, zone),
    channel: input.channel,
    reached: input.reached,
    reasons: input.reasons,
    wantsToContinue: input.wantsToContinue,
    hoursPerMonth: input.hoursPerMonth,
    interests: input.interests,
    avoidCoachIds: input.avoidCoachIds,
    avoidTeams: input.avoidTeams,
    consentToShare: input.consentToShare,
    notes: input.notes,
  });
}

export function listConversations(ctx: ServiceContext, repId: string): { items: Conversation[]; redacted: boolean } {
  ctx.store.collections.reps.require(repId, 'Rep');
  const reader = readerOf(ctx);
  const items = ctx.store.collections.conversations.all
    .filter((c) => c.repId === repId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    .map((c) => redactFor(reader, 'conversations', c));
  return { items, redacted: !mayRead(reader, 'conversations') };
}

// ------------------------------------------------------------------------------------------------
// Suggestions, why not, choice
// ------------------------------------------------------------------------------------------------

function people(m: MatchContext, taskId: string, coachId: string) {
  const task = m.tasks.get(taskId)!.task;
  const coach = m.coaches.get(coachId)!.coach;
  return { taskId, taskTitle: task.title, interaction: task.interaction, coachId, coachName: coach.name, coachTeams: coach.teams, coachLanguages: coach.languages };
}

function withPeople(m: MatchContext, s: Suggestion): MatchSuggestion {
  return { ...people(m, s.taskId, s.coachId), rank: s.rank, score: s.score, points: s.points, reasons: s.reasons.map((r) => ({ ...r, args: { ...r.args } })) };
}

export function suggestions(ctx: ServiceContext, repId: string, limit: number): MatchSuggestions {
  const m = matchContext(ctx);
  const r = suggestForRep(m, repId, { limit });
  const p = r.profile;
  return {
    repId,
    suggestions: r.suggestions.map((s) => withPeople(m, s)),
    feasiblePairs: r.feasiblePairs,
    feasibleTasks: r.feasibleTasks,
    feasibleCoaches: r.feasibleCoaches,
    // ceilingReasons are confidential reason ids; the ceiling itself is what the screen needs.
    profile: { languages: p.languages, hoursPerMonth: p.hoursPerMonth, hoursFrom: p.hoursFrom, ceiling: p.ceiling, avoidCoachIds: p.avoidCoachIds, avoidTeams: p.avoidTeams },
  };
}

export function explainWhyNot(ctx: ServiceContext, repId: string, taskId?: string, coachId?: string): WhyNotAnswer {
  const m = matchContext(ctx);
  ctx.store.collections.reps.require(repId, 'Rep');
  const r = whyNot(m, repId, { taskId, coachId });
  const copy = <T extends { args: object }>(x: T) => ({ ...x, args: { ...x.args } });
  return {
    violations: r.violations.map(copy),
    best: r.best && {
      ...people(m, r.best.taskId, r.best.coachId),
      rank: r.best.rank,
      of: r.best.of,
      score: r.best.score,
      summary: { messageId: r.best.messageId, args: { ...r.best.args }, english: r.best.english },
    },
  };
}

const dateOnly = (iso: string) => iso.slice(0, 10);

/** Writes one chosen pair: the session (frozen suggestions), the proposed engagement, and the Rep's new status. */
async function createMatch(ctx: ServiceContext, m: MatchContext, repId: string, taskId: string, coachId: string, shown: Suggestion[], orientationCallAt: string | null): Promise<MatchChoice> {
  const now = ctx.now();
  const plan = planFromChoice(m, repId, { taskId, coachId, now, orientationCallAt, shown });
  const { conversations, reps } = ctx.store.collections;
  const conversation = conversations.all.filter((c) => c.repId === repId).sort((a, b) => b.date.localeCompare(a.date))[0];
  const names = people(m, taskId, coachId);
  const summary = plan.firstStep
    ? `First step “${plan.firstStep}” due ${dateOnly(plan.firstStepDueAt)}; the task is expected by ${dateOnly(plan.taskDueAt)}.`
    : `Expected by ${dateOnly(plan.taskDueAt)}.`;
  const user = ctx.store.settings.currentUser;
  let session = await createRecord(ctx, 'matchSessions', 'match', {
    repId,
    conversationId: conversation?.id ?? null,
    heldBy: user.name,
    suggestions: plan.session.suggestions,
    chosen: plan.session.chosen,
    engagementId: null,
    plan: summary.slice(0, 2_000),
  });
  const engagement: Engagement = await createRecord(ctx, 'engagements', 'eng', proposedEngagement(plan.engagement, session.id));
  session = await updateRecord(ctx, 'matchSessions', session.id, session.version, (s) => ({ ...s, engagementId: engagement.id }));
  const rep: Rep = reps.require(repId, 'Rep');
  if (rep.status !== 're-engaging') {
    await changeStatus(ctx, rep, 're-engaging', { cause: { messageId: 'status-cause-match', args: { task: names.taskTitle, coach: names.coachName } } });
  }
  return { engagement, session, taskTitle: names.taskTitle, coachName: names.coachName, firstStep: plan.firstStep, firstStepDueAt: plan.firstStepDueAt, taskDueAt: plan.taskDueAt };
}

export async function choosePair(ctx: ServiceContext, input: { repId: string; taskId: string; coachId: string; shown: number; orientationCallAt: string | null }): Promise<MatchChoice> {
  if (input.orientationCallAt !== null && Date.parse(input.orientationCallAt) < Date.parse(ctx.now())) {
    throw refuse('BAD_INPUT', issue('orientationCallAt', 'refusal-orientation-past'));
  }
  const m = matchContext(ctx);
  const shown = suggestForRep(m, input.repId, { limit: input.shown }).suggestions;
  return createMatch(ctx, m, input.repId, input.taskId, input.coachId, shown, input.orientationCallAt);
}

// ------------------------------------------------------------------------------------------------
// Batch matching
// ------------------------------------------------------------------------------------------------

/** Quiet Reps whose latest reached conversation says they want to continue, with nothing open yet. */
export function waitingReps(ctx: ServiceContext): BatchPlan['waiting'] {
  const { reps, conversations, engagements } = ctx.store.collections;
  const open = new Set(engagements.all.filter((e) => OPEN_STATUSES.has(e.status)).map((e) => e.repId));
  const latest = new Map<string, Conversation>();
  for (const c of conversations.all) {
    if (!c.reached) continue;
    const had = latest.get(c.repId);
    if (!had || had.date < c.date) latest.set(c.repId, c);
  }
  const out: BatchPlan['waiting'] = [];
  for (const r of reps.all) {
    if (r.status !== 'inactive' && r.status !== 'at-risk') continue;
    const c = latest.get(r.id);
    if (!c || c.wantsToContinue === 'no' || open.has(r.id)) continue;
    out.push({ id: r.id, name: r.name, status: r.status, conversationAt: c.date, wantsToContinue: c.wantsToContinue });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const ALTERNATIVES = 5;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export async function batchPlan(ctx: ServiceContext, timeLimitSeconds: number): Promise<BatchPlan> {
  const m = matchContext(ctx);
  const waiting = waitingReps(ctx);
  const problem = batchProblem(m, waiting.map((w) => w.id));
  const [best, greedy] = [await solveBatch(problem, { timeLimitSeconds }), solveGreedy(problem)];
  const pairs: BatchPair[] = best.assignments.map((a) => {
    const alternatives = suggestForRep(m, a.repId, { limit: ALTERNATIVES }).suggestions.map((s) => withPeople(m, s));
    const why = whyNot(m, a.repId, { taskId: a.taskId, coachId: a.coachId }).best!;
    return { ...people(m, a.taskId, a.coachId), repId: a.repId, repName: m.reps.get(a.repId)!.name, score: a.score, reasons: why.reasons.map((r) => ({ ...r, args: { ...r.args } })), alternatives };
  });
  const assigned = new Set(best.assignments.map((a) => a.repId));
  return {
    waiting,
    pairs,
    unassigned: waiting.filter((w) => !assigned.has(w.id)).map((w) => ({ id: w.id, name: w.name })),
    total: round6(best.objective),
    greedyTotal: round6(greedy.objective),
    greedyPairs: greedy.assignments.length,
    optimal: best.optimal,
    method: best.method,
  };
}

/**
 * Checks the whole plan against the current data before writing anything: every pair must meet
 * every hard constraint, no Rep twice, and together the pairs must fit the coaches' free places and
 * the tasks' free slots. Any problem refuses the whole plan, naming the pair.
 */
export async function acceptBatch(ctx: ServiceContext, pairs: { repId: string; taskId: string; coachId: string }[]): Promise<{ created: MatchChoice[] }> {
  const m = matchContext(ctx);
  const reps = new Set<string>();
  const coachUse = new Map<string, number>();
  const taskUse = new Map<string, number>();
  pairs.forEach((p, i) => {
    const where = `pairs.${i}`;
    if (!m.reps.has(p.repId)) throw refuse('BAD_INPUT', issue(`${where}.repId`, 'refusal-no-rep', { id: p.repId }));
    const name = m.reps.get(p.repId)!.name;
    if (reps.has(p.repId)) throw refuse('BAD_INPUT', issue(where, 'refusal-plan-twice', { name }));
    reps.add(p.repId);
    const why = whyNot(m, p.repId, { taskId: p.taskId, coachId: p.coachId });
    if (why.violations.length) {
      // The violations travel alongside: each has its own message id for the UI.
      const message = `${name} cannot have ${p.taskId} with ${p.coachId}: ${why.violations.map((v) => v.english).join('; ')}`;
      throw refuse('BAD_INPUT', { path: where, message }, { extra: { violations: why.violations } });
    }
    const c = (coachUse.get(p.coachId) ?? 0) + 1;
    coachUse.set(p.coachId, c);
    const pc = m.coaches.get(p.coachId)!;
    if (c > pc.free) throw refuse('BAD_INPUT', issue(where, 'refusal-plan-coach-full', { coach: pc.coach.name, count: c, free: pc.free }));
    const t = (taskUse.get(p.taskId) ?? 0) + 1;
    taskUse.set(p.taskId, t);
    const pt = m.tasks.get(p.taskId)!;
    if (t > pt.free) throw refuse('BAD_INPUT', issue(where, 'refusal-plan-task-full', { task: pt.task.title, count: t, free: pt.free }));
  });
  const created: MatchChoice[] = [];
  for (const p of pairs) {
    // Each write changes loads and slots, so the next pair is planned on a fresh context.
    const fresh = matchContext(ctx);
    const shown = suggestForRep(fresh, p.repId, { limit: ALTERNATIVES }).suggestions;
    created.push(await createMatch(ctx, fresh, p.repId, p.taskId, p.coachId, shown, null));
  }
  return { created };
}
