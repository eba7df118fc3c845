import { create } from 'zustand';
import type { TaskDetail, TaskListQuery, TaskRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

export type TaskFilters = Omit<TaskListQuery, 'offset' | 'limit'>;

interface CatalogState {
  filters: TaskFilters;
  items: TaskRow[];
  total: number;
  detail: TaskDetail | null;
  setFilters(change: Partial<TaskFilters>): Promise<void>;
  reload(): Promise<void>;
  open(id: string | null): Promise<void>;
}

let generation = 0;

export const useCatalog = create<CatalogState>((set, get) => ({
  filters: { search: '', status: [], sort: 'relevance', descending: false },
  items: [],
  total: 0,
  detail: null,
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    await get().reload();
  },
  async reload() {
    const mine = ++generation;
    const page = await attempt(() => api().call('catalog.list', { ...get().filters, limit: 500 }));
    // A newer query (the user kept typing) wins over a slower older one.
    if (mine !== generation || !page) return;
    set({ items: page.items, total: page.total });
  },
  async open(id) {
    if (!id || id === 'new') return set({ detail: null });
    const detail = await attempt(() => api().call('catalog.get', { id }));
    set({ detail: detail ?? null });
  },
}));
