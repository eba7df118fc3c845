import { createSearchIndex, type SearchIndex } from '../../../shared/search/fuzzy-index';
import { COACH_SEARCH_FIELDS, TASK_SEARCH_FIELDS } from '../../../shared/search/search-fields';
import type { Coach, Task } from '../../../shared/model/index';
import type { Store } from '../store/store';
import type { ChangeEvent } from '../write-path/unit-of-work';

/** A fuzzy index of one collection, built on first use and then kept in step by its change events. */
class CollectionIndex<T extends { id: string }> {
  private built: SearchIndex<T> | null = null;

  constructor(
    private readonly collection: 'tasks' | 'coaches',
    private readonly records: () => readonly T[],
    private readonly create: (items: readonly T[]) => SearchIndex<T>,
  ) {}

  get index(): SearchIndex<T> {
    this.built ??= this.create(this.records());
    return this.built;
  }

  /** Forgets the index; the next search builds it from the records. */
  reset(): void {
    this.built = null;
  }

  apply(events: readonly ChangeEvent[]): void {
    if (!this.built) return;
    for (const e of events) {
      if (e.collection !== this.collection) continue;
      // A restore or an import replaced the whole catalog: index it again.
      if (e.id === '*') return this.reset();
      if (e.after) this.built.update(e.after as T);
      else this.built.remove(e.id);
    }
  }
}

/** The catalog's and the coaches' search indexes, one pair per backend. */
export class SearchIndexes {
  readonly tasks: CollectionIndex<Task>;
  readonly coaches: CollectionIndex<Coach>;

  constructor(store: Store) {
    this.tasks = new CollectionIndex('tasks', () => store.collections.tasks.all, (items) => createSearchIndex<Task>(items, TASK_SEARCH_FIELDS));
    this.coaches = new CollectionIndex('coaches', () => store.collections.coaches.all, (items) => createSearchIndex<Coach>(items, COACH_SEARCH_FIELDS));
  }

  apply(events: readonly ChangeEvent[]): void {
    this.tasks.apply(events);
    this.coaches.apply(events);
  }

  reset(): void {
    this.tasks.reset();
    this.coaches.reset();
  }

  /** Builds both now (start-up, so the first search does not wait). */
  warm(): void {
    void this.tasks.index;
    void this.coaches.index;
  }
}
