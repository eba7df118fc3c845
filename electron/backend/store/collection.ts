import type { Low } from 'lowdb';
import { ApiError } from '../../../shared/errors';
import type { CollectionDoc } from './schema';

type Identified = { id: string };
type Versioned = Identified & { version: number; updatedAt: string };

/**
 * In-memory records of one collection, backed by its own lowdb file. Every change is written
 * before the returned promise resolves, so an acknowledged change is on disk.
 */
export class Collection<T extends Identified> {
  private index = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly db: Low<CollectionDoc<T>>,
  ) {
    this.reindex();
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
    for (const r of records) {
      if (this.index.has(r.id)) throw new ApiError('CONFLICT', `A ${this.name} record with id "${r.id}" already exists.`);
    }
    const start = this.db.data.records.length;
    for (const r of records) {
      this.index.set(r.id, this.db.data.records.length);
      this.db.data.records.push(r);
    }
    try {
      await this.db.write();
    } catch (err) {
      // Nothing half-written: what could not be saved is not kept in memory either.
      this.db.data.records.length = start;
      for (const r of records) this.index.delete(r.id);
      throw err;
    }
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
    const i = this.index.get(id);
    const before = i === undefined ? undefined : this.db.data.records[i];
    if (i === undefined || !before) throw new ApiError('NOT_FOUND', `No ${this.name} record with id "${id}".`, { id });
    if (before.version !== expectedVersion) {
      throw new ApiError(
        'CONFLICT',
        `This ${this.name} record was changed elsewhere (you edited version ${expectedVersion}, it is now version ${before.version}). Reload it and apply your change again.`,
        { id, expectedVersion, currentVersion: before.version },
      );
    }
    const after = { ...change(before), id, version: before.version + 1, updatedAt: now };
    this.db.data.records[i] = after;
    try {
      await this.db.write();
    } catch (err) {
      this.db.data.records[i] = before;
      throw err;
    }
    return { before, after };
  }

  persist(): Promise<void> {
    return this.db.write();
  }

  /** Replaces the whole content (used when seeding and restoring). */
  async replaceAll(records: T[]): Promise<void> {
    this.db.data.records = records;
    this.reindex();
    await this.db.write();
  }

  private reindex(): void {
    this.index = new Map(this.db.data.records.map((r, i) => [r.id, i]));
  }
}
