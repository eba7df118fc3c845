import { ActivityType } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { ChangeFeed } from './change-feed';
import { createDispatcher, type Dispatch } from './dispatch';
import { Generations } from './generations';
import { createHandlers } from './handlers';
import { seedCommunity, type CommunityData } from './seed';
import type { ServiceContext } from './services/context';
import { RepHealthIndex } from './services/rep-health';
import { allRepRows } from './services/reps';
import { searchIndexes } from './services/search-indexes';
import { DEFAULT_OUTBOX, ReminderOutbox, type OutboxOptions } from './services/reminder-outbox';
import { Store } from './store/store';
import { UnitOfWorkQueue } from './unit-of-work';

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
  close(): Promise<void>;
}

/**
 * Work a start needs but the first screen does not wait for. The day's first backup copies every
 * file (about 75 MB at 10,000 Reps), so it runs after the backend answers, in the write queue so
 * no change lands half-way through the copy. Then the Reps' rows (and the activity index under
 * them) and the catalog's search indexes are built, while the window is still loading.
 */
function startHousekeeping(store: Store, warm: () => void, writes: UnitOfWorkQueue, logError: (what: string, err: unknown) => void): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => writes.run('housekeeping.dailyBackup', () => store.dailyBackup()))
    .catch((err: unknown) => {
      logError('daily backup', err);
      const why = err instanceof Error ? err.message : String(err);
      store.notice('info', 'notice-backup-failed', { why });
    })
    .then(warm)
    .catch((err: unknown) => logError('warming the lists', err));
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
  });
  // From here on every write runs as a unit of work; a write outside one is refused.
  const writes = new UnitOfWorkQueue(store);
  store.setWriteGuard(writes);
  const changes = new ChangeFeed(writes);
  const generations = new Generations(writes);
  if (store.isNew) {
    const demo = opts.firstRun === 'demo' ? await (opts.loadDemo ?? embeddedDemo)() : null;
    if (demo) await writes.run('start-up.seed', () => seedCommunity(store, demo, now()));
    // Once the seed has committed; settings.json is written last, so a first run cut short starts
    // over instead of half-seeded.
    await store.markInitialized();
  }
  const health = new RepHealthIndex(store, now);
  // A restore or an archive import replaces everything the index was built from.
  store.onReplaced(() => health.invalidate());
  const outbox: ReminderOutbox = new ReminderOutbox(() => context('reminders.deliver'), { ...DEFAULT_OUTBOX, ...opts.outbox });
  const context = (method: string): ServiceContext => ({
    store,
    now,
    health,
    outbox,
    writes,
    changes,
    generations,
    transport: opts.transport,
    appVersion: opts.appVersion ?? '0.1.0',
    method,
  });
  const logError = opts.logError ?? ((method: string, err: unknown) => console.error(`[rekindle] ${method} failed:`, err));
  const dispatch = createDispatcher(createHandlers(context), { role: () => store.settings.currentUser.role, logError, writes });
  // Reminders queued before the last shutdown go out now.
  outbox.kick();
  const warm = () => {
    allRepRows(context('start-up'));
    searchIndexes(store);
  };
  const housekeeping = startHousekeeping(store, warm, writes, logError);
  return {
    dispatch,
    store,
    housekeeping,
    writes,
    async close() {
      changes.close();
      await housekeeping;
      await outbox.close();
      await store.close();
    },
  };
}
