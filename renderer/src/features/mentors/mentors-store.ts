import { create } from 'zustand';
import type { MentorAccountability } from '../../../../shared/api';
import { api, ApiCallError } from '../../api/client';
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
    const choice: Record<string, string> = {};
    for (const m of data.inactive) for (const mentee of m.mentees) if (mentee.suggestions[0]) choice[mentee.rep.id] = mentee.suggestions[0].mentorId;
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
    try {
      const r = await api().call('mentors.reassign', { assignments, allowOverCapacity });
      set({ overCapacity: null, done: r.changed.length });
      await get().load();
    } catch (err) {
      // Past capacity: ask the Council to confirm rather than failing outright.
      if (err instanceof ApiCallError && err.message.startsWith('allowOverCapacity:')) set({ overCapacity: err.message.slice('allowOverCapacity: '.length) });
      else useErrors.getState().report(err);
    }
  },
}));
