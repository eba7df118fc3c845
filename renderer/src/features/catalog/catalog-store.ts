import { create } from 'zustand';
import type { TaskDetail, TaskListQuery, TaskRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { pagedList, type PagedList } from '../../components/paged-list';

export type TaskFilters = Omit<TaskListQuery, 'offset' | 'limit'>;

interface CatalogState extends PagedList<TaskFilters, TaskRow> {
  detail: TaskDetail | null;
  open(id: string | null): Promise<void>;
}

export const useCatalog = create<CatalogState>((set, get) => ({
  ...pagedList('catalog.list', { search: '', status: [], sort: 'relevance', descending: false } as TaskFilters, 200)(set, get),
  detail: null,
  async open(id) {
    if (!id || id === 'new') return set({ detail: null });
    const detail = await attempt(() => api().call('catalog.get', { id }));
    set({ detail: detail ?? null });
  },
}));
