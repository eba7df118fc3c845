import { lastSignificantByRep } from '../../../shared/domain/inactivity';
import type { Activity } from '../../../shared/model';
import { todayIn } from '../../../shared/time/calendar';
import type { Store } from '../store/store';

/**
 * Each Rep's last significant activity, derived from the activities collection. Built on first
 * use; new activities update only the Reps they belong to (applyNewActivities), and a full
 * rebuild happens only when what counts as significant changes (invalidate) or the community's day turns
 * (so entries that were dated in the future start to count when their day comes).
 */
export class RepHealthIndex {
  private last: Map<string, Activity> | null = null;
  private builtDay = '';
  private builtTypes: readonly string[] | null = null;

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
  ) {}

  invalidate(): void {
    this.last = null;
  }

  private index(): Map<string, Activity> {
    // Asked once per Rep when a list is built, so the staleness check must be cheap: saved
    // settings are a new object, so the types array's identity tells whether they changed.
    const day = todayIn(this.now(), this.store.settings.communityTimeZone);
    const types = this.store.settings.significantActivityTypes;
    if (!this.last || day !== this.builtDay || types !== this.builtTypes) {
      this.last = lastSignificantByRep(this.store.collections.activities.all, new Set(types), this.now());
      this.builtDay = day;
      this.builtTypes = types;
    }
    return this.last;
  }

  /** Builds the index now if needed: call before new activities are stored, so they are folded in as new. */
  warm(): void {
    this.index();
  }

  lastSignificant(repId: string): Activity | null {
    return this.index().get(repId) ?? null;
  }

  /**
   * Folds just-imported activities into the index and returns the Reps whose last significant
   * activity moved, so only they are re-classified.
   */
  applyNewActivities(activities: Iterable<Activity>): Set<string> {
    const index = this.index();
    const newest = lastSignificantByRep(activities, new Set(this.store.settings.significantActivityTypes), this.now());
    const changed = new Set<string>();
    for (const [repId, activity] of newest) {
      const current = index.get(repId);
      if (!current || Date.parse(activity.date) > Date.parse(current.date)) {
        index.set(repId, activity);
        changed.add(repId);
      }
    }
    return changed;
  }
}
