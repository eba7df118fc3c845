import { create } from 'zustand';
import type { BatchPlan, MatchChoice, MatchStart, MatchSuggestions, WhyNotAnswer } from '../../../../shared/api';
import type { Conversation } from '../../../../shared/model';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

/** How many suggestions the screen shows (and freezes into the session). */
export const SHOWN = 10;

interface MatchState {
  repId: string | null;
  start: MatchStart | null;
  conversations: Conversation[];
  redacted: boolean;
  suggestions: MatchSuggestions | null;
  whyNot: WhyNotAnswer | null;
  choice: MatchChoice | null;
  /** Loads everything for one Rep (null clears the session). */
  open(repId: string | null): Promise<void>;
  loadConversations(): Promise<void>;
  loadSuggestions(): Promise<void>;
  ask(query: { taskId?: string; coachId?: string }): Promise<void>;
  choose(taskId: string, coachId: string, orientationCallAt: string | null): Promise<void>;
}

export const useMatch = create<MatchState>((set, get) => ({
  repId: null,
  start: null,
  conversations: [],
  redacted: false,
  suggestions: null,
  whyNot: null,
  choice: null,
  async open(repId) {
    set({ repId, start: null, conversations: [], suggestions: null, whyNot: null, choice: null });
    if (!repId) return;
    const start = await attempt(() => api().call('match.start', { repId }));
    if (get().repId !== repId) return;
    set({ start: start ?? null });
    await get().loadConversations();
  },
  async loadConversations() {
    const repId = get().repId;
    if (!repId) return;
    const list = await attempt(() => api().call('match.conversations', { repId }));
    if (list && get().repId === repId) set({ conversations: list.items, redacted: list.redacted });
  },
  async loadSuggestions() {
    const repId = get().repId;
    if (!repId) return;
    const suggestions = await attempt(() => api().call('match.suggest', { repId, limit: SHOWN }));
    if (suggestions && get().repId === repId) set({ suggestions, whyNot: null });
  },
  async ask(query) {
    const repId = get().repId;
    if (!repId) return;
    const answer = await attempt(() => api().call('match.whyNot', { repId, ...query }));
    set({ whyNot: answer ?? null });
  },
  async choose(taskId, coachId, orientationCallAt) {
    const repId = get().repId;
    if (!repId) return;
    const choice = await attempt(() => api().call('match.choose', { repId, taskId, coachId, shown: SHOWN, orientationCallAt }));
    if (choice) set({ choice });
  },
}));

interface BatchState {
  plan: BatchPlan | null;
  computing: boolean;
  /** repId → index into that pair's alternatives (-1: the plan's own pair); absent from `kept`: dropped. */
  picked: Record<string, number>;
  kept: Record<string, boolean>;
  created: number | null;
  compute(): Promise<void>;
  pick(repId: string, index: number): void;
  keep(repId: string, on: boolean): void;
  accept(): Promise<void>;
}

export const useBatch = create<BatchState>((set, get) => ({
  plan: null,
  computing: false,
  picked: {},
  kept: {},
  created: null,
  async compute() {
    set({ computing: true, created: null });
    const plan = await attempt(() => api().call('match.batchPlan', { timeLimitSeconds: 5 }));
    set({ computing: false, plan: plan ?? null, picked: {}, kept: Object.fromEntries((plan?.pairs ?? []).map((p) => [p.repId, true])) });
  },
  pick(repId, index) {
    set({ picked: { ...get().picked, [repId]: index } });
  },
  keep(repId, on) {
    set({ kept: { ...get().kept, [repId]: on } });
  },
  async accept() {
    const { plan, picked, kept } = get();
    if (!plan) return;
    const pairs = plan.pairs
      .filter((p) => kept[p.repId])
      .map((p) => {
        const alt = p.alternatives[picked[p.repId] ?? -1];
        return { repId: p.repId, taskId: alt?.taskId ?? p.taskId, coachId: alt?.coachId ?? p.coachId };
      });
    const done = await attempt(() => api().call('match.batchAccept', { pairs }));
    if (done) set({ created: done.created.length, plan: null });
  },
}));
