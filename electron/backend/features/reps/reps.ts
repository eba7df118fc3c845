import type { RepDetail, RepListQuery, RepRow } from '../../../../shared/api';
import { activityHealth, effectiveStatus } from '../../../../shared/domain/inactivity';
import { mayRead, redactFor } from '../../../../shared/domain/confidential';
import { compareIso, compareText } from '../../../../shared/domain/ordering';
import type { Rep, RepStatus, Settings } from '../../../../shared/model/index';
import type { ChangeEvent } from '../../write-path/unit-of-work';
import { readerOf, type ServiceContext } from '../../context';
import type { HealthView, Touched } from '../../derived/rep-health';

const STATUS_ORDER: Record<RepStatus, number> = { inactive: 0, 'at-risk': 1, 're-engaging': 2, returned: 3, active: 4, alumni: 5 };

/** What a row is built from. */
export type RowSource = Pick<ServiceContext, 'store' | 'now'> & { health: HealthView };

/**
 * A Rep's status as every screen shows it, computed here and only here: the stored status where
 * people set one through a workflow (re-engaging, returned, alumni), else the health of the Rep's
 * last significant activity on the community's calendar today. Lists, Today, the Council and
 * reminders read this. The activity statuses stored on the Rep are the record of each change with
 * its cause (status history, audit): the write path brings them up to date on an import, a change
 * to the rules and when the community's day turns, so they differ from this at most between a
 * start and the next recomputation. Computed rather than read from the store, so a community opened
 * after weeks away shows the right statuses on the first screen without any write before the user
 * asks, and no stored value can drift from what the rule says.
 */
export function currentStatus(ctx: RowSource, rep: Rep): RepStatus {
  const last = ctx.health.lastSignificant(rep.id);
  return effectiveStatus(rep.status, activityHealth(last?.date ?? null, ctx.now(), ctx.store.settings.thresholds, ctx.store.settings.communityTimeZone));
}

export function repRow(ctx: RowSource, rep: Rep): RepRow {
  const last = ctx.health.lastSignificant(rep.id);
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
    status: currentStatus(ctx, rep),
    lastSignificantAt: last?.date ?? null,
    lastSignificantType: last?.type ?? null,
  };
}

/** Case- and accent-insensitive, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

type Sort = RepListQuery['sort'];
const byName = (a: RepRow, b: RepRow) => compareText(a.name, b.name) || compareIso(a.id, b.id);
const COMPARE: Record<Sort, (a: RepRow, b: RepRow) => number> = {
  name: byName,
  country: (a, b) => compareText(a.country, b.country) || byName(a, b),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
  // Never-active Reps sort as the oldest.
  lastActivity: (a, b) => compareIso(a.lastSignificantAt, b.lastSignificantAt) || byName(a, b),
};

interface Built {
  /** Each row with the record it was built from, so a bulk replace rebuilds only changed records. */
  byId: Map<string, { rep: Rep; row: RepRow }>;
  rows: readonly RepRow[];
  /** Sorted orders. A few changed rows move to their place; after a rebuild the old order is re-sorted, which is cheap when little moved. */
  sorted: Partial<Record<Sort, { rows: readonly RepRow[]; fresh: boolean }>>;
  /** Search text per Rep, folded once. */
  haystack: Map<string, string>;
}

/**
 * Every Rep's row, kept up to date from the write path's change events: a change to a Rep (or to
 * its activities) rebuilds that Rep's row, and its mentees' when its name changed; a change to the
 * thresholds or the community's zone, a restore or a new community day rebuilds them all. At
 * 10,000 Reps building the rows and sorting them is most of a list call, so a list only slices
 * and filters. Created once per backend; built on first use.
 */
export class RepRows {
  private built: Built | null = null;

  constructor(private readonly source: RowSource) {}

  /** Every Rep's row (shared, not to be changed by the caller). */
  all(): readonly RepRow[] {
    return this.ensure().rows;
  }

  sortedBy(sort: Sort): readonly RepRow[] {
    const b = this.ensure();
    const cached = b.sorted[sort];
    if (cached?.fresh) return cached.rows;
    const seen = new Set<string>();
    const start: RepRow[] = [];
    for (const old of cached?.rows ?? []) {
      const now = b.byId.get(old.id);
      if (now) (start.push(now.row), seen.add(old.id));
    }
    for (const row of b.rows) if (!seen.has(row.id)) start.push(row);
    // Frozen: callers share these arrays, so sorting one in place must fail loudly, not corrupt the next list.
    const rows = Object.freeze(start.sort(COMPARE[sort]));
    b.sorted[sort] = { rows, fresh: true };
    return rows;
  }

  haystack(id: string): string {
    const b = this.ensure();
    let text = b.haystack.get(id);
    if (text === undefined) {
      const rep = b.byId.get(id)!.rep;
      text = fold(`${rep.name} ${rep.email} ${rep.portalHandle} ${rep.country} ${rep.region}`);
      b.haystack.set(id, text);
    }
    return text;
  }

  /** Every row again, from scratch: the community's day turned, so every status may have. */
  rebuild(): void {
    if (this.built) this.rebuildFrom(this.built, null);
  }

  /** Follows committed changes; `touched` is which Reps' last significant activity moved. */
  apply(events: readonly ChangeEvent[], touched: Touched): void {
    const b = this.built;
    if (!b) return;
    if (touched === 'all' || events.some((e) => e.collection === 'settings' && rulesChanged(e))) return this.rebuildFrom(b, null);
    const ids = new Set(touched);
    let bulk = false;
    for (const e of events) {
      if (e.collection !== 'reps') continue;
      if (e.id === '*') bulk = true;
      ids.add(e.id);
      // Mentees show their mentor's name.
      if ((e.before as Rep | null)?.name !== (e.after as Rep | null)?.name) for (const { row } of b.byId.values()) if (row.mentorId === e.id) ids.add(row.id);
    }
    if (bulk) return this.rebuildFrom(b, ids);
    if (ids.size === 0) return;
    const reps = this.source.store.collections.reps;
    for (const id of ids) {
      const rep = reps.get(id);
      if (rep) b.byId.set(id, { rep, row: repRow(this.source, rep) });
      else b.byId.delete(id);
      b.haystack.delete(id);
    }
    this.settle(b, ids);
  }

  private ensure(): Built {
    if (!this.built) {
      this.built = { byId: new Map(), rows: [], sorted: {}, haystack: new Map() };
      this.rebuildFrom(this.built, null);
    }
    return this.built;
  }

  /**
   * Builds every row again. With `reuseExcept` (a bulk write to the Reps), a record that is the
   * very object its row was built from keeps its row unless listed there: the write left it alone.
   */
  private rebuildFrom(b: Built, reuseExcept: ReadonlySet<string> | null): void {
    const previous = b.byId;
    b.byId = new Map();
    for (const rep of this.source.store.committed('reps')) {
      const kept = reuseExcept && !reuseExcept.has(rep.id) ? previous.get(rep.id) : undefined;
      b.byId.set(rep.id, kept && kept.rep === rep ? kept : { rep, row: repRow(this.source, rep) });
      if (kept?.rep !== rep) b.haystack.delete(rep.id);
    }
    for (const id of b.haystack.keys()) if (!b.byId.has(id)) b.haystack.delete(id);
    if (reuseExcept) {
      // A renamed mentor changes its mentees' rows too.
      for (const [id, entry] of b.byId) {
        const mentor = entry.rep.mentorId ? b.byId.get(entry.rep.mentorId) : undefined;
        if ((mentor?.rep.name ?? null) !== entry.row.mentorName) b.byId.set(id, { rep: entry.rep, row: repRow(this.source, entry.rep) });
      }
    }
    this.settle(b);
  }

  /** New row lists; `changed` (a few Reps) are moved to their place in each fresh order, else every order is re-sorted when next asked. */
  private settle(b: Built, changed?: ReadonlySet<string>): void {
    b.rows = Object.freeze([...b.byId.values()].map((e) => e.row));
    for (const [sort, s] of Object.entries(b.sorted) as [Sort, { rows: readonly RepRow[]; fresh: boolean }][]) {
      if (!changed || !s.fresh || changed.size > MOVE_AT_MOST) {
        s.fresh = false;
        continue;
      }
      const next = s.rows.filter((r) => !changed.has(r.id));
      for (const id of changed) {
        const row = b.byId.get(id)?.row;
        if (row) next.splice(insertionPoint(next, row, COMPARE[sort]), 0, row);
      }
      s.rows = Object.freeze(next);
    }
  }
}

/** Beyond this many changed rows one re-sort of the nearly sorted order is cheaper than moving each. */
const MOVE_AT_MOST = 64;

/** Where `row` goes in `sorted`: a binary search, so moving a row costs a few comparisons, not a sort. */
function insertionPoint(sorted: readonly RepRow[], row: RepRow, compare: (a: RepRow, b: RepRow) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid]!, row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Thresholds and the community's zone decide every status; significant types reach the rows through the health index. */
function rulesChanged(e: ChangeEvent): boolean {
  const before = e.before as Settings | null;
  const after = e.after as Settings | null;
  return JSON.stringify(before?.thresholds) !== JSON.stringify(after?.thresholds) || before?.communityTimeZone !== after?.communityTimeZone;
}

/** Every Rep's row (shared, not to be changed by the caller). */
export function allRepRows(ctx: ServiceContext): readonly RepRow[] {
  return ctx.rows.all();
}

export function listReps(ctx: ServiceContext, q: RepListQuery): { total: number; items: RepRow[] } {
  const sorted = ctx.rows.sortedBy(q.sort);
  const needle = fold(q.search.trim());
  const statuses = new Set(q.status);
  const unfiltered = !(needle || statuses.size || q.area || q.language || q.mentorId);
  const matches = (row: RepRow): boolean => {
    if (q.area && !row.areas.includes(q.area)) return false;
    if (q.language && !row.languages.includes(q.language)) return false;
    if (q.mentorId && row.mentorId !== q.mentorId) return false;
    if (statuses.size && !statuses.has(row.status)) return false;
    return !needle || ctx.rows.haystack(row.id).includes(needle);
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
