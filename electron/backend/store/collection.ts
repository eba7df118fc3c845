import type { Low } from 'lowdb';
import { ApiError } from '../../../shared/errors';
import type { CollectionDoc } from './schema';
import type { Transaction } from './transaction';

type Identified = { id: string };
type Versioned = Identified & { version: number; updatedAt: string };

/**
 * In-memory records of one collection and their lowdb snapshot. A collection does not write on its
 * own: a change goes through the running transaction (see transaction.ts), which applies it here,
 * can undo it, and makes the whole unit of work durable in one step. The methods that change
 * records are shorthands for that transaction's low-level writes (no audit entry).
 */
export class Collection<T extends Identified> {
  /** id → position, built on first lookup so a start-up that only scans stays cheap. */
  private byId: Map<string, number> | null = null;
  /** Changed since the snapshot was last written: the next compaction writes it. */
  dirty = false;

  constructor(
    readonly name: string,
    private readonly db: Low<CollectionDoc<T>>,
    /** The transaction a write joins; it throws when writes are refused here (see Store). */
    private readonly transaction: (collection: string) => Transaction,
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

  /** The commit-journal generation the snapshot on disk continues from. */
  get snapshotGen(): number {
    return this.db.data.journalGen ?? 0;
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
    return this.transaction(this.name).insertMany(this.name as never, records as never);
  }

  /**
   * Replaces one record if the caller saw its latest version; a stale edit is refused instead of
   * silently overwriting someone else's work.
   */
  async update<U extends T & Versioned>(this: Collection<U>, id: string, expectedVersion: number, change: (current: U) => U, now?: string): Promise<{ before: U; after: U }> {
    return this.transaction(this.name).revise(this.name as never, id, expectedVersion, change as never, now) as never;
  }

  /** Replaces the whole content (seeding, restoring). */
  async replaceAll(records: T[]): Promise<void> {
    return this.transaction(this.name).replaceAll(this.name as never, records as never);
  }

  /** Writes the snapshot: used by the store's compaction only, between units of work. */
  async writeSnapshot(gen: number): Promise<void> {
    this.db.data.journalGen = gen;
    await this.db.write();
    this.dirty = false;
  }

  // What a transaction applies. Each returns how to undo it, for a unit of work that fails.

  applyPut(record: T): () => void {
    const i = this.index.get(record.id);
    const records = this.db.data.records;
    this.dirty = true;
    if (i !== undefined) {
      const previous = records[i]!;
      records[i] = record;
      return () => {
        records[i] = previous;
      };
    }
    this.index.set(record.id, records.push(record) - 1);
    // Undone in reverse order, so the record is still the last one then.
    return () => {
      records.pop();
      this.index.delete(record.id);
    };
  }

  applyDelete(id: string): { before: T; undo: () => void } | null {
    const i = this.index.get(id);
    if (i === undefined) return null;
    const records = this.db.data.records;
    const before = records[i]!;
    records.splice(i, 1);
    this.byId = null;
    this.dirty = true;
    return {
      before,
      undo: () => {
        records.splice(i, 0, before);
        this.byId = null;
      },
    };
  }

  applyReplace(records: T[]): () => void {
    const previous = this.db.data.records;
    this.db.data.records = records;
    this.byId = null;
    this.dirty = true;
    return () => {
      this.db.data.records = previous;
      this.byId = null;
    };
  }
}
