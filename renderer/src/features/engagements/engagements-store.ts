import { create } from 'zustand';
import type { EngagementBoard, EngagementDetail, EngagementFilter, NextSteps } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

interface EngagementsState {
  filter: EngagementFilter;
  board: EngagementBoard | null;
  detail: EngagementDetail | null;
  next: NextSteps | null;
  setFilter(change: Partial<EngagementFilter>): Promise<void>;
  /** Records the stalled rule, then loads the board: what the board shows is what is stored. */
  load(): Promise<void>;
  open(id: string | null): Promise<void>;
  /** After any change to the open engagement: reload it, its next step and the board. */
  refresh(): Promise<void>;
}

export const useEngagements = create<EngagementsState>((set, get) => ({
  filter: {},
  board: null,
  detail: null,
  next: null,
  async setFilter(change) {
    const filter = { ...get().filter, ...change };
    for (const key of Object.keys(filter) as (keyof EngagementFilter)[]) if (!filter[key]) delete filter[key];
    set({ filter });
    const board = await attempt(() => api().call('engagements.list', filter));
    if (board) set({ board });
  },
  async load() {
    await attempt(() => api().call('engagements.recordStalled'));
    const board = await attempt(() => api().call('engagements.list', get().filter));
    if (board) set({ board });
  },
  async open(id) {
    if (!id) return set({ detail: null, next: null });
    const detail = await attempt(() => api().call('engagements.get', { id }));
    const next = detail?.survey ? await attempt(() => api().call('surveys.nextSteps', { id: detail.survey!.id })) : undefined;
    set({ detail: detail ?? null, next: next ?? null });
  },
  async refresh() {
    const id = get().detail?.engagement.id ?? null;
    await Promise.all([get().open(id), (async () => {
      const board = await attempt(() => api().call('engagements.list', get().filter));
      if (board) set({ board });
    })()]);
  },
}));
