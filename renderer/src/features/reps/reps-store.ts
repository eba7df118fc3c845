import { create } from 'zustand';
import type { RepDetail, RepListQuery, RepRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { pagedList, type PagedList } from '../../components/paged-list';

export type RepFilters = Pick<RepListQuery, 'search' | 'status' | 'sort' | 'descending'>;

interface RepsState extends PagedList<RepFilters, RepRow> {
  detail: RepDetail | null;
  open(id: string | null): Promise<void>;
}

export const useReps = create<RepsState>((set, get) => ({
  ...pagedList('reps.list', { search: '', status: [], sort: 'name', descending: false } as RepFilters, 200)(set, get),
  detail: null,
  async open(id) {
    if (!id) return set({ detail: null });
    const detail = await attempt(() => api().call('reps.get', { id }));
    set({ detail: detail ?? null });
  },
}));
