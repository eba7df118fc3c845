import { lastSignificantByRep } from '../../../shared/domain/inactivity';
import type { Activity, Settings } from '../../../shared/model/index';
import type { Store } from '../store/store';
import type { ChangeEvent } from '../write-path/unit-of-work';

/** What a row needs of the index: each Rep's last significant activity. */
export interface HealthView {
  lastSignificant(repId: string): Activity | null;
}

/** Which Reps' rows an update touched: some, or all of them. */
export type Touched = ReadonlySet<string> | 'all';

/**
 * Each Rep's last significant activity, kept up to date from the write path's change events: a new
 * or changed activity moves only its Rep; a restore, a change to what counts as significant, or a
 * new community day (future-dated entries start to count when their day comes) rebuilds it. It
 * reflects committed data only; a unit of work that needs its own new activities counted before
 * they commit asks for a copy `including` them.
 */
export class RepHealthIndex implements HealthView {
  /** Built on first use (not before the backend answers), from committed activities only. */
  private built: Map<string, Activity> | null;

  /** `types` and `last` are for the views below: which types count (else the settings') and a copied index. */
  constructor(
    private readonly store: Store,
    private readonly now: () => string,
    private readonly types?: readonly Activity['type'][],
    last?: Map<string, Activity>,
  ) {
    this.built = last ?? null;
  }

  lastSignificant(repId: string): Activity | null {
    return this.last.get(repId) ?? null;
  }

  /** Rebuilds from every activity (a new day, a bulk replace). */
  rebuild(): void {
    this.built = null;
  }

  private get last(): Map<string, Activity> {
    this.built ??= this.build();
    return this.built;
  }

  /** Folds committed changes in; returns the Reps whose last significant activity may have moved. */
  apply(events: readonly ChangeEvent[]): Touched {
    const touched = new Set<string>();
    // Not built yet: nothing was derived from it, and it will be built from the committed data.
    if (!this.built) return touched;
    const significant = this.significant();
    const nowMs = Date.parse(this.now());
    for (const e of events) {
      if (e.collection === 'settings' && significantTypesChanged(e)) return this.rebuildAll();
      if (e.collection !== 'activities') continue;
      if (e.id === '*') return this.rebuildAll();
      const before = e.before as Activity | null;
      const after = e.after as Activity | null;
      if (after && !before) {
        if (this.fold(after, significant, nowMs)) touched.add(after.repId);
        continue;
      }
      // An edited or removed activity may have been someone's latest: look at that Rep again.
      for (const repId of new Set([before?.repId, after?.repId])) if (repId) touched.add(this.rescan(repId));
    }
    return touched;
  }

  /**
   * A copy of this index with `activities` (written but not yet committed) counted in, and the
   * Reps whose last significant activity they move. This index is left alone: the commit's events
   * update it.
   */
  including(activities: Iterable<Activity>): { index: RepHealthIndex; changed: Set<string> } {
    const index = new RepHealthIndex(this.store, this.now, this.types, new Map(this.last));
    const changed = new Set<string>();
    const significant = index.significant();
    const nowMs = Date.parse(this.now());
    for (const a of activities) if (index.fold(a, significant, nowMs)) changed.add(a.repId);
    return { index, changed };
  }

  /** A fresh index for settings just saved in this unit of work (a change to what counts as significant). */
  forSettings(settings: Pick<Settings, 'significantActivityTypes'>): RepHealthIndex {
    return new RepHealthIndex(this.store, this.now, settings.significantActivityTypes);
  }

  private rebuildAll(): 'all' {
    this.rebuild();
    return 'all';
  }

  private significant(): ReadonlySet<Activity['type']> {
    return new Set(this.types ?? this.store.settings.significantActivityTypes);
  }

  private build(): Map<string, Activity> {
    return lastSignificantByRep(this.store.committed('activities'), this.significant(), this.now());
  }

  /** Counts one new activity in; true when it is now its Rep's last significant one. */
  private fold(a: Activity, significant: ReadonlySet<Activity['type']>, nowMs: number): boolean {
    if (!significant.has(a.type)) return false;
    const ms = Date.parse(a.date);
    if (ms > nowMs) return false;
    const current = this.last.get(a.repId);
    if (current && Date.parse(current.date) >= ms) return false;
    this.last.set(a.repId, a);
    return true;
  }

  private rescan(repId: string): string {
    const found = lastSignificantByRep(
      this.store.committed('activities').filter((a) => a.repId === repId),
      this.significant(),
      this.now(),
    ).get(repId);
    if (found) this.last.set(repId, found);
    else this.last.delete(repId);
    return repId;
  }
}

function significantTypesChanged(e: ChangeEvent): boolean {
  const before = (e.before as Settings | null)?.significantActivityTypes;
  const after = (e.after as Settings | null)?.significantActivityTypes;
  return JSON.stringify(before) !== JSON.stringify(after);
}
