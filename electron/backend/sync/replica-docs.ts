import { randomUUID } from 'node:crypto';
import { canonical } from '../../../shared/sync/merge';
import { statusOf, type Pouch, type PouchDoc } from './pouch';

/** A document of a local replica, or null when it is not there (never stored, or only a `_local` checkpoint). */
export async function getDoc(db: Pouch, id: string, opts: { rev?: string; revs?: boolean; conflicts?: boolean } = {}): Promise<PouchDoc | null> {
  try {
    return await db.get(id, opts);
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
}

/** The document's body without PouchDB's bookkeeping, to compare two revisions by content. */
export function bodyOf(doc: PouchDoc, ignore: readonly string[] = []): string {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && !ignore.includes(k)) body[k] = v;
  return canonical(body);
}

/** Reads and writes a `_local/` document (never replicated): checkpoints and the engine's lists. */
export async function readLocal<T>(db: Pouch, name: string): Promise<T | null> {
  const doc = await getDoc(db, `_local/${name}`);
  return doc ? (doc.value as T) : null;
}

export async function writeLocal(db: Pouch, name: string, value: unknown): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await getDoc(db, `_local/${name}`);
    try {
      await db.put({ _id: `_local/${name}`, ...(current?._rev ? { _rev: current._rev } : {}), value });
      return;
    } catch (err) {
      if (statusOf(err) !== 409 || attempt >= 4) throw err;
    }
  }
}

/**
 * Writes `doc` as the next revision of what is in the replica, unless the replica already says
 * the same (`ignore` names body fields that do not count: when and by whom it was written), so a
 * repeated write (a reconcile after a crash, an echo) adds no revision. A replication may add a
 * revision between the read and the write: then it reads again.
 */
export async function upsert(db: Pouch, doc: PouchDoc, ignore: readonly string[] = ['at', 'by', 'role']): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const current = await getDoc(db, doc._id);
    if (current && !current._deleted && !doc._deleted && bodyOf(current, ignore) === bodyOf(doc, ignore)) return false;
    if ((!current || current._deleted) && doc._deleted) return false;
    try {
      await db.put({ ...doc, ...(current?._rev ? { _rev: current._rev } : {}) });
      return true;
    } catch (err) {
      if (statusOf(err) !== 409 || attempt >= 4) throw err;
    }
  }
}

/**
 * Writes `doc` as a child of `baseRev`, an older revision than the replica's current one: the
 * change was made on this machine from that revision, and another revision arrived from the server
 * meanwhile. Writing it on top of the newer one would silently drop that revision; as a sibling,
 * CouchDB keeps both and the conflict is listed.
 */
export async function putAsSibling(db: Pouch, doc: PouchDoc, baseRev: string): Promise<void> {
  const base = await db.get(doc._id, { rev: baseRev, revs: true });
  const history = base._revisions ?? { start: Number.parseInt(baseRev, 10), ids: [baseRev.slice(baseRev.indexOf('-') + 1)] };
  const hash = randomUUID().replace(/-/g, '');
  const start = history.start + 1;
  await db.bulkDocs([{ ...doc, _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, ...history.ids] } }], { new_edits: false });
}

/** The revisions before `doc` in its history, newest first, as `n-hash` strings. */
export function ancestorsOf(doc: PouchDoc): string[] {
  const h = doc._revisions;
  if (!h) return [];
  return h.ids.slice(1).map((id, i) => `${h.start - 1 - i}-${id}`);
}

/**
 * The newest revision both `a` and `b` descend from, with its body when this replica still has it
 * (revisions it held as current keep their body until compaction), or null.
 */
export async function commonAncestor(db: Pouch, id: string, revA: string, revB: string): Promise<PouchDoc | null> {
  const a = await getDoc(db, id, { rev: revA, revs: true });
  const b = await getDoc(db, id, { rev: revB, revs: true });
  if (!a || !b) return null;
  const seen = new Set(ancestorsOf(a));
  for (const rev of ancestorsOf(b)) {
    if (!seen.has(rev)) continue;
    try {
      return await getDoc(db, id, { rev });
    } catch {
      return null; // The body is gone (compacted): the caller falls back to listing every difference.
    }
  }
  return null;
}
