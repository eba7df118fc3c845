import type { Low } from 'lowdb';
import { ApiError, refuse, staleVersion } from '../../../shared/errors';
import { issue } from '../../../shared/refusals';
import type { Journal } from './journal';
import type { CollectionDoc } from './schema';

type Identified = { id: string };

/**
 * What the backend's write path asks of the store: permission before a write (it refuses writes
 * made outside a unit of work) and a report of each write once it is on disk.
 */
export interface WriteGuard {
  assertWriting(collection: string): void;
  recorded(collection: string, id: string, before: unknown, after: unknown): void;
}
type Versioned = Identified & { version: number; updatedAt: string };

/** Bulk inserts at or above this size are written as a new snapshot rather than journal lines. */
const BULK = 200;
const COMPACT_ENTRIES = 2_000;
const COMPACT_BYTES = 4 * 1024 * 1024;

/**
 * In-memory records of one collection, persisted as a lowdb snapshot plus a journal of small
 * changes. Every change is on disk before the returned promise resolves, so an acknowledged
 * change survives a crash; a change that could not be written is not kept in memory either.
 */
export class Collection<T extends Identified> {
  /** id → position, built on first lookup so a start-up that only scans stays cheap. */
  private byId: Map<string, number> | null = null;
  private compaction: Promise<void> = Promise.resolve();
  /** Set by the backend once the store is open; bare stores (tools, store tests) write freely. */
  guard: WriteGuard | null = null;

  constructor(
    readonly name: string,
    private readonly db: Low<CollectionDoc<T>>,
    private readonly journal: Journal<T>,
    private readonly onBackgroundError: (err: unknown) => void = () => undefined,
  ) {}

  private get index(): Map<string, number> {
    this.byId ??= new Map(this.db.data.records.map((r, i) => [r.id, i]));
    return this.byId;
  }

  get all(): readonly T[] {
    return this.db.data.records;
  }

  get size(): number {
    return this.db.data.records.length;
  }

  get(id: string): T | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.db.data.records[i];
  }

  require(id: string, what = this.name): T {
    const found = this.get(id);
    if (!found) throw new ApiError('NOT_FOUND', `No ${what} with id "${id}".`, { id });
    return found;
  }

  async insert(records: readonly T[]): Promise<void> {
    this.guard?.assertWriting(this.name);
    const seen = new Set<string>();
    for (const r of records) {
      if (this.index.has(r.id) || seen.has(r.id)) {
        const taken = issue('id', 'refusal-duplicate-id', { collection: this.name, id: r.id });
        throw refuse('CONFLICT', taken, { message: taken.message });
      }
      seen.add(r.id);
    }
    const start = this.db.data.records.length;
    for (const r of records) {
      this.index.set(r.id, this.db.data.records.length);
      this.db.data.records.push(r);
    }
    try {
      if (records.length >= BULK) await this.compact();
      else await this.journal.append(records.map((record) => ({ op: 'put' as const, record })));
    } catch (err) {
      this.db.data.records.length = start;
      for (const r of records) this.index.delete(r.id);
      throw err;
    }
    for (const r of records) this.guard?.recorded(this.name, r.id, null, r);
    this.maybeCompact();
  }

  /**
   * Replaces one record if the caller saw its latest version; a stale edit is refused instead of
   * silently overwriting someone else's work.
   */
  async update<U extends T & Versioned>(
    this: Collection<U>,
    id: string,
    expectedVersion: number,
    change: (current: U) => U,
    now: string,
  ): Promise<{ before: U; after: U }> {
    this.guard?.assertWriting(this.name);
    const i = this.index.get(id);
    const before = i === undefined ? undefined : this.db.data.records[i];
    if (i === undefined || !before) throw new ApiError('NOT_FOUND', `No ${this.name} record with id "${id}".`, { id });
    if (before.version !== expectedVersion) {
      const stale = issue('', 'refusal-stale-record', { collection: this.name, expected: expectedVersion, current: before.version });
      throw staleVersion(stale, expectedVersion, before.version, { id });
    }
    const after = { ...change(before), id, version: before.version + 1, updatedAt: now };
    this.db.data.records[i] = after;
    try {
      await this.journal.append([{ op: 'put', record: after }]);
    } catch (err) {
      this.db.data.records[i] = before;
      throw err;
    }
    this.guard?.recorded(this.name, id, before, after);
    this.maybeCompact();
    return { before, after };
  }

  /** Replaces the whole content (seeding, restoring): written as a fresh snapshot. */
  async replaceAll(records: T[]): Promise<void> {
    this.guard?.assertWriting(this.name);
    this.db.data.records = records;
    this.reindex();
    await this.compact();
    this.guard?.recorded(this.name, '*', null, null);
  }

  /**
   * Folds the journal into a new snapshot: start a new journal generation, write the snapshot
   * (which holds everything so far) atomically, then delete the older journals.
   */
  compact(): Promise<void> {
    const run = this.compaction.catch(() => undefined).then(async () => {
      const gen = await this.journal.rotate();
      this.db.data.journalGen = gen;
      await this.db.write();
      await this.journal.removeBefore(gen);
    });
    this.compaction = run;
    return run;
  }

  /** Waits for background work and leaves everything in the snapshot. */
  async flush(): Promise<void> {
    await this.compaction.catch(() => undefined);
    if (this.journal.entries > 0) await this.compact();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.journal.close();
  }

  private maybeCompact(): void {
    if (this.journal.entries >= COMPACT_ENTRIES || this.journal.bytes >= COMPACT_BYTES) {
      this.compact().catch(this.onBackgroundError);
    }
  }

  private reindex(): void {
    this.byId = null;
  }
}
