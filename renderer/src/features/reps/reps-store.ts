import { create } from 'zustand';
import type { RepDetail, RepListQuery, RepRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

const PAGE = 200;

export type RepFilters = Pick<RepListQuery, 'search' | 'status' | 'sort' | 'descending'>;

interface RepsState {
  filters: RepFilters;
  items: RepRow[];
  total: number;
  loading: boolean;
  detail: RepDetail | null;
  setFilters(change: Partial<RepFilters>): Promise<void>;
  /** Fetches the first page for the current filters. */
  reload(): Promise<void>;
  /** Fetches the next page; the list asks for it as the user scrolls near the end. */
  loadMore(): Promise<void>;
  open(id: string | null): Promise<void>;
}

let generation = 0;

export const useReps = create<RepsState>((set, get) => ({
  filters: { search: '', status: [], sort: 'name', descending: false },
  items: [],
  total: 0,
  loading: false,
  detail: null,
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    await get().reload();
  },
  async reload() {
    const mine = ++generation;
    set({ loading: true });
    const page = await attempt(() => api().call('reps.list', { ...get().filters, offset: 0, limit: PAGE }));
    // A newer query (the user kept typing) wins over a slower older one.
    if (mine !== generation) return;
    set({ loading: false, ...(page ? { items: page.items, total: page.total } : {}) });
  },
  async loadMore() {
    const { items, total, loading, filters } = get();
    if (loading || items.length >= total) return;
    const mine = generation;
    set({ loading: true });
    const page = await attempt(() => api().call('reps.list', { ...filters, offset: items.length, limit: PAGE }));
    if (mine !== generation) return;
    set({ loading: false, ...(page ? { items: [...items, ...page.items], total: page.total } : {}) });
  },
  async open(id) {
    if (!id) return set({ detail: null });
    const detail = await attempt(() => api().call('reps.get', { id }));
    set({ detail: detail ?? null });
  },
}));
