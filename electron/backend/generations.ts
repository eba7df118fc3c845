import type { UnitOfWorkQueue } from './unit-of-work';

/**
 * How many committed changes each collection has had, counted from the write path's change events.
 * Derived state (list rows, the match context) keys its caches on these, so nothing guesses whether
 * it is stale from sizes, lengths or object identities: every write passes the write path, so every
 * write is counted.
 */
export class Generations {
  private readonly counts = new Map<string, number>();

  constructor(writes: UnitOfWorkQueue) {
    writes.subscribe((events) => {
      for (const e of events) this.counts.set(e.collection, (this.counts.get(e.collection) ?? 0) + 1);
    });
  }

  /** A key that changes whenever one of these collections (or 'settings') changes. */
  of(...collections: string[]): string {
    return collections.map((c) => this.counts.get(c) ?? 0).join('.');
  }
}
