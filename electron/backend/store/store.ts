import { Low } from 'lowdb';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { describeIssues, issuesToMessage } from '../../../shared/errors';
import type { Notice } from '../../../shared/api';
import { Settings } from '../../../shared/model';
import { formatNotice, type NoticeArgs, type NoticeMessageId } from '../../../shared/notices';
import { Collection } from './collection';
import { COMMIT_LOG, parseCommitLine, replayCommits, type CommitLine } from './commit-log';
import { DurableJsonFile } from './durable-json-file';
import { applyJournal, Journal, listJournals, readJournals, readLog } from './journal';
import { Transaction, type CommitOp, type TransactionHost } from './transaction';
import { claimBackupDir } from './backups';
import { lockDataDir } from './lock';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  SCHEMA_VERSION,
  SettingsDoc,
  migrate,
  migrateRecord,
  schemaFingerprint,
  type CollectionDoc,
  type CollectionName,
  type RecordOf,
} from './schema';

export type Collections = { [N in CollectionName]: Collection<RecordOf<N>> };
export interface StoreContents {
  settings: Settings;
  collections: { [N in CollectionName]: RecordOf<N>[] };
}

export interface StoreOptions {
  dataDir: string;
  now: () => string;
  /** Used when settings.json does not exist yet. */
  defaultSettings: () => Settings;
  /** The backend saves migrations and replays in its write queue (see `settle`); bare stores do it on open. */
  settleInWriteQueue?: boolean;
  /** Days of rolling daily backups to keep. */
  keepBackups?: number;
}

/**
 * What the backend's write path offers the store: the transaction of the unit of work running now
 * (null outside one, and then the store refuses to write).
 */
export interface WriteGuard {
  current(): Transaction | null;
}

/** A commit of this many records is folded into the snapshots at once (imports, restores). */
const BULK = 200;
const COMPACT_LINES = 2_000;
const COMPACT_BYTES = 4 * 1024 * 1024;

const BACKUP_DIR = 'backups';
const SET_ASIDE_DIR = 'damaged';

/** A file that could not be read, with a sentence that says why. */
class DamagedFile extends Error {}

export class Store implements TransactionHost {
  readonly notices: Notice[] = [];
  private settingsDb!: Low<SettingsDoc>;
  readonly collections = {} as Collections;
  private files: DurableJsonFile<unknown>[] = [];
  /** True when no data file existed before this start. */
  isNew = false;

  private constructor(private readonly opts: StoreOptions) {}

  private unlock: () => Promise<void> = async () => undefined;

  static async open(opts: StoreOptions): Promise<Store> {
    const store = new Store(opts);
    await mkdir(opts.dataDir, { recursive: true });
    store.unlock = await lockDataDir(opts.dataDir);
    try {
      await store.load();
      if (!opts.settleInWriteQueue) await store.settle();
    } catch (err) {
      await store.unlock();
      throw err;
    }
    return store;
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }

  get settings(): Settings {
    return this.settingsDb.data.settings;
  }

  private guard: WriteGuard | null = null;
  /** The store-wide journal of commits (see commit-log.ts). */
  private commits!: Journal<CommitLine>;
  private settingsDirty = false;
  private compactionDue = false;
  private compaction: Promise<void> = Promise.resolve();

  /** Installs the backend's write path: from now on every write must run in a unit of work. */
  setWriteGuard(guard: WriteGuard): void {
    this.guard = guard;
  }

  now(): string {
    return this.opts.now();
  }

  /** A collection's committed records: without what the unit of work now running has not committed yet. */
  committed<N extends CollectionName>(name: N): readonly RecordOf<N>[] {
    const all = this.collections[name].all;
    return this.guard?.current()?.committedView(name, all) ?? all;
  }

  /** A new transaction for a unit of work; the write path commits or rolls it back. */
  begin(method: string): Transaction {
    return new Transaction(this, method);
  }

  /**
   * The transaction a write joins. Once the backend's write path is installed, a write outside a
   * unit of work is refused; a bare store (tools, store tests) commits each write on its own.
   */
  private readonly transactionFor = (collection: string): Transaction => {
    if (!this.guard) return new Transaction(this, 'store', true);
    const tx = this.guard.current();
    if (!tx) throw new Error(`A write to ${collection} was attempted outside a unit of work; every change must run through the write queue.`);
    return tx;
  };

  async saveSettings(next: Settings): Promise<void> {
    await this.transactionFor('settings').saveSettings(next);
  }

  applySettings(next: Settings): () => void {
    const previous = this.settingsDb.data;
    this.settingsDb.data = { ...previous, schemaVersion: SCHEMA_VERSION, settings: next };
    this.settingsDirty = true;
    return () => {
      this.settingsDb.data = previous;
    };
  }

  /** One fsynced journal line for the whole unit of work: a torn line is a commit never acknowledged. */
  async commitOps(ops: readonly CommitOp[]): Promise<void> {
    await this.commits.append([{ ops: [...ops] }]);
    const records = ops.reduce((n, op) => n + (op.op === 'replace' ? op.records.length : 1), 0);
    if (records >= BULK || this.commits.entries >= COMPACT_LINES || this.commits.bytes >= COMPACT_BYTES) this.compactionDue = true;
    // A bare store has no queue to compact between units of work; it does so after each write.
    if (!this.guard) await this.maintain();
  }

  /** Compacts when the journal has grown; the write path calls it between units of work. */
  async maintain(): Promise<void> {
    if (this.compactionDue) await this.compact();
  }

  /** Everything the store holds, as plain data (for archives and backups). */
  contents(): StoreContents {
    const collections = {} as StoreContents['collections'];
    for (const name of COLLECTION_NAMES) (collections as Record<string, unknown>)[name] = [...this.collections[name].all];
    return { settings: this.settings, collections };
  }

  /**
   * Replaces all data with contents that were already validated, each collection written as a
   * fresh snapshot; each replacement is a bulk change event, from which caches and indexes rebuild.
   */
  async replaceContents(contents: StoreContents): Promise<void> {
    for (const name of COLLECTION_NAMES) await this.collections[name].replaceAll([...(contents.collections[name] as never[])]);
    await this.saveSettings(contents.settings);
  }

  /** Leaves everything in the snapshots (before a backup, before exit, in tests). */
  async flush(): Promise<void> {
    await this.compaction.catch(() => undefined);
    if (this.settingsDirty || COLLECTION_NAMES.some((name) => this.collections[name].dirty)) await this.compact();
    await Promise.all(this.files.map((f) => f.idle()));
  }

  /** Folds the journal into the snapshots and closes it; the store is unusable after. */
  async close(): Promise<void> {
    await this.flush();
    await this.commits?.close();
    await this.unlock();
  }

  /**
   * Folds the journal into the snapshots of the collections that changed: start a new journal
   * generation, write each changed snapshot (which holds everything so far) atomically with that
   * generation, then delete the older journals, which every snapshot has now passed — a snapshot
   * that was not rewritten had nothing in them. A crash at any point replays what a snapshot lacks.
   */
  compact(): Promise<void> {
    if (this.guard?.current()?.hasWrites) {
      // Snapshots are written from memory, which holds this unit's changes before they are committed.
      return Promise.reject(new Error('The store cannot fold its journal while a unit of work has uncommitted changes.'));
    }
    const run = this.compaction.catch(() => undefined).then(async () => {
      this.compactionDue = false;
      const gen = await this.commits.rotate();
      for (const name of COLLECTION_NAMES) {
        const collection = this.collections[name];
        if (collection.dirty) await collection.writeSnapshot(gen);
        // Journals of the old per-collection format are in the snapshot now.
        if (this.legacyJournals.delete(name)) for (const j of await listJournals(this.opts.dataDir, name)) await rm(j.path, { force: true });
      }
      if (this.settingsDirty) {
        this.settingsDirty = false;
        this.settingsDb.data = { ...this.settingsDb.data, journalGen: gen };
        await this.settingsDb.write();
      }
      await this.commits.removeBefore(gen);
    });
    this.compaction = run;
    return run;
  }

  /** Collections whose old per-collection journals were replayed on this start. */
  private readonly legacyJournals = new Set<CollectionName>();

  private path(file: string): string {
    return join(this.opts.dataDir, `${file}.json`);
  }

  private async load(): Promise<void> {
    await mkdir(this.opts.dataDir, { recursive: true });
    await removeStaleTempFiles(this.opts.dataDir);
    this.isNew = !(await exists(this.path('settings')));
    const upgrade = this.isNew ? null : await this.backupBeforeUpgrade();

    const settingsFile = new DurableJsonFile<SettingsDoc>(this.path('settings'));
    const settingsDoc = await this.readValidated('settings', settingsFile, (raw) => {
      const parsed = SettingsDoc.safeParse(raw);
      if (!parsed.success) throw new DamagedFile(issuesToMessage('its content does not match the settings schema', describeIssues(parsed.error.issues)));
      return parsed.data;
    });
    this.settingsDb = new Low(settingsFile, settingsDoc ?? { schemaVersion: SCHEMA_VERSION, settings: this.opts.defaultSettings() });
    this.files.push(settingsFile as DurableJsonFile<unknown>);

    const files = new Map(
      COLLECTION_NAMES.map((name) => [name, new DurableJsonFile<CollectionDoc<RecordOf<typeof name>>>(this.path(name), schemaFingerprint(COLLECTIONS[name]))]),
    );
    for (const file of files.values()) file.prefetch();
    for (const name of COLLECTION_NAMES) {
      const file = files.get(name)!;
      const schema = COLLECTIONS[name] as z.ZodType;
      const doc = (await this.readValidated(name, file, (raw) => validateCollection(raw, schema, file.lastReadWasOwnWrite))) ?? {
        schemaVersion: SCHEMA_VERSION,
        records: [],
      };
      const replayed = await this.replayLegacyJournal(name, doc, schema);
      const collection = new Collection(name, new Low(file, doc) as never, this.transactionFor);
      (this.collections as Record<string, unknown>)[name] = collection;
      this.files.push(file as DurableJsonFile<unknown>);
      if (replayed > 0 || this.migratedFiles.has(name)) collection.dirty = true;
    }
    await this.openCommitLog();
    this.pendingUpgrade = upgrade;
  }

  private pendingUpgrade: { from: number; backupId: string } | null = null;

  /**
   * Saves what opening changed in memory: journals replayed, files migrated to this data format.
   * The backend runs this as its first unit of work, so migrations pass the write queue like any
   * change; a bare store does it as it opens. Returns the upgrade it finished, if any.
   */
  async settle(): Promise<{ from: number; to: number; backup: string } | null> {
    if (this.guard && !this.guard.current()) throw new Error('Saving the opened data folder was attempted outside a unit of work; it must run through the write queue.');
    // Fold what was replayed into the snapshots now, so the next start reads one file each.
    if (this.settingsDirty || COLLECTION_NAMES.some((name) => this.collections[name].dirty)) await this.compact();
    const upgrade = this.pendingUpgrade;
    this.pendingUpgrade = null;
    if (!upgrade) return null;
    await this.finishUpgrade(upgrade);
    return { from: upgrade.from, to: SCHEMA_VERSION, backup: upgrade.backupId };
  }

  /** Replays the commits that the snapshots lack and opens the journal for the next ones. */
  private async openCommitLog(): Promise<void> {
    const settingsGen = this.settingsDb.data.journalGen ?? 0;
    const folderVersion = this.readVersions.get('settings') ?? SCHEMA_VERSION;
    const gens = [settingsGen, ...COLLECTION_NAMES.map((name) => this.collections[name].snapshotGen)];
    const { lines, damaged } = await readLog(this.opts.dataDir, COMMIT_LOG, Math.min(...gens), (raw) =>
      // Lines were written in the folder's format when it was read (settings.json stands for it).
      parseCommitLine(raw, (collection, record) => COLLECTIONS[collection].parse(migrateRecord(collection, record, folderVersion)) as { id: string }),
    );
    replayCommits(lines, (name) => {
      if (name === 'settings') return { gen: settingsGen, put: (s) => this.applySettings(s as Settings), del: () => undefined, replace: () => undefined };
      const collection = this.collections[name as CollectionName];
      return { gen: collection.snapshotGen, put: (r) => collection.applyPut(r as never), del: (id) => collection.applyDelete(id), replace: (rs) => collection.applyReplace(rs as never) };
    });
    await this.setAsideDamaged(damaged);
    const journals = await listJournals(this.opts.dataDir, COMMIT_LOG);
    this.commits = new Journal<CommitLine>(this.opts.dataDir, COMMIT_LOG, Math.max(...gens, ...journals.map((j) => j.gen)));
  }

  private async setAsideDamaged(damaged: { path: string; line: number; reason: string }[], file?: string): Promise<void> {
    for (const d of damaged) {
      const dir = join(this.opts.dataDir, SET_ASIDE_DIR);
      await mkdir(dir, { recursive: true });
      const aside = join(dir, basename(d.path));
      await rename(d.path, aside);
      this.notice('file-set-aside', 'notice-journal-set-aside', { journal: basename(d.path), line: d.line, why: d.reason, aside }, file);
    }
  }

  /** Files a migration step rewrote on this start; they are saved in the new shape at once. */
  private readonly migratedFiles = new Set<string>();
  /** The format each file was read in: its journal lines were written in that shape too. */
  private readonly readVersions = new Map<string, number>();

  /**
   * Before an older data folder is upgraded, its files are copied as they are (journals included)
   * to a "before-migration" backup, so a faulty migration can always be undone from Settings.
   * settings.json's version stands for the folder: it is written last on first run and rewritten
   * by every upgrade. A folder written by a newer Rekindle is refused rather than "repaired".
   */
  private async backupBeforeUpgrade(): Promise<{ from: number; backupId: string } | null> {
    let version: unknown;
    try {
      version = (JSON.parse(await readFile(this.path('settings'), 'utf8')) as { schemaVersion?: unknown }).schemaVersion;
    } catch {
      return null; // Unreadable: the damaged-file path below deals with it.
    }
    if (typeof version !== 'number' || version === SCHEMA_VERSION) return null;
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `The data folder ${this.opts.dataDir} was written by a newer Rekindle (data format ${version}; this one reads up to ${SCHEMA_VERSION}). Start the newer version, or restore an older copy of the folder.`,
      );
    }
    const backupId = await claimBackupDir(join(this.opts.dataDir, BACKUP_DIR), 'before-migration', this.opts.now());
    const target = join(this.opts.dataDir, BACKUP_DIR, backupId);
    for (const f of await readdir(this.opts.dataDir)) {
      if (/\.(json|ndjson)$/.test(f) && !f.startsWith('.')) await copyFile(join(this.opts.dataDir, f), join(target, f));
    }
    return { from: version, backupId };
  }

  private async finishUpgrade({ from, backupId }: { from: number; backupId: string }): Promise<void> {
    // Saved now, so the next start neither migrates again nor takes another backup.
    await this.settingsDb.write();
    this.notice('migrated', 'notice-upgraded', { from, to: SCHEMA_VERSION, backup: backupId });
  }

  /**
   * Folders written before the store-wide journal have one journal per collection; their entries
   * after the snapshot are applied here, and the next compaction folds them in and deletes them.
   */
  private async replayLegacyJournal(name: CollectionName, doc: CollectionDoc<unknown>, schema: z.ZodType): Promise<number> {
    const journals = await listJournals(this.opts.dataDir, name);
    if (journals.length === 0) return 0;
    this.legacyJournals.add(name);
    // Journal lines were written in the shape of the file's format when it was read, so they migrate too.
    const from = this.readVersions.get(name) ?? SCHEMA_VERSION;
    const { entries, damaged } = await readJournals(this.opts.dataDir, name, doc.journalGen ?? 0, (record) => schema.parse(migrateRecord(name, record, from)) as { id: string });
    applyJournal(doc.records as { id: string }[], entries);
    await this.setAsideDamaged(damaged, name);
    // Always folded: the old journals must go before the new one is written.
    return entries.length + damaged.length + 1;
  }

  /** Writes settings.json, the marker of an initialised data folder; done last on first run. */
  async markInitialized(): Promise<void> {
    // Every collection gets its file, so the folder (and each backup of it) is complete.
    for (const name of COLLECTION_NAMES) this.collections[name].dirty = true;
    this.settingsDirty = true;
    await this.compact();
  }

  /**
   * Reads, migrates and validates one file. A damaged file is never silently replaced by an empty
   * one: it is moved aside, the newest backup that reads cleanly is restored, and a notice says so.
   */
  private async readValidated<T>(
    file: CollectionName | 'settings',
    adapter: DurableJsonFile<unknown>,
    validate: (raw: unknown) => T,
  ): Promise<T | null> {
    const parseAndCheck = (raw: unknown): T => {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new DamagedFile('it is not a JSON object');
      const version = (raw as { schemaVersion?: unknown }).schemaVersion;
      this.readVersions.set(file, typeof version === 'number' ? version : 1);
      const { doc, applied } = migrate(file, raw as Record<string, unknown>);
      const value = validate(doc);
      for (const step of applied) this.notice('migrated', step, { file }, file);
      if (applied.length) this.migratedFiles.add(file);
      return value;
    };

    try {
      const raw = await adapter.read();
      if (raw === null) return null;
      return parseAndCheck(raw);
    } catch (err) {
      const why = describeFailure(err);
      const aside = await this.setAside(file);
      const restored = await this.restoreFromBackup(file, parseAndCheck);
      if (restored) {
        this.notice('restored-from-backup', 'notice-restored-from-backup', { file, why, aside, from: restored.from }, file);
        await adapter.write(restored.value);
        return restored.value;
      }
      this.notice('file-set-aside', 'notice-set-aside', { file, why, aside }, file);
      return null;
    }
  }

  private async setAside(file: string): Promise<string> {
    const dir = join(this.opts.dataDir, SET_ASIDE_DIR);
    await mkdir(dir, { recursive: true });
    const target = join(dir, `${file}.${this.opts.now().replace(/[:.]/g, '-')}.json`);
    await rename(this.path(file), target);
    return target;
  }

  private async backupDays(): Promise<string[]> {
    const dir = join(this.opts.dataDir, BACKUP_DIR);
    const entries = await readdir(dir).catch(() => [] as string[]);
    return entries.filter((e) => /^\d{4}-\d{2}-\d{2}/.test(e)).sort().reverse();
  }

  private async restoreFromBackup<T>(file: string, check: (raw: unknown) => T): Promise<{ from: string; value: T } | null> {
    for (const day of await this.backupDays()) {
      const candidate = new DurableJsonFile<unknown>(join(this.opts.dataDir, BACKUP_DIR, day, `${file}.json`));
      try {
        const raw = await candidate.read();
        if (raw !== null) return { from: day, value: check(raw) };
      } catch {
        // That backup is damaged too; try an older one.
      }
    }
    return null;
  }

  /** One copy of every good file per day, keeping the newest few. */
  async dailyBackup(): Promise<void> {
    await this.flush();
    const day = this.opts.now().slice(0, 10);
    const target = join(this.opts.dataDir, BACKUP_DIR, day);
    if (await exists(target)) return;
    await this.backupTo(target);
    const keep = this.opts.keepBackups ?? 7;
    const daily = (await this.backupDays()).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    for (const old of daily.slice(keep)) await rm(join(this.opts.dataDir, BACKUP_DIR, old), { recursive: true, force: true });
  }

  async backupTo(target: string): Promise<void> {
    await mkdir(target, { recursive: true });
    for (const file of ['settings', ...COLLECTION_NAMES]) {
      if (await exists(this.path(file))) await copyFile(this.path(file), join(target, `${file}.json`));
    }
  }

  /** Tells the user something about their data; shown on every screen until dismissed. */
  notice(kind: Notice['kind'], messageId: NoticeMessageId, args: NoticeArgs, file?: string): void {
    // Counted, not taken from the list's length: dismissed notices leave the list.
    this.noticesGiven += 1;
    const message = formatNotice(messageId, args);
    this.notices.push({ id: `notice-${this.noticesGiven}`, kind, messageId, args, message, file, at: this.opts.now() });
  }

  private noticesGiven = 0;
}

/**
 * Checks every record against its schema, unless the file is byte for byte what this app last
 * wrote (its checksum matches): those records were validated on the way in.
 */
function validateCollection(raw: unknown, schema: z.ZodType, ownWrite: boolean): CollectionDoc<never> {
  const doc = raw as { records?: unknown };
  if (!Array.isArray(doc.records)) throw new DamagedFile('it has no "records" list');
  const records = doc.records as unknown[];
  const journalGen = (raw as { journalGen?: unknown }).journalGen;
  if (ownWrite && (raw as { schemaVersion?: unknown }).schemaVersion === SCHEMA_VERSION) {
    return { schemaVersion: SCHEMA_VERSION, journalGen: Number.isInteger(journalGen) ? (journalGen as number) : 0, records: records as never[] };
  }
  for (let i = 0; i < records.length; i++) {
    const parsed = schema.safeParse(records[i]);
    if (!parsed.success) {
      throw new DamagedFile(issuesToMessage(`record ${i + 1} does not match the schema`, describeIssues(parsed.error.issues)));
    }
    records[i] = parsed.data;
  }
  return { schemaVersion: SCHEMA_VERSION, journalGen: Number.isInteger(journalGen) ? (journalGen as number) : 0, records: records as never[] };
}

function describeFailure(err: unknown): string {
  if (err instanceof SyntaxError) return `it is not valid JSON: ${err.message}`;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Temp files are what a write cut short by a crash leaves; the real files were never touched. */
async function removeStaleTempFiles(dir: string): Promise<void> {
  for (const f of await readdir(dir)) {
    if (f.startsWith('.') && f.endsWith('.tmp')) await rm(join(dir, f), { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
