import type { RepDetail, RepListQuery, RepRow } from '../../../shared/api';
import { activityHealth, effectiveStatus } from '../../../shared/domain/inactivity';
import { mayRead, redactFor } from '../../../shared/domain/confidential';
import { compareIso, compareText } from '../../../shared/domain/ordering';
import type { Rep, RepStatus } from '../../../shared/model';
import { todayIn } from '../../../shared/time/calendar';
import { communityZone, readerOf, type ServiceContext } from './context';

const STATUS_ORDER: Record<RepStatus, number> = { inactive: 0, 'at-risk': 1, 're-engaging': 2, returned: 3, active: 4, alumni: 5 };

export function repRow(ctx: ServiceContext, rep: Rep): RepRow {
  const last = ctx.health.lastSignificant(rep.id);
  const health = activityHealth(last?.date ?? null, ctx.now(), ctx.store.settings.thresholds, communityZone(ctx));
  const mentor = rep.mentorId ? ctx.store.collections.reps.get(rep.mentorId) : undefined;
  return {
    id: rep.id,
    name: rep.name,
    email: rep.email,
    country: rep.country,
    region: rep.region,
    languages: rep.languages,
    areas: rep.areas,
    mentorId: rep.mentorId,
    mentorName: mentor?.name ?? null,
    isMentor: rep.isMentor,
    status: effectiveStatus(rep.status, health),
    lastSignificantAt: last?.date ?? null,
    lastSignificantType: last?.type ?? null,
  };
}

/** Case- and accent-insensitive, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const byName = (a: RepRow, b: RepRow) => compareText(a.name, b.name) || compareIso(a.id, b.id);
const COMPARE: Record<RepListQuery['sort'], (a: RepRow, b: RepRow) => number> = {
  name: byName,
  country: (a, b) => compareText(a.country, b.country) || byName(a, b),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
  // Never-active Reps sort as the oldest.
  lastActivity: (a, b) => compareIso(a.lastSignificantAt, b.lastSignificantAt) || byName(a, b),
};

interface RowCache {
  key: string;
  rows: readonly RepRow[];
  /** Search text per Rep, folded once. */
  haystack: Map<string, string>;
  sorted: Partial<Record<RepListQuery['sort'], readonly RepRow[]>>;
}
const rowCaches = new WeakMap<ServiceContext['store'], RowCache>();

/**
 * Every Rep's row, built once and reused until a change to the Reps, their activities or the
 * settings passes the write path, or the community's day turns (statuses count whole days on its
 * calendar, so they move only at its midnight). At 10,000 Reps building the rows and sorting them
 * is most of a list call; scrolling and filtering then only slice and filter.
 */
function cachedRows(ctx: ServiceContext): RowCache {
  const reps = ctx.store.collections.reps;
  const key = `${ctx.generations.of('reps', 'activities', 'settings')}|${todayIn(ctx.now(), communityZone(ctx))}`;
  let cache = rowCaches.get(ctx.store);
  if (!cache || cache.key !== key) {
    // Frozen: callers share these arrays, so sorting one in place must fail loudly, not corrupt the next list.
    cache = { key, rows: Object.freeze(reps.all.map((r) => repRow(ctx, r))), haystack: new Map(), sorted: {} };
    rowCaches.set(ctx.store, cache);
  }
  return cache;
}

/** Every Rep's row (shared, not to be changed by the caller). */
export function allRepRows(ctx: ServiceContext): readonly RepRow[] {
  return cachedRows(ctx).rows;
}

export function listReps(ctx: ServiceContext, q: RepListQuery): { total: number; items: RepRow[] } {
  const cache = cachedRows(ctx);
  const sorted = (cache.sorted[q.sort] ??= Object.freeze([...cache.rows].sort(COMPARE[q.sort])));
  const needle = fold(q.search.trim());
  const statuses = new Set(q.status);
  const unfiltered = !(needle || statuses.size || q.area || q.language || q.mentorId);
  const reps = ctx.store.collections.reps;
  const matches = (row: RepRow): boolean => {
    if (q.area && !row.areas.includes(q.area)) return false;
    if (q.language && !row.languages.includes(q.language)) return false;
    if (q.mentorId && row.mentorId !== q.mentorId) return false;
    if (statuses.size && !statuses.has(row.status)) return false;
    if (!needle) return true;
    let text = cache.haystack.get(row.id);
    if (text === undefined) {
      const rep = reps.get(row.id)!;
      text = fold(`${rep.name} ${rep.email} ${rep.portalHandle} ${rep.country} ${rep.region}`);
      cache.haystack.set(row.id, text);
    }
    return text.includes(needle);
  };
  const rows = unfiltered ? sorted : sorted.filter(matches);
  // Descending is the same order read backwards (the name tie-break reverses too).
  const ordered = q.descending ? [...rows].reverse() : rows;
  return { total: ordered.length, items: ordered.slice(q.offset, q.offset + q.limit) };
}

export function getRep(ctx: ServiceContext, id: string): RepDetail {
  const rep = ctx.store.collections.reps.require(id, 'Rep');
  const significant = new Set(ctx.store.settings.significantActivityTypes);
  const recentActivities = ctx.store.collections.activities.all
    .filter((a) => a.repId === id)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 50)
    .map((a) => ({ id: a.id, date: a.date, type: a.type, area: a.area, link: a.link, significant: significant.has(a.type) }));
  const confidentialShown = mayRead(readerOf(ctx), 'reps');
  const mentees = ctx.store.collections.reps.all.filter((r) => r.mentorId === id).map((r) => repRow(ctx, r));
  const people: Record<string, string> = {};
  for (const h of rep.mentorshipHistory) {
    for (const pid of [h.repId, h.fromMentorId, h.toMentorId]) if (pid) people[pid] = ctx.store.collections.reps.get(pid)?.name ?? pid;
  }
  return {
    people,
    rep: redactFor(readerOf(ctx), 'reps', rep),
    row: repRow(ctx, rep),
    confidentialShown,
    recentActivities,
    mentees,
  };
}
