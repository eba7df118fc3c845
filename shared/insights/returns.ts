/**
 * What brings people back.
 *
 * - Return rate. Each engagement completed in the range is one observation. The Rep "returned" when
 *   they have a significant activity within RETURN_WINDOW_DAYS after completing it (strictly after the
 *   moment of completion: the task's own work is not a return). An engagement completed less
 *   than RETURN_WINDOW_DAYS before now with no such activity yet is pending and left out of n,
 *   since its outcome is not known. Broken down by the Rep's reason (from the conversation of the
 *   match session, else their latest conversation with reasons before the engagement; once per
 *   distinct reason; 'unknown' without one), by the task's interaction level and area, and by coach.
 * - Retention after return: Kaplan–Meier, time from the return (that first activity) to going quiet
 *   again, i.e. the first gap of atRiskDays without significant activity; the event is dated
 *   atRiskDays after the last activity before the gap. Still active Reps are censored at now.
 *   Solo tasks are compared with the others by a log-rank test.
 * - Paths back: Reps whose status went from inactive or alumni to returned or active in the range,
 *   with the first reminder, conversation, match session, engagement start, completion and survey
 *   of that lapse in the order they happened.
 */
import type { InteractionLevel, Rep } from '../model';
import { isSmallSample, kaplanMeier, logRank, survivalAt, wilson, type LogRankResult, type RateEstimate, type SurvivalCurve, type SurvivalObservation } from './stats';
import { DAY_MS, type StudyData, type StudyIndex } from './data';
import { UNKNOWN_REASON } from './causes';

export const RETURN_WINDOW_DAYS = 90;
/** Days at which the retention table reads the curve. */
export const RETENTION_MARKS = [90, 180, 365] as const;

export interface RateRow extends RateEstimate {
  key: string;
  /** A person-readable name where there is one (a coach's name); otherwise the key. */
  label: string;
}

export interface ReturnObservation {
  engagementId: string;
  repId: string;
  completedAt: string;
  /** The first significant activity after completion within the window, or null. */
  returnedAt: string | null;
  reasons: string[];
  interaction: InteractionLevel | 'unknown';
  area: string;
  coachId: string;
}

export interface RetentionCurve extends SurvivalCurve {
  key: string;
  /** S(t) at RETENTION_MARKS days; null where no one was still observed by then. */
  retainedAt: { days: number; survival: number | null }[];
}

export type PathStep = 'reminder' | 'conversation' | 'match-session' | 'engagement' | 'completed' | 'survey' | 'returned';

export interface PathRow {
  /** The status the Rep came back from: 'inactive' (missing) or 'alumni'. */
  from: 'inactive' | 'alumni';
  steps: PathStep[];
  path: string;
  reps: number;
  /** reps / all Reps who came back from the same status. */
  share: number;
  smallSample: boolean;
}

export interface ReturnsResult {
  windowDays: number;
  completed: number;
  pending: number;
  overall: RateEstimate;
  byReason: RateRow[];
  byInteraction: RateRow[];
  byArea: RateRow[];
  byCoach: RateRow[];
  retention: RetentionCurve[];
  /** Retention after a solo task against after a light or moderate one. */
  soloVsOther: LogRankResult;
  cameBack: { fromInactive: number; fromAlumni: number };
  paths: PathRow[];
}

function reasonsFor(e: { repId: string; matchSessionId: string | null; startedAt: string | null; completedAt: string | null }, index: StudyIndex): string[] {
  const conversations = index.conversations.get(e.repId) ?? [];
  const linked = e.matchSessionId ? index.conversationIdBySession.get(e.matchSessionId) : null;
  const byLink = linked ? conversations.find((c) => c.id === linked && c.reasons.length > 0) : undefined;
  const beforeMs = Date.parse(e.startedAt ?? e.completedAt ?? '');
  const latest = byLink ?? [...conversations].reverse().find((c) => c.reasons.length > 0 && Date.parse(c.date) <= beforeMs);
  const reasons = new Set(latest ? latest.reasons.map((r) => r.category) : [UNKNOWN_REASON]);
  return [...reasons].sort();
}

/** One observation per engagement completed in the range; null outcome while still pending. */
export function returnObservations(index: StudyIndex): { observations: ReturnObservation[]; pending: number } {
  const { fromMs, toMs, nowMs } = index.window;
  const windowMs = RETURN_WINDOW_DAYS * DAY_MS;
  const observations: ReturnObservation[] = [];
  let pending = 0;
  for (const [repId, engagements] of index.engagements) {
    const sig = index.significantMs.get(repId) ?? [];
    for (const e of engagements) {
      if (e.completedAt === null) continue;
      const doneMs = Date.parse(e.completedAt);
      if (doneMs < fromMs || doneMs >= toMs) continue;
      const next = sig.find((ms) => ms > doneMs);
      const returned = next !== undefined && next <= doneMs + windowMs;
      if (!returned && doneMs + windowMs > nowMs) {
        pending++;
        continue;
      }
      const task = index.taskById.get(e.taskId);
      observations.push({
        engagementId: e.id,
        repId,
        completedAt: e.completedAt,
        returnedAt: returned ? new Date(next).toISOString() : null,
        reasons: reasonsFor(e, index),
        interaction: task?.interaction ?? 'unknown',
        area: task?.area ?? 'unknown',
        coachId: e.coachId,
      });
    }
  }
  observations.sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.engagementId.localeCompare(b.engagementId));
  return { observations, pending };
}

function rates(observations: readonly ReturnObservation[], keys: (o: ReturnObservation) => readonly string[], label: (k: string) => string = (k) => k): RateRow[] {
  const tally = new Map<string, { n: number; k: number }>();
  for (const o of observations) {
    for (const key of keys(o)) {
      const t = tally.get(key) ?? { n: 0, k: 0 };
      t.n++;
      if (o.returnedAt !== null) t.k++;
      tally.set(key, t);
    }
  }
  return [...tally]
    .map(([key, t]) => ({ key, label: label(key), ...wilson(t.k, t.n) }))
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

/** Days from `returnMs` to going quiet again (event) or to now (censored). */
export function timeToQuiet(sig: readonly number[], returnMs: number, nowMs: number, atRiskDays: number): SurvivalObservation {
  const gap = atRiskDays * DAY_MS;
  let last = returnMs;
  for (const ms of sig) {
    if (ms <= last) continue;
    if (ms - last >= gap) break;
    last = ms;
  }
  if (last + gap <= nowMs) return { time: Math.floor((last + gap - returnMs) / DAY_MS), event: true };
  return { time: Math.floor((nowMs - returnMs) / DAY_MS), event: false };
}

function retentionCurve(key: string, obs: readonly SurvivalObservation[]): RetentionCurve {
  const curve = kaplanMeier(obs);
  const maxTime = obs.reduce((m, o) => Math.max(m, o.time), -1);
  return { key, ...curve, retainedAt: RETENTION_MARKS.map((days) => ({ days, survival: days <= maxTime ? survivalAt(curve, days) : null })) };
}

function retention(observations: readonly ReturnObservation[], index: StudyIndex): Pick<ReturnsResult, 'retention' | 'soloVsOther'> {
  // A Rep who completed two tasks just before the same activity returned once, not twice.
  const seen = new Set<string>();
  const byLevel = new Map<string, SurvivalObservation[]>();
  const all: SurvivalObservation[] = [];
  for (const o of observations) {
    if (o.returnedAt === null || seen.has(`${o.repId}|${o.returnedAt}`)) continue;
    seen.add(`${o.repId}|${o.returnedAt}`);
    const s = timeToQuiet(index.significantMs.get(o.repId) ?? [], Date.parse(o.returnedAt), index.window.nowMs, index.thresholds.atRiskDays);
    all.push(s);
    byLevel.set(o.interaction, [...(byLevel.get(o.interaction) ?? []), s]);
  }
  const levels = ['solo', 'light', 'moderate', 'unknown'].filter((l) => byLevel.has(l));
  return {
    retention: [retentionCurve('all', all), ...levels.map((l) => retentionCurve(l, byLevel.get(l)!))],
    soloVsOther: logRank(byLevel.get('solo') ?? [], [...(byLevel.get('light') ?? []), ...(byLevel.get('moderate') ?? [])]),
  };
}

const LOST = new Set(['inactive', 'alumni']);
const BACK = new Set(['returned', 'active']);

interface Comeback {
  from: 'inactive' | 'alumni';
  lapseMs: number;
  backMs: number;
}

/** The Rep's first comeback in the range: a move to returned or active after inactive or alumni. */
export function comeback(rep: Pick<Rep, 'statusHistory'>, fromMs: number, toMs: number): Comeback | null {
  const history = [...rep.statusHistory].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let lapseMs: number | null = null;
  let from: Comeback['from'] = 'inactive';
  for (const h of history) {
    const ms = Date.parse(h.at);
    if (LOST.has(h.to)) {
      if (lapseMs === null) lapseMs = ms;
      if (h.to === 'alumni') from = 'alumni';
    } else if (BACK.has(h.to) && lapseMs !== null) {
      if (ms >= fromMs && ms < toMs) return { from, lapseMs, backMs: ms };
      lapseMs = null;
      from = 'inactive';
    }
  }
  return null;
}

function paths(data: StudyData, index: StudyIndex): Pick<ReturnsResult, 'cameBack' | 'paths'> {
  const { fromMs, toMs } = index.window;
  const comebacks = new Map<string, Comeback>();
  for (const rep of index.reps) {
    const c = comeback(rep, fromMs, toMs);
    if (c) comebacks.set(rep.id, c);
  }
  const steps = new Map<string, { step: PathStep; ms: number }[]>([...comebacks.keys()].map((id) => [id, []]));
  const add = (repId: string, step: PathStep, at: string | null | undefined) => {
    const c = comebacks.get(repId);
    if (!c || !at) return;
    const ms = Date.parse(at);
    if (ms >= c.lapseMs && ms <= c.backMs) steps.get(repId)!.push({ step, ms });
  };
  for (const r of data.reminders ?? []) if (r.status === 'sent' && r.kind === 'we-still-exist') add(r.repId, 'reminder', r.sentAt);
  for (const c of data.conversations) if (c.reached) add(c.repId, 'conversation', c.date);
  for (const m of data.matchSessions ?? []) add(m.repId, 'match-session', m.createdAt);
  for (const [repId, es] of index.engagements) {
    for (const e of es) {
      add(repId, 'engagement', e.startedAt);
      add(repId, 'completed', e.completedAt);
    }
  }
  for (const s of data.surveys ?? []) if (s.status === 'answered') add(s.repId, 'survey', s.answeredAt);

  const tally = new Map<string, { from: Comeback['from']; steps: PathStep[]; reps: number }>();
  for (const [repId, c] of comebacks) {
    const order = ['reminder', 'conversation', 'match-session', 'engagement', 'completed', 'survey'];
    const firsts = new Map<PathStep, number>();
    for (const s of steps.get(repId)!) if (!firsts.has(s.step) || s.ms < firsts.get(s.step)!) firsts.set(s.step, s.ms);
    // Same-moment steps keep their natural order (a match session and the engagement it starts).
    const path = [...firsts].sort((a, b) => a[1] - b[1] || order.indexOf(a[0]) - order.indexOf(b[0])).map(([s]) => s);
    path.push('returned');
    const key = `${c.from}|${path.join('>')}`;
    const t = tally.get(key) ?? { from: c.from, steps: path, reps: 0 };
    t.reps++;
    tally.set(key, t);
  }
  const totals = { inactive: 0, alumni: 0 };
  for (const c of comebacks.values()) totals[c.from]++;
  return {
    cameBack: { fromInactive: totals.inactive, fromAlumni: totals.alumni },
    paths: [...tally.values()]
      .map((t) => ({ from: t.from, steps: t.steps, path: t.steps.join(' → '), reps: t.reps, share: t.reps / totals[t.from], smallSample: isSmallSample(totals[t.from]) }))
      .sort((a, b) => a.from.localeCompare(b.from) || b.reps - a.reps || a.path.localeCompare(b.path)),
  };
}

export function computeReturns(data: StudyData, index: StudyIndex): ReturnsResult {
  const { observations, pending } = returnObservations(index);
  const returned = observations.filter((o) => o.returnedAt !== null).length;
  return {
    windowDays: RETURN_WINDOW_DAYS,
    completed: observations.length + pending,
    pending,
    overall: wilson(returned, observations.length),
    byReason: rates(observations, (o) => o.reasons),
    byInteraction: rates(observations, (o) => [o.interaction]),
    byArea: rates(observations, (o) => [o.area]),
    byCoach: rates(observations, (o) => [o.coachId], (id) => index.coachName.get(id) ?? id),
    ...retention(observations, index),
    ...paths(data, index),
  };
}
