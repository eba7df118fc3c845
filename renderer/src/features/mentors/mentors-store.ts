import { create } from 'zustand';
import type { MentorAccountability } from '../../../../shared/api';
import { api } from '../../api/client';
import { issuesOf } from '../../api/issues';
import { attempt, useErrors } from '../../app/errors-store';

interface MentorsState {
  data: MentorAccountability | null;
  /** Mentee id → chosen mentor id (the top suggestion until the Council picks another). */
  choice: Record<string, string>;
  selected: Record<string, boolean>;
  overCapacity: string | null;
  done: number | null;
  load(): Promise<void>;
  choose(repId: string, mentorId: string): void;
  toggle(repId: string, on: boolean): void;
  reassign(repIds: string[], allowOverCapacity: boolean): Promise<void>;
}

export const useMentors = create<MentorsState>((set, get) => ({
  data: null,
  choice: {},
  selected: {},
  overCapacity: null,
  done: null,
  async load() {
    const data = await attempt(() => api().call('mentors.accountability'));
    if (!data) return;
    // Pre-select as a bulk move would go: each mentee takes the best suggestion that still has room
    // after the mentees above them, so "reassign all" spreads people instead of piling them on one mentor.
    const room = new Map(data.active.map((m) => [m.mentor.id, m.free]));
    const choice: Record<string, string> = {};
    for (const m of data.inactive) {
      for (const mentee of m.mentees) {
        const pick = mentee.suggestions.find((s) => !s.reasons.some((r) => r.kind === 'no-shared-language') && (room.get(s.mentorId) ?? 0) > 0) ?? mentee.suggestions[0];
        if (!pick) continue;
        choice[mentee.rep.id] = pick.mentorId;
        room.set(pick.mentorId, (room.get(pick.mentorId) ?? 0) - 1);
      }
    }
    set({ data, choice, selected: {} });
  },
  choose(repId, mentorId) {
    set({ choice: { ...get().choice, [repId]: mentorId }, overCapacity: null });
  },
  toggle(repId, on) {
    set({ selected: { ...get().selected, [repId]: on } });
  },
  async reassign(repIds, allowOverCapacity) {
    const { choice } = get();
    const assignments = repIds.filter((id) => choice[id]).map((repId) => ({ repId, toMentorId: choice[repId]! }));
    if (assignments.length === 0) return;
    // Ask before going past capacity, from the loads on screen; the backend checks again.
    if (!allowOverCapacity) {
      const extra = new Map<string, number>();
      for (const a of assignments) extra.set(a.toMentorId, (extra.get(a.toMentorId) ?? 0) + 1);
      const over = (get().data?.active ?? []).filter((m) => (extra.get(m.mentor.id) ?? 0) > m.free);
      if (over.length) {
        set({ overCapacity: over.map((m) => `${m.mentor.name} (${m.load + extra.get(m.mentor.id)!} / ${m.capacity})`).join(', ') });
        return;
      }
    }
    try {
      const r = await api().call('mentors.reassign', { assignments, allowOverCapacity });
      set({ overCapacity: null, done: r.changed.length });
      await get().load();
    } catch (err) {
      // Past capacity: ask the Council to confirm rather than failing outright.
      const over = issuesOf(err)?.find((i) => i.path === 'allowOverCapacity' && i.messageId === 'refusal-over-capacity');
      if (over) set({ overCapacity: String(over.args?.which ?? '') });
      else useErrors.getState().report(err);
    }
  },
}));
