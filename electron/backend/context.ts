import type { Role } from '../../shared/model/index';
import { effectiveTimeZone } from '../../shared/time/calendar';
import type { ChangeFeed } from './write-path/change-feed';
import type { Store } from './store/store';
import type { UnitOfWorkQueue } from './write-path/unit-of-work';
import type { MatchContextCache } from './features/match/match';
import type { RepHealthIndex } from './derived/rep-health';
import type { RepRows } from './features/reps/reps';
import type { SearchIndexes } from './derived/search-indexes';
import type { ReminderOutbox } from './features/reminders/reminder-outbox';
import type { SyncEngine } from './sync/engine';

/**
 * What every service function gets: the store, the clock and the derived state. The derived state
 * is created once per backend and follows the write path's change events, so it reflects what
 * has committed (a unit of work does not see its own writes there until it ends).
 */
export interface ServiceContext {
  store: Store;
  now(): string;
  health: RepHealthIndex;
  /** Every Rep's list row. */
  rows: RepRows;
  /** The catalog's and the coaches' search indexes. */
  search: SearchIndexes;
  /** The prepared match context. */
  match: MatchContextCache;
  /** Delivers queued e-mail reminders in the background, with retry. */
  outbox: ReminderOutbox;
  /** The one write path, for work that starts outside an API call (the outbox, housekeeping). */
  writes: UnitOfWorkQueue;
  /** Recent changes, for screens that follow them. */
  changes: ChangeFeed;
  /** Community sync: local by default, or replicating with a CouchDB server. */
  sync: SyncEngine;
  transport: 'ipc' | 'http';
  appVersion: string;
  /** The API method being served, recorded in the audit log. */
  method: string;
}

export { newId } from './store/transaction';

/** Who is reading, for the confidentiality rules (shared/domain/confidential.ts). */
export function readerOf(ctx: Pick<ServiceContext, 'store'>): Role {
  return ctx.store.settings.currentUser.role;
}

/** The zone the user's typed dates are read in: theirs from Settings, else this machine's. */
export function userZone(ctx: Pick<ServiceContext, 'store'>): string {
  return effectiveTimeZone(ctx.store.settings.timeZone);
}

/** The zone status thresholds count whole days in, the same on every machine of the community. */
export function communityZone(ctx: Pick<ServiceContext, 'store'>): string {
  return ctx.store.settings.communityTimeZone;
}
