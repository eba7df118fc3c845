import { create } from 'zustand';
import type { CoachListQuery, CoachRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

export type CoachFilters = Omit<CoachListQuery, 'offset' | 'limit'>;

interface CoachesState {
  filters: CoachFilters;
  items: CoachRow[];
  total: number;
  setFilters(change: Partial<CoachFilters>): Promise<void>;
  reload(): Promise<void>;
}

let generation = 0;

export const useCoaches = create<CoachesState>((set, get) => ({
  filters: { search: '', includeInactive: false, hasRoom: false, sort: 'relevance', descending: false },
  items: [],
  total: 0,
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    await get().reload();
  },
  async reload() {
    const mine = ++generation;
    const page = await attempt(() => api().call('coaches.list', { ...get().filters, limit: 500 }));
    if (mine !== generation || !page) return;
    set({ items: page.items, total: page.total });
  },
}));
