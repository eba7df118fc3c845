import type { Role } from '../../../shared/model';
import { effectiveTimeZone } from '../../../shared/time/calendar';
import type { ChangeFeed } from '../change-feed';
import type { Generations } from '../generations';
import type { Store } from '../store/store';
import type { UnitOfWorkQueue } from '../unit-of-work';
import type { RepHealthIndex } from './rep-health';
import type { ReminderOutbox } from './reminder-outbox';

/** What every service function gets: the store, the clock and the derived indexes. */
export interface ServiceContext {
  store: Store;
  now(): string;
  health: RepHealthIndex;
  /** Delivers queued e-mail reminders in the background, with retry. */
  outbox: ReminderOutbox;
  /** The one write path, for work that starts outside an API call (the outbox, housekeeping). */
  writes: UnitOfWorkQueue;
  /** Recent changes, for screens that follow them. */
  changes: ChangeFeed;
  /** Change counts per collection, which derived caches are keyed on. */
  generations: Generations;
  transport: 'ipc' | 'http';
  appVersion: string;
  /** The API method being served, recorded in the audit log. */
  method: string;
}

export { newId } from '../store/transaction';

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
