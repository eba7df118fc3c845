/**
 * What the study reads, the filters it applies, and the indexes it builds once so that every part
 * of the study looks things up by Rep instead of scanning all activities again.
 */
import type { Activity, ActivityType, Coach, Conversation, Engagement, MatchSession, Reminder, Rep, Survey, Task, Thresholds } from '../model';

export const DAY_MS = 86_400_000;

/** The collections the study needs; optional ones only enrich the paths and labels. */
export interface StudyData {
  reps: readonly Rep[];
  activities: readonly Pick<Activity, 'repId' | 'date' | 'type'>[];
  conversations: readonly Conversation[];
  engagements: readonly Engagement[];
  tasks: readonly Pick<Task, 'id' | 'title' | 'area' | 'interaction'>[];
  coaches?: readonly Pick<Coach, 'id' | 'name'>[];
  matchSessions?: readonly Pick<MatchSession, 'id' | 'repId' | 'conversationId' | 'createdAt'>[];
  surveys?: readonly Pick<Survey, 'repId' | 'engagementId' | 'status' | 'answeredAt'>[];
  reminders?: readonly Pick<Reminder, 'repId' | 'kind' | 'status' | 'sentAt'>[];
}

export interface StudyOptions {
  /** The moment the study is computed for; nothing after it is looked at. */
  now: string;
  /** Date range [from, to) for attrition events, returns and the monthly series. */
  from: string;
  to: string;
  /** Keep only Reps whose country or region is this (exact match). */
  region?: string;
  /** Keep only Reps who work in this functional area. */
  area?: string;
  thresholds: Thresholds;
  significantTypes: readonly ActivityType[];
  /** The community's reference zone, on whose calendar threshold days are counted (UTC when absent). */
  timeZone?: string;
}

/** The default range: the twelve months before `now`. */
export function defaultRange(now: string): { from: string; to: string } {
  const d = new Date(Date.parse(now));
  if (Number.isNaN(d.getTime())) throw new RangeError(`now is not a date: ${now}`);
  const from = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  return { from: from.toISOString(), to: d.toISOString() };
}

export function matchesFilters(rep: Pick<Rep, 'country' | 'region' | 'areas'>, opts: Pick<StudyOptions, 'region' | 'area'>): boolean {
  if (opts.region && rep.country !== opts.region && rep.region !== opts.region) return false;
  if (opts.area && !rep.areas.includes(opts.area as Rep['areas'][number])) return false;
  return true;
}

/** The numeric form of the options, parsed once; throws with the field name on a bad date. */
export interface Window {
  nowMs: number;
  fromMs: number;
  /** Exclusive, and never later than now. */
  toMs: number;
}

export function parseWindow(opts: Pick<StudyOptions, 'now' | 'from' | 'to'>): Window {
  const parse = (field: 'now' | 'from' | 'to') => {
    const ms = Date.parse(opts[field]);
    if (Number.isNaN(ms)) throw new RangeError(`${field} is not a date: ${opts[field]}`);
    return ms;
  };
  const nowMs = parse('now');
  const fromMs = parse('from');
  const toMs = Math.min(parse('to'), nowMs);
  if (fromMs > toMs) throw new RangeError(`from (${opts.from}) is after to (${opts.to}) or after now`);
  return { nowMs, fromMs, toMs };
}

export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function quarterKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Start of the UTC month that contains ms, shifted by `add` months. */
export function monthStart(ms: number, add = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

/** Index of the last element ≤ x in an ascending array, or −1. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

export interface StudyIndex {
  window: Window;
  /** The Reps the filters keep, in input order. */
  reps: readonly Rep[];
  repIds: ReadonlySet<string>;
  /** Significant activity times (ms, ascending, none after now) per kept Rep. */
  significantMs: ReadonlyMap<string, number[]>;
  /** Reached and unreached conversations per kept Rep, oldest first. */
  conversations: ReadonlyMap<string, Conversation[]>;
  engagements: ReadonlyMap<string, Engagement[]>;
  taskById: ReadonlyMap<string, Pick<Task, 'id' | 'title' | 'area' | 'interaction'>>;
  coachName: ReadonlyMap<string, string>;
  conversationIdBySession: ReadonlyMap<string, string | null>;
  thresholds: Thresholds;
  timeZone: string;
}

/** One pass over each collection; everything after this is per-Rep lookups. */
export function buildIndex(data: StudyData, opts: StudyOptions): StudyIndex {
  const window = parseWindow(opts);
  const reps = data.reps.filter((r) => matchesFilters(r, opts));
  const repIds = new Set(reps.map((r) => r.id));
  const significant = new Set(opts.significantTypes);
  const significantMs = new Map<string, number[]>();
  for (const a of data.activities) {
    if (!significant.has(a.type) || !repIds.has(a.repId)) continue;
    const ms = Date.parse(a.date);
    if (ms > window.nowMs) continue;
    const list = significantMs.get(a.repId);
    if (list) list.push(ms);
    else significantMs.set(a.repId, [ms]);
  }
  for (const list of significantMs.values()) list.sort((x, y) => x - y);
  const byDate = <T extends { date: string }>(xs: T[]) => xs.sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
  const conversations = groupBy(
    data.conversations.filter((c) => repIds.has(c.repId) && Date.parse(c.date) <= window.nowMs),
    (c) => c.repId,
  );
  for (const list of conversations.values()) byDate(list);
  return {
    window,
    reps,
    repIds,
    significantMs,
    conversations,
    engagements: groupBy(
      data.engagements.filter((e) => repIds.has(e.repId)),
      (e) => e.repId,
    ),
    taskById: new Map(data.tasks.map((t) => [t.id, t])),
    coachName: new Map((data.coaches ?? []).map((c) => [c.id, c.name])),
    conversationIdBySession: new Map((data.matchSessions ?? []).map((m) => [m.id, m.conversationId])),
    thresholds: opts.thresholds,
    timeZone: opts.timeZone ?? 'UTC',
  };
}
