import { redactAuditEntry } from '../../../shared/domain/confidential';
import { ApiError, describeIssues, refuse, staleVersion } from '../../../shared/errors';
import { issue } from '../../../shared/refusals';
import type { AuditEntry, Role, Settings } from '../../../shared/model';
import type { Collection } from './collection';
import { COLLECTIONS, type CollectionName, type RecordOf } from './schema';

/** An id already in use: the record's id is the field at fault. */
function idTaken(collection: string, id: string): ApiError {
  const taken = issue('id', 'refusal-duplicate-id', { collection, id });
  return refuse('CONFLICT', taken, { message: taken.message });
}

/**
 * One change to one record, as a committed unit of work made it: derived state in the backend
 * listens to these. `id` is '*' when a whole collection was replaced (a restore, a seed).
 */
export interface ChangeEvent {
  collection: string;
  id: string;
  before: unknown;
  after: unknown;
  by: string;
  at: string;
  method: string;
}

/** One write of a commit, as the store-wide journal holds it; 'settings' is a collection here. */
export type CommitOp =
  | { collection: string; op: 'put'; record: object }
  | { collection: string; op: 'del'; id: string }
  | { collection: string; op: 'replace'; records: { id: string }[] };

/** What a transaction needs of the store. */
export interface TransactionHost {
  readonly collections: { [N in CollectionName]: Collection<RecordOf<N>> };
  readonly settings: Settings;
  now(): string;
  /** Puts settings in memory; returns how to undo it. */
  applySettings(next: Settings): () => void;
  /** Makes one unit of work durable as one step: after a crash all of it is there or none. */
  commitOps(ops: readonly CommitOp[]): Promise<void>;
}

type Versioned = Exclude<CollectionName, 'audit'>;
/** Who made a change that arrived from the community's server: their account, and their role when the document says it. */
export interface RemoteAuthor {
  by: string;
  role?: Role;
}
export type Fields<N extends Versioned> = Omit<RecordOf<N>, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
type Stamped = { id: string; version: number; updatedAt: string };

export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/**
 * The writes of one unit of work. Services say what they intend; the transaction alone assigns
 * ids, versions and timestamps, validates each record against its schema before it is staged,
 * writes an audit entry (without confidential values) for every record change, and applies the
 * change to memory at once so the rest of the job reads it. When the job returns, `commit` writes
 * everything as one journal line; when it throws, `rollback` puts memory back as it was and
 * nothing reaches the disk. Change events exist only for a committed transaction.
 */
export class Transaction {
  private readonly ops: CommitOp[] = [];
  private readonly undo: (() => void)[] = [];
  private readonly staged: ChangeEvent[] = [];
  private state: 'open' | 'committed' | 'rolled-back' = 'open';

  constructor(
    private readonly host: TransactionHost,
    readonly method: string,
    /** A transaction of a bare store (tools, store tests): each write commits on its own. */
    private readonly autoCommit = false,
  ) {}

  /** True once something was staged: the store does not compact under an open, non-empty one. */
  get hasWrites(): boolean {
    return this.ops.length > 0;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /**
   * `current` (a collection's records as memory has them now) as they were before this unit of
   * work: what derived state is built from, since it follows committed changes only. Records this
   * transaction created are left out and the ones it changed or removed are as they were.
   */
  committedView<T extends { id: string }>(collection: string, current: readonly T[]): readonly T[] {
    if (this.state !== 'open') return current;
    const replaced = this.replacedBefore.get(collection);
    if (replaced) return replaced as T[];
    const before = new Map<string, T | null>();
    for (const e of this.staged) if (e.collection === collection && !before.has(e.id)) before.set(e.id, e.before as T | null);
    if (before.size === 0) return current;
    const view: T[] = [];
    for (const r of current) {
      if (!before.has(r.id)) view.push(r);
      else if (before.get(r.id)) view.push(before.get(r.id)!);
      before.delete(r.id);
    }
    // Removed in this unit of work: still there as far as anything committed knows.
    for (const r of before.values()) if (r) view.push(r);
    return view;
  }

  /** A collection's records before this unit of work replaced it whole. */
  private readonly replacedBefore = new Map<string, readonly { id: string }[]>();

  /** What this unit of work changed; empty until it has committed. */
  get events(): readonly ChangeEvent[] {
    return this.state === 'committed' ? this.staged : [];
  }

  /** Creates a record with a new id, timestamps and version 1, and audits it. */
  async create<N extends Versioned>(collection: N, idPrefix: string, fields: Fields<N>): Promise<RecordOf<N>> {
    const now = this.host.now();
    const record = this.valid(collection, { ...fields, id: newId(idPrefix), createdAt: now, updatedAt: now, version: 1 } as RecordOf<N>);
    if (this.target(collection).get(record.id)) throw idTaken(collection, record.id);
    this.put(collection, null, record);
    this.auditChange(collection, record.id, null, record);
    return this.done(record);
  }

  /**
   * Applies `change` to the version the caller saw (a stale version is refused with CONFLICT),
   * bumps the version and the time, and audits before and after.
   */
  async update<N extends Versioned>(collection: N, id: string, expectedVersion: number, change: (current: RecordOf<N>) => RecordOf<N>): Promise<RecordOf<N>> {
    const { before, after } = this.reviseNow(collection, id, expectedVersion, change as never, this.host.now());
    this.auditChange(collection, id, before, after);
    return this.done(after as RecordOf<N>);
  }

  /** Deletes a record and audits what it was. */
  async remove<N extends Versioned>(collection: N, id: string): Promise<RecordOf<N>> {
    const removed = this.target(collection).applyDelete(id);
    if (!removed) throw new ApiError('NOT_FOUND', `No ${collection} record with id "${id}".`, { id });
    this.record({ collection, op: 'del', id }, removed.undo, { collection, id, before: removed.before, after: null });
    this.auditChange(collection, id, removed.before, null);
    return this.done(removed.before as RecordOf<N>);
  }

  /**
   * Puts a record as the community's server has it (community sync): its version, times and
   * values as they arrived, validated like any write, audited and announced with the remote
   * author, so screens and derived state follow it like a local change.
   */
  async applyRemote<N extends Versioned>(collection: N, record: RecordOf<N>, author: RemoteAuthor): Promise<RecordOf<N>> {
    const valid = this.valid(collection, record);
    const before = this.target(collection).get(valid.id) ?? null;
    this.put(collection, before, valid, author.by);
    this.auditChange(collection, valid.id, before, valid, author);
    return this.done(valid);
  }

  /** Deletes a record the server says was deleted; nothing when it is not here. */
  async removeRemote<N extends Versioned>(collection: N, id: string, author: RemoteAuthor): Promise<void> {
    if (!this.target(collection).get(id)) return this.done(undefined);
    const removed = this.target(collection).applyDelete(id)!;
    this.record({ collection, op: 'del', id }, removed.undo, { collection, id, before: removed.before, after: null }, author.by);
    this.auditChange(collection, id, removed.before, null, author);
    return this.done(undefined);
  }

  /** Adds records as they are (imports): validated, not audited one by one (the import audits itself). */
  async insertMany<N extends CollectionName>(collection: N, records: readonly RecordOf<N>[]): Promise<void> {
    const target = this.target(collection);
    const seen = new Set<string>();
    for (const r of records) {
      if (target.get(r.id) || seen.has(r.id)) throw idTaken(collection, r.id);
      seen.add(r.id);
    }
    // Every record is checked before the first is staged, so a bad one leaves nothing behind.
    const valid = records.map((r) => this.valid(collection, r));
    for (const r of valid) this.put(collection, null, r);
    return this.done(undefined);
  }

  /** Replaces a whole collection (seeding, restoring) with validated records. */
  async replaceAll<N extends CollectionName>(collection: N, records: RecordOf<N>[]): Promise<void> {
    const valid = records.map((r) => this.valid(collection, r));
    const target = this.target(collection);
    if (!this.replacedBefore.has(collection)) this.replacedBefore.set(collection, this.committedView(collection, [...target.all]));
    const undo = target.applyReplace(valid);
    this.record({ collection, op: 'replace', records: valid }, undo, { collection, id: '*', before: null, after: null });
    return this.done(undefined);
  }

  /** An audit entry that is not a record change: imports, restores, settings. */
  async audit(entity: string, entityId: string, before: unknown, after: unknown): Promise<AuditEntry> {
    return this.done(this.auditChange(entity, entityId, before, after));
  }

  async saveSettings(next: Settings): Promise<void> {
    this.assertOpen('settings');
    const before = this.host.settings;
    const undo = this.host.applySettings(next);
    this.record({ collection: 'settings', op: 'put', record: next }, undo, { collection: 'settings', id: 'settings', before, after: next });
    return this.done(undefined);
  }

  /**
   * The low-level edit behind Collection.update: versioned and validated like `update`, but not
   * audited (store tests and tools; services use `update`).
   */
  async revise<N extends Versioned>(collection: N, id: string, expectedVersion: number, change: (current: RecordOf<N>) => RecordOf<N>, now = this.host.now()) {
    return this.done(this.reviseNow(collection, id, expectedVersion, change as never, now) as { before: RecordOf<N>; after: RecordOf<N> });
  }

  /** Writes the whole unit of work durably; on failure memory is rolled back and the error thrown. */
  async commit(): Promise<void> {
    if (this.state !== 'open') return;
    if (this.ops.length > 0) {
      try {
        await this.host.commitOps(this.ops);
      } catch (err) {
        this.rollback();
        throw err;
      }
    }
    this.state = 'committed';
  }

  /** Puts memory back as it was before the unit of work; nothing of it was written. */
  rollback(): void {
    if (this.state !== 'open') return;
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.state = 'rolled-back';
  }

  private reviseNow(collection: Versioned, id: string, expectedVersion: number, change: (current: Stamped) => Stamped, now: string) {
    const before = this.target(collection).get(id) as Stamped | undefined;
    if (!before) throw new ApiError('NOT_FOUND', `No ${collection} record with id "${id}".`, { id });
    if (before.version !== expectedVersion) {
      const stale = issue('', 'refusal-stale-record', { collection, expected: expectedVersion, current: before.version });
      throw staleVersion(stale, expectedVersion, before.version, { id });
    }
    const after = this.valid(collection, { ...change(before), id, version: before.version + 1, updatedAt: now } as never) as Stamped;
    this.put(collection, before, after as never);
    return { before, after };
  }

  private auditChange(entity: string, entityId: string, before: unknown, after: unknown, author?: RemoteAuthor): AuditEntry {
    const user = this.host.settings.currentUser;
    const entry = this.valid(
      'audit',
      redactAuditEntry({
        id: newId('audit'),
        at: this.host.now(),
        actor: author?.by ?? user.name,
        role: author?.role ?? user.role,
        action: this.method,
        entity,
        entityId,
        before: before ?? null,
        after: after ?? null,
      }),
    );
    this.put('audit', null, entry);
    return entry;
  }

  private put<N extends CollectionName>(collection: N, before: unknown, record: RecordOf<N>, by?: string): void {
    const undo = this.target(collection).applyPut(record);
    this.record({ collection, op: 'put', record }, undo, { collection, id: record.id, before, after: record }, by);
  }

  private record(op: CommitOp, undo: () => void, change: Pick<ChangeEvent, 'collection' | 'id' | 'before' | 'after'>, by = this.host.settings.currentUser.name): void {
    this.ops.push(op);
    this.undo.push(undo);
    this.staged.push({ ...change, by, at: this.host.now(), method: this.method });
  }

  /** A record that does not match its schema is refused, naming the field, before anything is staged. */
  private valid<N extends CollectionName>(collection: N, record: RecordOf<N>): RecordOf<N> {
    const parsed = COLLECTIONS[collection].safeParse(record);
    if (parsed.success) return parsed.data as RecordOf<N>;
    const issues = describeIssues(parsed.error.issues);
    throw refuse('BAD_INPUT', issues, { prefix: `The ${collection} record "${(record as { id?: string }).id}" is not valid` });
  }

  private target<N extends CollectionName>(collection: N): Collection<RecordOf<N>> {
    this.assertOpen(collection);
    return this.host.collections[collection];
  }

  private assertOpen(collection: string): void {
    if (this.state !== 'open') throw new Error(`The unit of work ${this.method} has already ended; a write to ${collection} after it is refused.`);
  }

  private async done<R>(value: R): Promise<R> {
    if (this.autoCommit) {
      await this.commit();
      // The next write of a bare store starts a fresh transaction.
    }
    return value;
  }
}
