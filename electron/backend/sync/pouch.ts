import { createRequire } from 'node:module';

/**
 * The part of PouchDB (the Node build: LevelDB on disk, HTTP to the server) the engine uses,
 * typed here so the engine does not depend on @types/pouchdb. PouchDB does the replication
 * protocol; nothing here speaks it by hand.
 */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface ChangeRow {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDoc;
  changes: { rev: string }[];
}

export interface Emitter {
  on(event: string, listener: (...args: any[]) => void): this;
  removeAllListeners(event?: string): this;
}

export interface LiveChanges extends Emitter {
  cancel(): void;
}

export interface Replication extends Emitter, PromiseLike<unknown> {
  cancel(): void;
}

export interface ReplicationOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  back_off_function?: (delay: number) => number;
}

export interface Pouch {
  readonly name: string;
  get(id: string, opts?: { rev?: string; revs?: boolean; conflicts?: boolean; open_revs?: 'all' | string[] }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[], opts?: { new_edits?: boolean }): Promise<({ ok?: boolean; id?: string; rev?: string; error?: string | boolean; status?: number })[]>;
  allDocs(opts: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; limit?: number }): Promise<{
    total_rows: number;
    rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null; error?: string }[];
  }>;
  changes(opts: { since?: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number; live?: false; return_docs?: boolean }): Promise<{ results: ChangeRow[]; last_seq: number | string }>;
  changes(opts: { since?: number | string; live: true; include_docs?: boolean; return_docs?: boolean }): LiveChanges;
  remove(id: string, rev: string): Promise<{ ok: boolean; rev: string }>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  replicate: {
    to(target: Pouch, opts?: ReplicationOptions): Replication;
    from(source: Pouch, opts?: ReplicationOptions): Replication;
  };
}

export interface PouchOptions {
  /** Basic credentials for a server database; kept by PouchDB in memory only. */
  auth?: { username: string; password: string };
  /** Do not try to create a server database: the community's databases are made by `community init`. */
  skip_setup?: boolean;
}

export type PouchConstructor = new (name: string, opts?: PouchOptions) => Pouch;

let loaded: PouchConstructor | null = null;

/** PouchDB, loaded when a community is first connected (a machine working alone never loads it). */
export function pouchDB(): PouchConstructor {
  if (!loaded) {
    const mod = createRequire(import.meta.url)('pouchdb') as PouchConstructor | { default: PouchConstructor };
    loaded = typeof mod === 'function' ? mod : mod.default;
  }
  return loaded;
}

/** The status of an error PouchDB reports (404 missing, 409 conflict, 401/403 refused); 0 when it has none. */
export function statusOf(err: unknown): number {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : 0;
}

/**
 * A server database whose `info()` never rejects. PouchDB 9's replicator asks the source for its
 * info after every batch only to update a progress counter, with no handler for a failure
 * (lib/index.js, finishBatch): a server that goes away at that moment would be an unhandled
 * rejection, which ends a plain Node process (start:web). Every other use of the answer copes
 * with an empty one, and the replication's next request reports the server gone as usual.
 */
export function openRemote(PouchDB: PouchConstructor, url: string, opts: PouchOptions): Pouch {
  const db = new PouchDB(url, opts);
  const info = db.info.bind(db);
  db.info = () => info().catch(() => ({ db_name: url, doc_count: 0, update_seq: 0 }));
  return db;
}
