import { createSearchIndex, type SearchIndex } from '../../../shared/search/fuzzy-index';
import { COACH_SEARCH_FIELDS, TASK_SEARCH_FIELDS } from '../../../shared/search/search-fields';
import type { Coach, Task } from '../../../shared/model';
import type { Store } from '../store/store';

type Versioned = { id: string; version: number };

/**
 * A fuzzy index kept in step with one collection. Services call `refresh` with each record they
 * write; `sync` before a search re-indexes only records whose version it has not seen, which
 * also picks up writes made by other features (seeding, restores) without rebuilding.
 */
export class SyncedIndex<T extends Versioned> {
  private readonly versions = new Map<string, number>();
  readonly index: SearchIndex<T>;

  constructor(
    private readonly records: () => readonly T[],
    create: (items: readonly T[]) => SearchIndex<T>,
  ) {
    const all = records();
    this.index = create(all);
    for (const r of all) this.versions.set(r.id, r.version);
  }

  refresh(record: T): void {
    if (this.versions.get(record.id) === record.version) return;
    this.index.update(record);
    this.versions.set(record.id, record.version);
  }

  sync(): SearchIndex<T> {
    const all = this.records();
    for (const r of all) this.refresh(r);
    if (this.versions.size > all.length) {
      const present = new Set(all.map((r) => r.id));
      for (const id of this.versions.keys()) {
        if (!present.has(id)) {
          this.index.remove(id);
          this.versions.delete(id);
        }
      }
    }
    return this.index;
  }
}

interface Indexes {
  tasks: SyncedIndex<Task>;
  coaches: SyncedIndex<Coach>;
}

/** One index per catalog per open store, built on first use. */
const byStore = new WeakMap<Store, Indexes>();

export function searchIndexes(store: Store): Indexes {
  let found = byStore.get(store);
  if (!found) {
    found = {
      tasks: new SyncedIndex(() => store.collections.tasks.all, (items) => createSearchIndex<Task>(items, TASK_SEARCH_FIELDS)),
      coaches: new SyncedIndex(() => store.collections.coaches.all, (items) => createSearchIndex<Coach>(items, COACH_SEARCH_FIELDS)),
    };
    byStore.set(store, found);
  }
  return found;
}
