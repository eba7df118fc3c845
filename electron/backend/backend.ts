import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { ChangeFeed } from './write-path/change-feed';
import { CommunityDay, communityToday, DAY_CHECK_MS } from './derived/community-day';
import { DerivedState } from './derived/derived-state';
import { createDispatcher, type Dispatch } from './dispatch';
import { handlers } from './handlers';
import { seedCommunity, type CommunityData } from './seed';
import type { ServiceContext } from './context';
import { DEFAULT_OUTBOX, ReminderOutbox, type OutboxOptions } from './features/reminders/reminder-outbox';
import { recomputeStatuses } from './features/reps/status';
import { Store } from './store/store';
import { SyncEngine, type SyncEngineOptions } from './sync/engine';
import { UnitOfWorkQueue } from './write-path/unit-of-work';

export interface BackendOptions {
  dataDir: string;
  /** What a brand-new data folder starts with. */
  firstRun: 'demo' | 'empty';
  transport: 'ipc' | 'http';
  appVersion?: string;
  /** Injected in tests so dates are reproducible. */
  now?: () => string;
  /** Loads the demo community; defaults to the dataset embedded from resources/. */
  loadDemo?: () => Promise<CommunityData>;
  logError?: (method: string, err: unknown) => void;
  /** Retry timing of the e-mail reminder queue; tests shorten it. */
  outbox?: Partial<OutboxOptions>;
  /** How often the community's day is checked; tests shorten it. */
  dayCheckMs?: number;
  /** Community sync: where the password is kept between restarts, and retry timing (tests shorten it). */
  sync?: Pick<SyncEngineOptions, 'password' | 'vault' | 'retryMaxMs'>;
}

/**
 * The current time as an ISO string, formatted once per millisecond: services ask for it per
 * record (classifying 10,000 Reps asks 10,000 times), and formatting dates is not free.
 */
function systemClock(): () => string {
  let lastMs = -1;
  let lastIso = '';
  return () => {
    const ms = Date.now();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    return lastIso;
  };
}

/**
 * A clock that starts at a given instant and runs from there: `start:web` takes one from
 * REKINDLE_NOW so a demo or an end-to-end test sees the same day whenever it runs.
 */
export function clockStartingAt(startIso: string): () => string {
  const start = Date.parse(startIso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(startIso) || Number.isNaN(start)) throw new Error(`REKINDLE_NOW must be an ISO date and time such as 2026-11-28T12:00:00Z, not "${startIso}"`);
  const offset = start - Date.now();
  const running = systemClock();
  return () => new Date(Date.parse(running()) + offset).toISOString();
}

export interface Backend {
  dispatch: Dispatch;
  store: Store;
  /** Settles when the start-up housekeeping (the day's backup, warming indexes) is done. */
  housekeeping: Promise<void>;
  /** The one write path; tests that write to the store directly run their writes in it. */
  writes: UnitOfWorkQueue;
  /** Community sync; tests wait on `sync.idle()`. */
  sync: SyncEngine;
  /** Looks at the community's calendar now; resolves once a day change it found is handled. */
  checkDay(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Work a start needs but the first screen does not wait for. First the Reps' rows in every order
 * the list offers and the catalog's search indexes are built, while the window is still loading,
 * so the first lists do not build them. The day's first backup copies every file (about 75 MB at
 * 10,000 Reps), so it runs after the backend answers, in the write queue so no change lands
 * half-way through the copy.
 */
function startHousekeeping(store: Store, warm: () => void, writes: UnitOfWorkQueue, logError: (what: string, err: unknown) => void): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(warm)
    .catch((err: unknown) => logError('warming the lists', err))
    .then(() => writes.run('housekeeping.dailyBackup', () => store.dailyBackup()))
    .catch((err: unknown) => {
      logError('daily backup', err);
      const why = err instanceof Error ? err.message : String(err);
      store.notice('info', 'notice-backup-failed', { why });
    });
}

async function embeddedDemo(): Promise<CommunityData> {
  const mod = await import('../../resources/demo/demo-community.json');
  return (mod.default ?? mod) as unknown as CommunityData;
}

/** Opens the data folder and returns the one dispatcher that both IPC and the HTTP bridge call. */
export async function openBackend(opts: BackendOptions): Promise<Backend> {
  const now = opts.now ?? systemClock();
  const store = await Store.open({
    dataDir: opts.dataDir,
    now,
    defaultSettings: () => defaultSettings(ActivityType.options, now()),
    settleInWriteQueue: true,
  });
  // From here on every write runs as a unit of work; a write outside one is refused.
  const writes = new UnitOfWorkQueue(store);
  store.setWriteGuard(writes);
  const changes = new ChangeFeed(writes);
  // Replayed journals and migrated files are saved in the queue's first unit of work.
  await writes.run('start-up.migrate', () => store.settle());
  if (store.isNew) {
    const demo = opts.firstRun === 'demo' ? await (opts.loadDemo ?? embeddedDemo)() : null;
    if (demo) await writes.run('start-up.seed', () => seedCommunity(store, demo, now()));
    // Once the seed has committed; settings.json is written last, so a first run cut short starts
    // over instead of half-seeded.
    await writes.run('start-up.initialize', () => store.markInitialized());
  }
  // Built over the seeded data; from here on it follows the change events.
  const derived = new DerivedState(store, now, writes);
  const logError = opts.logError ?? ((method: string, err: unknown) => console.error(`[rekindle] ${method} failed:`, err));
  // Behind the write path: it hears committed changes and applies the server's through `writes`.
  const sync = new SyncEngine({ dataDir: opts.dataDir, store, writes, changes, now, logError, ...opts.sync });
  const outbox: ReminderOutbox = new ReminderOutbox(() => context('reminders.deliver'), { ...DEFAULT_OUTBOX, ...opts.outbox });
  const context = (method: string): ServiceContext => ({
    store,
    now,
    health: derived.health,
    rows: derived.rows,
    search: derived.search,
    match: derived.match,
    outbox,
    writes,
    changes,
    sync,
    transport: opts.transport,
    appVersion: opts.appVersion ?? '0.1.0',
    method,
  });
  const dispatch = createDispatcher(handlers, { contextFor: context, role: () => store.settings.currentUser.role, logError, writes });
  // Reminders queued before the last shutdown go out now.
  outbox.kick();
  // A machine that was connected to a community carries on (in the background: reconciling a big replica takes a while).
  void sync.start();
  const housekeeping = startHousekeeping(store, () => derived.warm(), writes, logError);
  // Statuses follow the community's calendar: when its day turns they are recomputed through the
  // write path, so the change is audited and the rows follow from its events.
  const day = new CommunityDay(
    communityToday(now, () => store.settings.communityTimeZone),
    (day) =>
      writes
        .run('housekeeping.dayChanged', async () => {
          derived.dayChanged();
          await recomputeStatuses(context('housekeeping.dayChanged'), undefined, { messageId: 'status-occasion-day-changed', args: { day } });
        })
        .then(
          () => undefined,
          (err: unknown) => logError('housekeeping.dayChanged', err),
        ),
    opts.dayCheckMs ?? DAY_CHECK_MS,
  );
  return {
    dispatch,
    store,
    housekeeping,
    writes,
    sync,
    checkDay: () => day.check(),
    async close() {
      changes.close();
      await sync.close();
      await day.stop();
      await housekeeping;
      await outbox.close();
      await store.close();
    },
  };
}
