import type { Role } from '../../../shared/model';
import { docId, hasConfidentialValues, splitRecord } from '../../../shared/sync/documents';
import type { Store } from '../store/store';
import type { ChangeEvent } from '../write-path/unit-of-work';
import type { Pouch, PouchDoc } from './pouch';
import { getDoc, putAsSibling, upsert } from './replica-docs';
import { isSynced, SYNCED, SYNC_APPLY } from './synced';

export type ReplicaKind = 'shared' | 'confidential';

export interface Replicas {
  shared: Pouch;
  /** Null on a machine whose account does not read the confidential database (a coach). */
  confidential: Pouch | null;
}

export interface OutboundOptions {
  replicas: Replicas;
  store: Store;
  author: { by: string; role: Role };
  now(): string;
  /** A document was written to a local replica and waits for the push. */
  onQueued(db: ReplicaKind, id: string): void;
  onError(err: unknown): void;
}

type AnyRecord = Record<string, unknown> & { id: string; version?: number; updatedAt?: string };

/**
 * Committed local changes into the local replicas, from where PouchDB pushes them. Only what the
 * write path committed is written (its events, and at start what lowdb holds), one write after
 * another in commit order; changes the engine applied from the server (`sync.apply`) are not
 * written back.
 */
export class Outbound {
  private chain: Promise<void> = Promise.resolve();
  /** After a resolution is written, the losing revisions it replaces are deleted. */
  private readonly losers = new Map<string, { shared: string[]; confidential: string[] }>();
  private stopped = false;

  constructor(private readonly opts: OutboundOptions) {}

  /** The write path's committed events. */
  enqueue(events: readonly ChangeEvent[]): void {
    const changes = events.filter((e) => isSynced(e.collection) && e.method !== SYNC_APPLY);
    if (changes.length === 0 || this.stopped) return;
    this.then(async () => {
      for (const e of changes) {
        if (e.id === '*') await this.reconcile();
        else await this.write(e.collection, e.id, (e.after as AnyRecord | null) ?? null, (e.before as AnyRecord | null)?.version);
      }
    });
  }

  /** Writes a record the engine merged from two revisions (not a write path event: it was applied as `sync.apply`). */
  writeMerged(collection: string, record: AnyRecord): void {
    this.then(() => this.write(collection, record.id, record, undefined));
  }

  /** Once `sync.resolve` commits its record, the losing revisions go too, so the resolution replicates. */
  deleteLosersAfterWrite(id: string, losers: { shared: string[]; confidential: string[] }): void {
    this.losers.set(id, losers);
  }

  /**
   * Every local record whose document is missing from the replica or older than the record is
   * written: a crash between a commit and its write here loses nothing. A document newer than
   * the record is the server's, not applied yet; the inbound side applies it.
   */
  reconcile(): Promise<void> {
    return this.then(async () => {
      for (const collection of SYNCED) {
        const records = this.opts.store.collections[collection].all as readonly AnyRecord[];
        for (let i = 0; i < records.length && !this.stopped; i += 500) {
          const chunk = records.slice(i, i + 500);
          const { rows } = await this.opts.replicas.shared.allDocs({ keys: chunk.map((r) => docId(collection, r.id)), include_docs: true });
          for (let j = 0; j < chunk.length; j++) {
            const record = chunk[j]!;
            const doc = rows[j]?.doc as (PouchDoc & { record?: AnyRecord }) | null | undefined;
            if (!doc || doc._deleted || isOlder(doc.record, record)) await this.write(collection, record.id, record, undefined);
            else if (this.opts.replicas.confidential) await this.writeConfidential(collection, record);
          }
        }
      }
    });
  }

  /** Settles when every write queued so far is in the replicas. */
  idle(): Promise<void> {
    return this.chain;
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.chain;
  }

  private then(job: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => (this.stopped ? undefined : job())).catch((err: unknown) => this.opts.onError(err));
    return this.chain;
  }

  private meta() {
    return { by: this.opts.author.by, role: this.opts.author.role, at: this.opts.now() };
  }

  private async write(collection: string, id: string, record: AnyRecord | null, beforeVersion: number | undefined): Promise<void> {
    const { shared, confidential } = this.opts.replicas;
    const _id = docId(collection, id);
    if (!record) {
      const meta = this.meta();
      if (await upsert(shared, { _id, _deleted: true, collection, ...meta })) this.opts.onQueued('shared', _id);
      if (confidential && (await upsert(confidential, { _id, _deleted: true, collection, ...meta }))) this.opts.onQueued('confidential', _id);
      return;
    }
    const docs = splitRecord(collection, record, this.meta(), confidential !== null);
    const doc = { ...docs.shared, role: this.opts.author.role } as unknown as PouchDoc;
    const current = await getDoc(shared, _id, { revs: true });
    const base = current && !current._deleted && beforeVersion !== undefined ? await this.baseFor(shared, current, beforeVersion) : null;
    if (base) {
      await putAsSibling(shared, doc, base);
      this.opts.onQueued('shared', _id);
    } else if (await upsert(shared, doc)) this.opts.onQueued('shared', _id);
    if (confidential && docs.confidential) await this.writeConfidential(collection, record);
    await this.deleteLosers(_id);
  }

  private async writeConfidential(collection: string, record: AnyRecord): Promise<void> {
    const confidential = this.opts.replicas.confidential;
    const docs = splitRecord(collection, record, this.meta(), true);
    if (!confidential || !docs.confidential) return;
    const current = await getDoc(confidential, docs.confidential._id);
    // A record without notes needs no confidential document, unless one exists and must be emptied.
    if (!hasConfidentialValues(docs.confidential.fields) && (!current || current._deleted)) return;
    if (await upsert(confidential, { ...docs.confidential, role: this.opts.author.role } as unknown as PouchDoc)) this.opts.onQueued('confidential', docs.confidential._id);
  }

  /**
   * The revision this change was made from, when the replica has moved past it (a revision from
   * the server arrived and was not applied yet): the change is then written beside that revision,
   * not over it. Null when the current revision is the one the change was made from.
   */
  private async baseFor(db: Pouch, current: PouchDoc & { record?: AnyRecord }, beforeVersion: number): Promise<string | null> {
    if ((current.record?.version ?? 0) <= beforeVersion) return null;
    const h = current._revisions;
    if (!h) return null;
    for (let i = 1; i < Math.min(h.ids.length, 20); i++) {
      const rev = `${h.start - i}-${h.ids[i]}`;
      const older = (await getDoc(db, current._id, { rev }).catch(() => null)) as (PouchDoc & { record?: AnyRecord }) | null;
      if (older?.record?.version === beforeVersion) return rev;
    }
    return null;
  }

  private async deleteLosers(id: string): Promise<void> {
    const losers = this.losers.get(id);
    if (!losers) return;
    this.losers.delete(id);
    const { shared, confidential } = this.opts.replicas;
    for (const rev of losers.shared) await shared.remove(id, rev).catch(() => undefined);
    if (confidential) for (const rev of losers.confidential) await confidential.remove(id, rev).catch(() => undefined);
    this.opts.onQueued('shared', id);
  }
}

/** Whether the replica's record is older than the local one (by version, then by time). */
function isOlder(doc: AnyRecord | undefined, local: AnyRecord): boolean {
  const dv = doc?.version ?? 0;
  const lv = local.version ?? 0;
  if (dv !== lv) return dv < lv;
  return (doc?.updatedAt ?? '') < (local.updatedAt ?? '');
}
