import type { Store } from '../store/store';
import type { ChangeEvent, UnitOfWorkQueue } from '../write-path/unit-of-work';
import { MatchContextCache } from '../features/match/match';
import { RepHealthIndex } from './rep-health';
import { RepRows } from '../features/reps/reps';
import { SearchIndexes } from './search-indexes';

/**
 * Everything the backend derives from its data, created once per backend and updated from the
 * write path's change events as each unit of work commits: nothing here guesses whether it is
 * stale, and nothing is shared between two backends in one process. The order matters only here:
 * the rows read the health index, so it hears of a change first.
 */
export class DerivedState {
  readonly health: RepHealthIndex;
  readonly rows: RepRows;
  readonly search: SearchIndexes;
  readonly match: MatchContextCache;

  constructor(store: Store, now: () => string, writes: UnitOfWorkQueue) {
    this.health = new RepHealthIndex(store, now);
    this.rows = new RepRows({ store, now, health: this.health });
    this.search = new SearchIndexes(store);
    this.match = new MatchContextCache({ store, now });
    writes.subscribe((events) => this.apply(events));
  }

  /**
   * The community's day turned: statuses count whole days on its calendar, and activities dated
   * later than the old day start to count. Called by the day-change housekeeping, in its unit of
   * work, before it recomputes the stored statuses.
   */
  dayChanged(): void {
    this.health.rebuild();
    this.rows.rebuild();
    this.match.reset();
  }

  /** Builds what the first screens ask for, so they do not wait for it (a speed-up, not a rule). */
  warm(): void {
    for (const sort of ['name', 'country', 'status', 'lastActivity'] as const) this.rows.sortedBy(sort);
    this.search.warm();
  }

  private apply(events: readonly ChangeEvent[]): void {
    try {
      const touched = this.health.apply(events);
      this.rows.apply(events, touched);
      this.search.apply(events);
      this.match.apply(events);
    } catch (err) {
      // Half-applied derived state would be silently wrong: start it over from the data instead.
      this.health.rebuild();
      this.rows.rebuild();
      this.search.reset();
      this.match.reset();
      throw err;
    }
  }
}
