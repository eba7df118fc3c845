import { lastSignificantByRep } from '../../../shared/domain/inactivity';
import type { Activity } from '../../../shared/model';
import type { Store } from '../store/store';

/**
 * Each Rep's last significant activity, derived from the activities collection. Built on first
 * use and rebuilt when what counts as significant, or the activities, change.
 */
export class RepHealthIndex {
  private last: Map<string, Activity> | null = null;

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
  ) {}

  invalidate(): void {
    this.last = null;
  }

  lastSignificant(repId: string): Activity | null {
    this.last ??= lastSignificantByRep(this.store.collections.activities.all, new Set(this.store.settings.significantActivityTypes), this.now());
    return this.last.get(repId) ?? null;
  }
}
