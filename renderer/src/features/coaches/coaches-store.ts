import { create } from 'zustand';
import type { CoachListQuery, CoachRow } from '../../../../shared/api';
import { pagedList, type PagedList } from '../../components/paged-list';

export type CoachFilters = Omit<CoachListQuery, 'offset' | 'limit'>;

export const useCoaches = create<PagedList<CoachFilters, CoachRow>>(
  pagedList('coaches.list', { search: '', includeInactive: false, hasRoom: false, sort: 'relevance', descending: false } as CoachFilters, 200),
);
