import type { RepDetail, RepListQuery, RepRow } from '../../../shared/api';
import { activityHealth, effectiveStatus } from '../../../shared/domain/inactivity';
import type { Rep, RepStatus } from '../../../shared/model';
import type { ServiceContext } from './context';

const STATUS_ORDER: Record<RepStatus, number> = { inactive: 0, 'at-risk': 1, 're-engaging': 2, returned: 3, active: 4, alumni: 5 };

export function repRow(ctx: ServiceContext, rep: Rep): RepRow {
  const last = ctx.health.lastSignificant(rep.id);
  const health = activityHealth(last?.date ?? null, ctx.now(), ctx.store.settings.thresholds);
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

export function listReps(ctx: ServiceContext, q: RepListQuery): { total: number; items: RepRow[] } {
  const needle = fold(q.search.trim());
  const statuses = new Set(q.status);
  const rows: RepRow[] = [];
  for (const rep of ctx.store.collections.reps.all) {
    if (q.area && !rep.areas.includes(q.area)) continue;
    if (q.language && !rep.languages.includes(q.language)) continue;
    if (q.mentorId && rep.mentorId !== q.mentorId) continue;
    if (needle && !fold(`${rep.name} ${rep.email} ${rep.portalHandle} ${rep.country} ${rep.region}`).includes(needle)) continue;
    const row = repRow(ctx, rep);
    if (statuses.size && !statuses.has(row.status)) continue;
    rows.push(row);
  }
  const dir = q.descending ? -1 : 1;
  const byName = (a: RepRow, b: RepRow) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const compare: Record<RepListQuery['sort'], (a: RepRow, b: RepRow) => number> = {
    name: byName,
    country: (a, b) => a.country.localeCompare(b.country) || byName(a, b),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
    // Never-active Reps sort as the oldest.
    lastActivity: (a, b) => (a.lastSignificantAt ?? '').localeCompare(b.lastSignificantAt ?? '') || byName(a, b),
  };
  rows.sort((a, b) => dir * compare[q.sort](a, b));
  return { total: rows.length, items: rows.slice(q.offset, q.offset + q.limit) };
}

/** Confidential notes are for the mentor and the Council, never for other roles. */
export function canReadConfidential(ctx: ServiceContext): boolean {
  return ctx.store.settings.currentUser.role !== 'coach';
}

export function getRep(ctx: ServiceContext, id: string): RepDetail {
  const rep = ctx.store.collections.reps.require(id, 'Rep');
  const significant = new Set(ctx.store.settings.significantActivityTypes);
  const recentActivities = ctx.store.collections.activities.all
    .filter((a) => a.repId === id)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 50)
    .map((a) => ({ id: a.id, date: a.date, type: a.type, area: a.area, link: a.link, significant: significant.has(a.type) }));
  const confidentialShown = canReadConfidential(ctx);
  const mentees = ctx.store.collections.reps.all.filter((r) => r.mentorId === id).map((r) => repRow(ctx, r));
  const people: Record<string, string> = {};
  for (const h of rep.mentorshipHistory) {
    for (const pid of [h.repId, h.fromMentorId, h.toMentorId]) if (pid) people[pid] = ctx.store.collections.reps.get(pid)?.name ?? pid;
  }
  return {
    people,
    rep: confidentialShown ? rep : { ...rep, notes: '' },
    row: repRow(ctx, rep),
    confidentialShown,
    recentActivities,
    mentees,
  };
}
