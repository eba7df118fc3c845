import type { z } from 'zod';
import type { SyncConflict, SyncMessage } from '../../../shared/contract/sync';
import { IsoDateTime, Role } from '../../../shared/model';
import { joinRecord, parseDocId, readConfidential, readIncoming, type Incoming } from '../../../shared/sync/documents';
import { mergeVersions, sameRecord, type Clash } from '../../../shared/sync/merge';
import type { Store } from '../store/store';
import type { UnitOfWorkQueue } from '../write-path/unit-of-work';
import type { Replicas } from './outbound';
import type { ChangeRow, LiveChanges, Pouch, PouchDoc } from './pouch';
import { commonAncestor, getDoc, readLocal, writeLocal } from './replica-docs';
import { SYNC_APPLY, SYNCED_SCHEMAS, type SyncedCollection } from './synced';

type AnyRecord = Record<string, unknown> & { id: string; version?: number };
type Valid = Extract<Incoming, { ok: true }>;

/** A conflict as the engine keeps it: what the screens list, plus the losing revisions to delete on resolution. */
export interface KeptConflict extends SyncConflict {
  losers: { shared: string[]; confidential: string[] };
}

export interface SetAside {
  doc: string;
  rev: string;
  reason: z.infer<typeof SyncMessage>;
}

export interface InboundOptions {
  replicas: Replicas;
  store: Store;
  writes: UnitOfWorkQueue;
  /** A document was set aside (not applied); the engine keeps the list and tells the user. */
  onSetAside(item: SetAside): void;
  /** The conflicts of this batch: listed (with fields), or gone (resolved somewhere). */
  onConflicts(listed: KeptConflict[], gone: string[]): void;
  /** Records that merged without a clash: written back as one revision, the losers deleted. */
  onMerged(merged: { collection: string; record: AnyRecord; losers: KeptConflict['losers'] }[]): void;
  onApplied(count: number): void;
  onError(err: unknown): void;
}

interface Prepared {
  incoming: Valid;
  rev: string;
  role: Role | undefined;
  confidential: { fields: Record<string, unknown> } | null;
  conflict: { merged: AnyRecord; clashes: Clash[]; entry: Omit<KeptConflict, 'fields'> } | null;
}

const CHECKPOINT = 'rekindle-inbound';
const BATCH = 200;

/**
 * Documents arriving in the local replicas (pulled from the server) into lowdb, through the write
 * path: each batch is one `sync.apply` unit of work, so versions, audit entries and change events
 * follow as for a local change and open screens update. The place reached in each replica's
 * changes is kept in a `_local/` checkpoint written after the batch committed: after a crash the
 * batch is read again, and what is already applied is recognised as an echo and skipped.
 */
export class Inbound {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private feeds: LiveChanges[] = [];

  constructor(private readonly opts: InboundOptions) {}

  /** Follows both replicas from now on (catching up from the checkpoints first). */
  start(): void {
    for (const db of this.dbs()) {
      const feed = db.changes({ since: 'now', live: true, return_docs: false });
      feed.on('change', () => this.kick());
      feed.on('error', (err: unknown) => this.opts.onError(err));
      this.feeds.push(feed);
    }
    this.kick();
  }

  /** Reads whatever arrived; returns when the replicas have nothing more to apply. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (const db of this.dbs()) await this.drain(db);
      } while (this.again && !this.stopped);
    })()
      .catch((err: unknown) => this.opts.onError(err))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Stops following; a batch being applied finishes (it is one unit of work), the rest waits for the next start. */
  stop(): Promise<void> {
    this.stopped = true;
    for (const f of this.feeds) f.cancel();
    this.feeds = [];
    return this.running ?? Promise.resolve();
  }

  private dbs(): Pouch[] {
    const { shared, confidential } = this.opts.replicas;
    return confidential ? [shared, confidential] : [shared];
  }

  private async drain(db: Pouch): Promise<void> {
    let since = (await readLocal<number | string>(db, CHECKPOINT)) ?? 0;
    while (!this.stopped) {
      const { results, last_seq } = await db.changes({ since, limit: BATCH, return_docs: true });
      if (results.length === 0) return;
      await this.applyBatch(results);
      if (this.stopped) return;
      await writeLocal(db, CHECKPOINT, last_seq);
      since = last_seq;
      if (results.length < BATCH) return;
    }
  }

  private async applyBatch(rows: readonly ChangeRow[]): Promise<void> {
    // The last change of each document says whether it is deleted now.
    const deleted = new Map(rows.map((r) => [r.id, r.deleted === true]));
    const revs = new Map(rows.map((r) => [r.id, r.changes[0]?.rev]));
    const ids = [...deleted.keys()].filter((id) => !id.startsWith('_'));
    const prepared: Prepared[] = [];
    const gone: string[] = [];
    for (const id of ids) {
      const p = await this.prepare(id, deleted.get(id) === true, revs.get(id));
      if (!p) continue;
      if (!p.conflict) gone.push(id);
      prepared.push(p);
    }
    if (prepared.length === 0 || this.stopped) return;
    const listed: KeptConflict[] = [];
    const merged: { collection: string; record: AnyRecord; losers: KeptConflict['losers'] }[] = [];
    let applied = 0;
    await this.opts.writes.run(SYNC_APPLY, async () => {
      const tx = this.opts.writes.current()!;
      for (const p of prepared) {
        const { incoming } = p;
        const collection = incoming.collection as SyncedCollection;
        const local = (this.opts.store.collections[collection].get(incoming.id) as AnyRecord | undefined) ?? null;
        const author = { by: incoming.by.slice(0, 200) || '(unknown)', role: p.role };
        if (incoming.deleted) {
          if (local) {
            await tx.removeRemote(collection, incoming.id, author);
            applied++;
          }
          continue;
        }
        let record = (p.conflict ? p.conflict.merged : joinRecord(collection, incoming.record!, p.confidential, local)) as AnyRecord;
        const checked = SYNCED_SCHEMAS[collection].safeParse(record);
        if (!checked.success) {
          const first = checked.error.issues[0];
          this.opts.onSetAside({ doc: `${collection}:${incoming.id}`, rev: p.rev, reason: { messageId: 'sync-aside-invalid', args: { doc: `${collection}:${incoming.id}`, collection, path: first?.path.map(String).join('.') || '(record)', why: (first?.message ?? '').slice(0, 200) } } });
          continue;
        }
        record = checked.data as AnyRecord;
        if (p.conflict) {
          if (p.conflict.clashes.length) listed.push({ ...p.conflict.entry, fields: p.conflict.clashes });
          else merged.push({ collection, record, losers: p.conflict.entry.losers });
        }
        if (local && sameRecord(record, local)) continue; // An echo of what is here.
        // Older than what is here and not a conflict: this machine's newer change is on its way out.
        if (local && !p.conflict && (record.version ?? 0) < (local.version ?? 0)) continue;
        await tx.applyRemote(collection, record as never, author);
        applied++;
      }
    });
    this.opts.onApplied(applied);
    this.opts.onConflicts(listed, gone);
    if (merged.length) this.opts.onMerged(merged);
  }

  private async prepare(id: string, deleted: boolean, rev: string | undefined): Promise<Prepared | null> {
    const { shared, confidential } = this.opts.replicas;
    const doc = await getDoc(shared, id, { conflicts: true });
    if (!doc) {
      // Deleted on the server (PouchDB answers a deleted document as missing); or a confidential
      // document whose shared one has not arrived yet, which waits for it.
      const parsed = parseDocId(id);
      if (!deleted || !parsed || !Object.prototype.hasOwnProperty.call(SYNCED_SCHEMAS, parsed.collection)) return null;
      const tomb = rev ? await getDoc(shared, id, { rev }).catch(() => null) : null;
      const by = typeof tomb?.by === 'string' ? tomb.by : '';
      return { incoming: { ok: true, ...parsed, deleted: true, record: null, by, at: '' }, confidential: null, conflict: null, rev: rev ?? '', role: undefined };
    }
    const incoming = readIncoming(doc, SYNCED_SCHEMAS);
    if (!incoming.ok) {
      this.opts.onSetAside({ doc: id.slice(0, 80), rev: doc._rev ?? '', reason: incoming.reason });
      return null;
    }
    const role = Role.safeParse(doc.role).success ? (doc.role as Role) : undefined;
    const confDoc = confidential && !incoming.deleted ? await getDoc(confidential, id, { conflicts: true }) : null;
    const conf = confDoc ? readConfidential(confDoc, incoming.collection) : null;
    const base = { incoming, confidential: conf, rev: doc._rev ?? '', role };
    if (incoming.deleted || (!doc._conflicts?.length && !confDoc?._conflicts?.length)) return { ...base, conflict: null };
    return { ...base, conflict: await this.conflictOf(doc, incoming, confDoc, conf) };
  }

  /**
   * Two revisions of one record. CouchDB's winner is applied, with the fields only the other
   * revision changed since their common ancestor merged in; fields both changed differently are
   * listed. The first losing revision is the one compared (a third is rare; the resolution deletes
   * them all).
   */
  private async conflictOf(doc: PouchDoc, incoming: Valid, confDoc: PouchDoc | null, conf: { fields: Record<string, unknown> } | null): Promise<Prepared['conflict']> {
    const { shared, confidential } = this.opts.replicas;
    const collection = incoming.collection as SyncedCollection;
    const local = (this.opts.store.collections[collection].get(incoming.id) as AnyRecord | undefined) ?? null;
    const sharedLosers = doc._conflicts ?? [];
    const confLosers = confDoc?._conflicts ?? [];
    const loserShared = sharedLosers[0] ? await getDoc(shared, doc._id, { rev: sharedLosers[0] }) : doc;
    const loserIncoming = loserShared ? readIncoming(loserShared, SYNCED_SCHEMAS) : null;
    const loserConfDoc = confidential && confLosers[0] ? await getDoc(confidential, doc._id, { rev: confLosers[0] }) : confDoc;
    const loserConf = loserConfDoc ? readConfidential(loserConfDoc, collection) : conf;
    const winner = joinRecord(collection, incoming.record!, conf, local) as AnyRecord;
    if (!loserIncoming?.ok || loserIncoming.deleted) return null; // A losing revision that is not a record: the winner stands.
    const loser = joinRecord(collection, loserIncoming.record!, loserConf, local) as AnyRecord;
    const ancestorShared = sharedLosers[0] ? await commonAncestor(shared, doc._id, doc._rev!, sharedLosers[0]) : doc;
    const ancestorIncoming = ancestorShared ? readIncoming(ancestorShared, SYNCED_SCHEMAS) : null;
    const ancestorConfDoc = confidential && confLosers[0] ? await commonAncestor(confidential, doc._id, confDoc!._rev!, confLosers[0]) : confDoc;
    const ancestor =
      ancestorIncoming?.ok && !ancestorIncoming.deleted ? (joinRecord(collection, ancestorIncoming.record!, ancestorConfDoc ? readConfidential(ancestorConfDoc, collection) : conf, local) as AnyRecord) : null;
    const { merged, clashes } = mergeVersions(winner, loser, ancestor);
    const title = String(winner.name ?? winner.title ?? winner.id).slice(0, 200);
    const theirs = sharedLosers[0]
      ? { rev: sharedLosers[0], by: loserIncoming.by, at: loserIncoming.at }
      : { rev: confLosers[0] ?? '', by: String(loserConfDoc?.by ?? incoming.by), at: isoOr(loserConfDoc?.at, incoming.at) };
    return {
      merged: merged as AnyRecord,
      clashes,
      entry: {
        collection,
        id: incoming.id,
        title,
        mine: { rev: doc._rev!, by: incoming.by, at: incoming.at },
        theirs,
        losers: { shared: sharedLosers, confidential: confLosers },
      },
    };
  }
}

/** A time from a document, when it is one; the fallback otherwise. */
function isoOr(value: unknown, fallback: string): string {
  return IsoDateTime.safeParse(value).success ? (value as string) : fallback;
}
