import type { MentorAccountability, RepRow } from '../../../../shared/api';
import { isMentorInactive, rankMentors } from '../../../../shared/domain/mentors';
import { refuse } from '../../../../shared/errors';
import { formatRefusal, issue } from '../../../../shared/refusals';
import type { Rep } from '../../../../shared/model/index';
import { communityZone, type ServiceContext } from '../../context';
import { moveMentee } from '../reps/rep-roster';
import { repRow } from '../reps/reps';

const SUGGESTIONS_SHOWN = 5;

function loads(reps: readonly Rep[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of reps) if (r.mentorId) out.set(r.mentorId, (out.get(r.mentorId) ?? 0) + 1);
  return out;
}

function mentorActive(ctx: ServiceContext, row: RepRow): boolean {
  return row.status !== 'alumni' && !isMentorInactive(row.lastSignificantAt, ctx.now(), ctx.store.settings.thresholds.mentorInactiveDays, communityZone(ctx));
}

/** Mentors past the mentor threshold with their mentees, each mentee with ranked active mentors. */
export function mentorAccountability(ctx: ServiceContext): MentorAccountability {
  const all = ctx.store.collections.reps.all;
  const load = loads(all);
  const mentors = all.filter((r) => r.isMentor).map((rep) => ({ rep, row: repRow(ctx, rep) }));
  const active = mentors.filter((m) => mentorActive(ctx, m.row));
  const candidates = active.map((m) => ({ ...m.rep, load: load.get(m.rep.id) ?? 0 }));
  const names = new Map(active.map((m) => [m.rep.id, m.rep.name]));
  const inactive = mentors
    .filter((m) => !mentorActive(ctx, m.row))
    .sort((a, b) => (a.row.lastSignificantAt ?? '').localeCompare(b.row.lastSignificantAt ?? '') || a.rep.name.localeCompare(b.rep.name))
    .map((m) => ({
      mentor: m.row,
      load: load.get(m.rep.id) ?? 0,
      mentees: all
        .filter((r) => r.mentorId === m.rep.id)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((mentee) => ({
          rep: repRow(ctx, mentee),
          suggestions: rankMentors(mentee, candidates.filter((c) => c.id !== mentee.id))
            .slice(0, SUGGESTIONS_SHOWN)
            .map((s) => ({ ...s, mentorName: names.get(s.mentorId) ?? s.mentorId })),
        })),
    }));
  return {
    mentorInactiveDays: ctx.store.settings.thresholds.mentorInactiveDays,
    inactive,
    active: active
      .map((m) => {
        const l = load.get(m.rep.id) ?? 0;
        return { mentor: m.row, load: l, capacity: m.rep.mentorCapacity, free: m.rep.mentorCapacity - l };
      })
      .sort((a, b) => b.free - a.free || a.mentor.name.localeCompare(b.mentor.name)),
  };
}

/**
 * Validates every assignment before writing any: the mentee and the mentor exist, the mentor is an
 * active mentor, and nobody goes over capacity unless the Council said so.
 */
export async function reassignMentees(ctx: ServiceContext, assignments: readonly { repId: string; toMentorId: string }[], allowOverCapacity: boolean, note: string) {
  const reps = ctx.store.collections.reps;
  const load = loads(reps.all);
  const seen = new Set<string>();
  const moves: { rep: Rep; to: Rep }[] = [];
  assignments.forEach(({ repId, toMentorId }, i) => {
    const rep = reps.get(repId);
    if (!rep) throw refuse('BAD_INPUT', issue(`assignments.${i}.repId`, 'refusal-no-rep-id', { id: repId }));
    if (seen.has(repId)) throw refuse('BAD_INPUT', issue(`assignments.${i}.repId`, 'refusal-listed-twice', { name: rep.name }));
    seen.add(repId);
    const to = reps.get(toMentorId);
    if (!to || !to.isMentor) throw refuse('BAD_INPUT', issue(`assignments.${i}.toMentorId`, 'refusal-id-not-a-mentor', { id: toMentorId }));
    if (to.id === rep.id) throw refuse('BAD_INPUT', issue(`assignments.${i}.toMentorId`, 'refusal-mentors-self', { name: rep.name }));
    if (!mentorActive(ctx, repRow(ctx, to))) throw refuse('BAD_INPUT', issue(`assignments.${i}.toMentorId`, 'refusal-mentor-inactive', { name: to.name }));
    if (rep.mentorId === to.id) return;
    moves.push({ rep, to });
    if (rep.mentorId) load.set(rep.mentorId, (load.get(rep.mentorId) ?? 0) - 1);
    load.set(to.id, (load.get(to.id) ?? 0) + 1);
  });
  const overCapacity = [...new Set(moves.map((m) => m.to))]
    .filter((m) => (load.get(m.id) ?? 0) > m.mentorCapacity)
    .map((m) => ({ mentorId: m.id, name: m.name, load: load.get(m.id) ?? 0, capacity: m.mentorCapacity }));
  if (overCapacity.length && !allowOverCapacity) {
    // The UI's argument uses "2 / 1", which reads in any language; the log keeps "2 of 1".
    const which = (sep: string) => overCapacity.map((o) => `${o.name} (${o.load}${sep}${o.capacity})`).join(', ');
    const english = formatRefusal('refusal-over-capacity', { which: which(' of ') });
    throw refuse('BAD_INPUT', issue('allowOverCapacity', 'refusal-over-capacity', { which: which(' / ') }, english));
  }
  const changed = [];
  for (const { rep, to } of moves) {
    const from = rep.mentorId ? reps.get(rep.mentorId) : undefined;
    const cause = `reassigned by the Council from ${from?.name ?? 'no mentor'} to ${to.name}${note ? `: ${note}` : ''}`;
    await moveMentee(ctx, rep.id, to.id, cause);
    changed.push({ repId: rep.id, fromMentorId: rep.mentorId, toMentorId: to.id });
  }
  return { changed, overCapacity: overCapacity.map(({ name: _n, ...o }) => o) };
}
