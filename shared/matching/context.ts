/**
 * The prepared matching context: everything about tasks and coaches that does not depend on the Rep
 * (loads, free slots, track records, time zone offsets, first-step size) is computed once, and tasks
 * and coaches are indexed by language so one Rep's suggestions only touch what they could share a
 * language with. `repProfile` then condenses what the Rep's record and conversations say.
 */
import { ApiError } from '../errors';
import type { Coach, Conversation, Engagement, EngagementStatus, InteractionLevel, MatchingWeights, Rep, Settings, Survey, Task } from '../model';
import { utcOffsetMinutes } from './timezone';

export interface MatchData {
  reps: readonly Rep[];
  tasks: readonly Task[];
  coaches: readonly Coach[];
  engagements: readonly Engagement[];
  surveys: readonly Survey[];
  conversations: readonly Conversation[];
  settings: Pick<Settings, 'matchingWeights' | 'reasons'>;
  /** "Now": time zone offsets are taken at this instant (daylight saving), and plans are dated from it. */
  referenceDate: string;
}

/** Engagements that hold a coach place and a task slot. */
export const OPEN_STATUSES: ReadonlySet<EngagementStatus> = new Set(['proposed', 'active', 'stalled']);
/** Sensitive whatever Settings says: DESIGN.md names them, and lowering them by a settings edit would be unsafe. */
export const ALWAYS_SENSITIVE: readonly string[] = ['interpersonal-conflict', 'bullying-toxicity'];
/** Not marked sensitive, but burnout also caps the interaction level (a returner should not face a crowd). */
export const CEILING_LIGHT_REASONS: readonly string[] = ['burnout'];
/** How many of the latest finished engagements count for a track record ("last 5: 4 completed"). */
export const RECORD_WINDOW = 5;

export interface TrackRecord {
  /** Finished (completed or abandoned) engagements among the latest RECORD_WINDOW finished ones. */
  finished: number;
  completed: number;
  /** Answered survey ratings counted (each 1–5 rating is one item). */
  surveys: number;
  /** Mean rating 1–5 over those items, or null. */
  rating: number | null;
  /** 0..1: mean of (completed+1)/(finished+2) and (Σ(rating−1)/4 + 0.5)/(items+1); 0.5 with no history. */
  score: number;
}

export interface PreparedTask {
  task: Task;
  /** Primary language subtags ("pt-BR" → "pt"), in the task's order, without duplicates. */
  langs: string[];
  open: number;
  free: number;
  /** Normalised interest terms: the area and the tags. */
  terms: string[];
  skills: string[];
  record: TrackRecord;
  /** effortHours spread over the task's duration, per 30 days, or null when not estimated. */
  hoursPerMonth: number | null;
}

export interface PreparedCoach {
  coach: Coach;
  langs: string[];
  teams: string[];
  load: number;
  free: number;
  record: TrackRecord;
  offset: number | null;
}

export interface MatchContext {
  data: MatchData;
  weights: MatchingWeights;
  sensitiveReasons: ReadonlySet<string>;
  referenceMs: number;
  reps: ReadonlyMap<string, Rep>;
  /** All tasks and coaches, by id. */
  tasks: ReadonlyMap<string, PreparedTask>;
  coaches: ReadonlyMap<string, PreparedCoach>;
  /** Published tasks with a free slot, by primary language. */
  tasksByLanguage: ReadonlyMap<string, readonly PreparedTask[]>;
  /** Active coaches with a free place, by primary language. */
  coachesByLanguage: ReadonlyMap<string, readonly PreparedCoach[]>;
  engagementsByRep: ReadonlyMap<string, readonly Engagement[]>;
  conversationsByRep: ReadonlyMap<string, readonly Conversation[]>;
}

export const primaryLanguage = (code: string): string => code.split('-')[0]!.toLowerCase();
/** "Common-Voice " and "common voice" are the same interest. */
export const normalizeTerm = (s: string): string => s.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
export const normalizeTeam = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

const finishedAt = (e: Engagement): string => e.completedAt ?? e.updatedAt;
const startedAt = (e: Engagement): string => e.startedAt ?? e.createdAt;

function trackRecord(engagements: readonly Engagement[], ratingsOf: (e: Engagement) => number[]): TrackRecord {
  const finished = engagements
    .filter((e) => e.status === 'completed' || e.status === 'abandoned')
    .sort((a, b) => (finishedAt(a) < finishedAt(b) ? 1 : finishedAt(a) > finishedAt(b) ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, RECORD_WINDOW);
  const completed = finished.filter((e) => e.status === 'completed').length;
  const ratings = engagements.flatMap(ratingsOf);
  const sum = ratings.reduce((s, r) => s + r, 0);
  const outcome = (completed + 1) / (finished.length + 2);
  const survey = (ratings.reduce((s, r) => s + (r - 1) / 4, 0) + 0.5) / (ratings.length + 1);
  return {
    finished: finished.length,
    completed,
    surveys: ratings.length,
    rating: ratings.length ? sum / ratings.length : null,
    score: (outcome + survey) / 2,
  };
}

export function prepareMatchContext(data: MatchData): MatchContext {
  const referenceMs = Date.parse(data.referenceDate);
  if (Number.isNaN(referenceMs)) throw new ApiError('BAD_INPUT', `Matching: referenceDate is not a date: ${data.referenceDate}`);

  const surveysByEngagement = groupBy(
    data.surveys.filter((s) => s.status === 'answered'),
    (s) => s.engagementId,
  );
  const engagementsByTask = groupBy(data.engagements, (e) => e.taskId);
  const engagementsByCoach = groupBy(data.engagements, (e) => e.coachId);
  const rated = (e: Engagement, pick: (s: Survey) => (number | null)[]): number[] =>
    (surveysByEngagement.get(e.id) ?? []).flatMap((s) => pick(s).filter((r): r is number => r !== null));

  const tasks = new Map<string, PreparedTask>();
  const tasksByLanguage = new Map<string, PreparedTask[]>();
  for (const task of data.tasks) {
    const own = engagementsByTask.get(task.id) ?? [];
    const open = own.filter((e) => OPEN_STATUSES.has(e.status)).length;
    const pt: PreparedTask = {
      task,
      langs: unique(task.languages.map(primaryLanguage)),
      open,
      free: task.slots - open,
      terms: unique([task.area, ...task.tags].map(normalizeTerm)),
      skills: unique(task.skills.map(normalizeTerm)),
      record: trackRecord(own, (e) => rated(e, (s) => [s.taskFit, s.goodExperience])),
      hoursPerMonth: task.effortHours === null ? null : task.effortHours / Math.max(1, task.expectedDays / 30),
    };
    tasks.set(task.id, pt);
    if (task.status !== 'published' || pt.free <= 0) continue;
    for (const l of pt.langs) {
      const list = tasksByLanguage.get(l);
      if (list) list.push(pt);
      else tasksByLanguage.set(l, [pt]);
    }
  }

  const coaches = new Map<string, PreparedCoach>();
  const coachesByLanguage = new Map<string, PreparedCoach[]>();
  for (const coach of data.coaches) {
    const own = engagementsByCoach.get(coach.id) ?? [];
    const load = own.filter((e) => OPEN_STATUSES.has(e.status)).length;
    const pc: PreparedCoach = {
      coach,
      langs: unique(coach.languages.map(primaryLanguage)),
      teams: coach.teams.map(normalizeTeam),
      load,
      free: coach.capacity - load,
      record: trackRecord(own, (e) => rated(e, (s) => [s.coachHelpful, s.goodExperience])),
      offset: utcOffsetMinutes(coach.timezone, referenceMs),
    };
    coaches.set(coach.id, pc);
    if (!coach.active || pc.free <= 0) continue;
    for (const l of pc.langs) {
      const list = coachesByLanguage.get(l);
      if (list) list.push(pc);
      else coachesByLanguage.set(l, [pc]);
    }
  }

  const sensitive = new Set<string>(ALWAYS_SENSITIVE);
  for (const r of data.settings.reasons) if (r.sensitive) sensitive.add(r.id);

  return {
    data,
    weights: data.settings.matchingWeights,
    sensitiveReasons: sensitive,
    referenceMs,
    reps: new Map(data.reps.map((r) => [r.id, r])),
    tasks,
    coaches,
    tasksByLanguage,
    coachesByLanguage,
    engagementsByRep: groupBy(data.engagements, (e) => e.repId),
    conversationsByRep: groupBy(data.conversations, (c) => c.repId),
  };
}

export interface RepProfile {
  rep: Rep;
  /** Primary subtags of the Rep's languages, in the Rep's order. */
  langs: string[];
  /** Hours a month: from the latest reached conversation that states it, else the Rep's record. */
  hoursPerMonth: number;
  hoursFrom: 'conversation' | 'rep';
  /** normalised term → the Rep's own wording; conversation interests, then the Rep's interests and areas. */
  interests: Map<string, string>;
  skills: Set<string>;
  ceiling: InteractionLevel;
  /** Reason ids (confidential) that lowered the ceiling; empty when it is 'moderate'. */
  ceilingReasons: string[];
  avoidCoachIds: Set<string>;
  /** normalised team → as the conversation spelled it. */
  avoidTeams: Map<string, string>;
  /** Tasks the Rep already has or had: task id → status of their latest engagement on it. */
  taskHistory: Map<string, EngagementStatus>;
  lastCoachId: string | null;
  pastCoachIds: Set<string>;
  offset: number | null;
}

const byDateThenId = <T extends { id: string }>(date: (x: T) => string) => (a: T, b: T): number =>
  date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * What matching needs to know about one Rep. Safety-relevant facts (reasons, people and teams to
 * avoid) are the union over ALL their conversations, so a later conversation that does not repeat
 * them never re-exposes a Rep to a team they reported; preferences (hours, interests) come from the
 * latest reached conversation that states them.
 */
export function repProfile(ctx: MatchContext, repId: string): RepProfile {
  const rep = ctx.reps.get(repId);
  if (!rep) throw new ApiError('NOT_FOUND', `Matching: there is no Rep ${repId}`, { repId });
  const conversations = [...(ctx.conversationsByRep.get(repId) ?? [])].sort(byDateThenId<Conversation>((c) => c.date)).reverse();
  const reached = conversations.filter((c) => c.reached);

  const withHours = reached.find((c) => c.hoursPerMonth !== null);
  const interests = new Map<string, string>();
  const latestInterests = reached.find((c) => c.interests.length > 0)?.interests ?? [];
  for (const i of [...latestInterests, ...rep.interests, ...rep.areas]) {
    const n = normalizeTerm(i);
    if (n && !interests.has(n)) interests.set(n, i);
  }

  const reasonIds = unique(conversations.flatMap((c) => c.reasons.map((r) => r.category)));
  const ceilingReasons = reasonIds.filter((r) => ctx.sensitiveReasons.has(r) || CEILING_LIGHT_REASONS.includes(r)).sort();
  const avoidTeams = new Map<string, string>();
  for (const c of conversations) for (const t of c.avoidTeams) if (!avoidTeams.has(normalizeTeam(t))) avoidTeams.set(normalizeTeam(t), t.trim());

  const engagements = [...(ctx.engagementsByRep.get(repId) ?? [])].sort(byDateThenId<Engagement>(startedAt));
  const taskHistory = new Map<string, EngagementStatus>();
  for (const e of engagements) taskHistory.set(e.taskId, e.status); // later engagements overwrite earlier ones

  return {
    rep,
    langs: unique(rep.languages.map(primaryLanguage)),
    hoursPerMonth: withHours?.hoursPerMonth ?? rep.hoursPerMonth,
    hoursFrom: withHours ? 'conversation' : 'rep',
    interests,
    skills: new Set(rep.skills.map(normalizeTerm)),
    ceiling: ceilingReasons.length > 0 ? 'light' : 'moderate',
    ceilingReasons,
    avoidCoachIds: new Set(conversations.flatMap((c) => c.avoidCoachIds)),
    avoidTeams,
    taskHistory,
    lastCoachId: engagements.at(-1)?.coachId ?? null,
    pastCoachIds: new Set(engagements.map((e) => e.coachId)),
    offset: utcOffsetMinutes(rep.timezone, ctx.referenceMs),
  };
}
