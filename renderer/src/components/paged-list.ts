import type { Input, Output } from '../../../shared/api';
import { api } from '../api/client';
import { attempt } from '../app/errors-store';

/** The list methods that page with offset/limit and answer `{ total, items }`. */
type ListMethod = 'reps.list' | 'catalog.list' | 'coaches.list';
type Row<M extends ListMethod> = Output<M>['items'][number];

export interface PagedList<F, R> {
  filters: F;
  items: R[];
  total: number;
  loading: boolean;
  setFilters(change: Partial<F>): Promise<void>;
  /** Fetches the first page for the current filters. */
  reload(): Promise<void>;
  /**
   * Fetches again every row already shown (a change made elsewhere), so the list keeps its length
   * and the user's scroll position instead of jumping back to the first page.
   */
  refresh(): Promise<void>;
  /** Fetches the next page; a list asks for it as the user scrolls near the end. */
  loadMore(): Promise<void>;
}

/**
 * The state of a long list that the backend serves a page at a time, as a zustand slice: the
 * screen shows (and windows) what was fetched and asks for more near the end. A newer query
 * (the user kept typing) wins over a slower older one.
 */
export function pagedList<M extends ListMethod, F extends Omit<Input<M>, 'offset' | 'limit'>>(method: M, initial: F, pageSize: number) {
  let generation = 0;
  type State = PagedList<F, Row<M>>;
  const fetchPage = (filters: F, offset: number) =>
    attempt(() => api().call(method, { ...filters, offset, limit: pageSize } as Input<M>) as Promise<{ total: number; items: Row<M>[] }>);

  // Asked for the next page while another fetch was running: fetched once that one is done, since
  // the screen asks only when its scroll position moves and may not move again.
  let moreWanted = false;
  const done = (get: () => State) => {
    if (!moreWanted) return;
    moreWanted = false;
    void get().loadMore();
  };

  return (set: (change: Partial<State>) => void, get: () => State): State => ({
    filters: initial,
    items: [],
    total: 0,
    loading: false,
    async setFilters(change) {
      set({ filters: { ...get().filters, ...change } });
      await get().reload();
    },
    async reload() {
      const mine = ++generation;
      set({ loading: true });
      const page = await fetchPage(get().filters, 0);
      if (mine !== generation) return;
      set({ loading: false, ...(page ? { items: page.items, total: page.total } : {}) });
      done(get);
    },
    async refresh() {
      const { items, filters } = get();
      const mine = ++generation;
      set({ loading: true });
      const offsets = Array.from({ length: Math.max(1, Math.ceil(items.length / pageSize)) }, (_, i) => i * pageSize);
      const pages = await Promise.all(offsets.map((offset) => fetchPage(filters, offset)));
      if (mine !== generation) return;
      const ok = pages.every((p) => p !== undefined && p !== null);
      set({ loading: false, ...(ok ? { items: pages.flatMap((p) => p!.items), total: pages.at(-1)!.total } : {}) });
      done(get);
    },
    async loadMore() {
      const { items, total, loading, filters } = get();
      if (loading) moreWanted = true;
      if (loading || items.length >= total) return;
      const mine = generation;
      set({ loading: true });
      const page = await fetchPage(filters, items.length);
      if (mine !== generation) return;
      set({ loading: false, ...(page ? { items: [...items, ...page.items], total: page.total } : {}) });
      done(get);
    },
  });
}
