import type { Today } from '../../../../shared/api';
import { engagementStatusNow, lastTouch } from '../../../../shared/domain/engagements';
import { wholeDaysBetween } from '../../../../shared/time/calendar';
import { compareIso, compareText } from '../../../../shared/domain/ordering';
import type { RepRow } from '../../../../shared/api';
import { communityZone, type ServiceContext } from '../../context';
import { coachLoads } from '../coaches/coaches';
import { engagementItem, menteeEngagementSections } from './today-engagements';
import { allRepRows } from '../reps/reps';

type Section = Today['sections'][number];
const SHOWN = 8;
/** Mentees' health lists a mentor's whole group; past this many the Reps screen is the place to look. */
const HEALTH_SHOWN = 50;
/** Mentees by health: the quietest first, so the list reads as a to-do. */
const HEALTH_ORDER: Record<RepRow['status'], number> = { inactive: 0, 'at-risk': 1, 're-engaging': 2, returned: 3, active: 4, alumni: 5 };

function section(id: string, items: Section['items'], shown = SHOWN): Section {
  return { id, total: items.length, items: items.slice(0, shown) };
}

function quietItem(row: RepRow, kind: Section['items'][number]['kind'] = 'rep-quiet'): Section['items'][number] {
  return { kind, id: row.id, title: row.name, status: row.status, date: row.lastSignificantAt };
}

/** Oldest activity first: whoever has been quiet longest needs attention first. */
function byQuietest(a: RepRow, b: RepRow): number {
  return compareIso(a.lastSignificantAt, b.lastSignificantAt) || compareText(a.name, b.name);
}

/** At-risk Reps within 60 days of the inactive threshold, quietest first (the Council's Today and Council screen). */
export function nearThresholdRows(ctx: ServiceContext, rows: readonly RepRow[]): RepRow[] {
  const now = ctx.now();
  const { inactiveDays } = ctx.store.settings.thresholds;
  const zone = communityZone(ctx);
  return rows.filter((r) => r.status === 'at-risk' && r.lastSignificantAt !== null && wholeDaysBetween(r.lastSignificantAt, now, zone) >= inactiveDays - 60).sort(byQuietest);
}

/** The few things that need the current user now; what they are depends on the role. */
export function getToday(ctx: ServiceContext): Today {
  const { currentUser, thresholds } = ctx.store.settings;
  const { engagements, tasks } = ctx.store.collections;
  const rows = allRepRows(ctx);
  const sections: Section[] = [];

  if (currentUser.role === 'mentor') {
    const mine = currentUser.repId ? rows.filter((r) => r.mentorId === currentUser.repId) : rows;
    // Who needs a "why" conversation: quiet, and nobody has talked with them since they went quiet.
    const talkedSince = new Map<string, string>();
    for (const c of ctx.store.collections.conversations.all) if ((talkedSince.get(c.repId) ?? '') < c.date) talkedSince.set(c.repId, c.date);
    const needsWhy = (r: RepRow) => (r.status === 'inactive' || r.status === 'at-risk') && (talkedSince.get(r.id) ?? '') <= (r.lastSignificantAt ?? '');
    sections.push(section('mentees-quiet', mine.filter(needsWhy).sort(byQuietest).map((r) => quietItem(r))));
    const byHealth = [...mine].sort((a, b) => HEALTH_ORDER[a.status] - HEALTH_ORDER[b.status] || byQuietest(a, b));
    sections.push(section('mentees-health', byHealth.map((r) => quietItem(r)), HEALTH_SHOWN));
    sections.push(...menteeEngagementSections(ctx, new Set(mine.map((r) => r.id))));
  } else if (currentUser.role === 'council') {
    const now = ctx.now();
    const inactiveMentors = rows.filter((r) => r.isMentor && (!r.lastSignificantAt || wholeDaysBetween(r.lastSignificantAt, now, communityZone(ctx)) >= thresholds.mentorInactiveDays));
    sections.push(section('inactive-mentors', inactiveMentors.sort(byQuietest).map((r) => quietItem(r, 'mentor-inactive'))));
    sections.push(section('near-threshold', nearThresholdRows(ctx, rows).map((r) => quietItem(r, 'near-threshold'))));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const open = ctx.store.collections.councilCases.all.filter((c) => c.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    sections.push(
      section(
        'cases-to-decide',
        open.map((c) => ({ kind: 'case-to-decide' as const, id: c.subjectRepId, title: byId.get(c.subjectRepId)?.name ?? c.subjectRepId, status: byId.get(c.subjectRepId)?.status, date: c.createdAt })),
      ),
    );
  } else {
    const coachId = currentUser.coachId;
    // Needs a check-in: the stalled rule (no check-in for Settings' stalledAfterDays), longest silence first.
    const now = ctx.now();
    const due = engagements.all
      .filter((e) => (!coachId || e.coachId === coachId) && engagementStatusNow(e, now, thresholds.stalledAfterDays, communityZone(ctx)) === 'stalled')
      .sort((a, b) => (lastTouch(a) ?? '').localeCompare(lastTouch(b) ?? ''));
    sections.push(section('check-ins', due.map((e) => engagementItem(ctx, e))));
    const drafts = tasks.all.filter((t) => t.status === 'draft');
    sections.push(section('draft-tasks', drafts.map((t) => ({ kind: 'draft-task' as const, id: t.id, title: t.title, date: t.updatedAt }))));
    const me = coachId ? ctx.store.collections.coaches.get(coachId) : undefined;
    if (me) {
      const load = coachLoads(ctx).get(me.id) ?? 0;
      sections.push(section('capacity', [{ kind: 'coach-capacity', id: me.id, title: me.name, date: null, load, capacity: me.capacity }]));
    }
  }
  return { role: currentUser.role, userName: currentUser.name, sections };
}
