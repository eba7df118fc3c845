/**
 * How a Rekindle record travels through CouchDB (pure; no I/O). Each community has two databases:
 * `<db>`, which every account of the community reads, holds one document per record,
 * `{_id: "<collection>:<id>", collection, record, by, at}`, with the fields kept apart emptied;
 * `<db>-confidential`, which only mentors and the Council read (CouchDB `_security`), holds those
 * fields, `{_id, collection, fields: {<path>: value}, by, at}`. A record is split into the two on
 * the way out and joined again on the way in.
 *
 * Kept apart are all the confidential fields (CONFIDENTIAL in shared/domain/confidential.ts); the
 * server's validation refuses confidential text in the shared database, and a confidential
 * document from a coach. So what a coach writes in a confidential field (an engagement's notes)
 * stays on their machine: joining keeps the values a machine has when no confidential document
 * says otherwise.
 */
import type { z } from 'zod';
import { CONFIDENTIAL } from '../domain/confidential';
import { IsoDateTime, type Role } from '../model/common';
import { syncMessage, type SyncMessageId } from './messages';

type AnyRecord = Record<string, unknown>;

/** A document bigger than this (its JSON, in characters) is set aside, never applied. */
export const MAX_DOC_CHARS = 1_000_000;

export interface SharedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  collection: string;
  record: AnyRecord;
  /** The account that wrote this revision (the server checks it is the signed-in one). */
  by: string;
  at: string;
}

export interface ConfidentialDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  collection: string;
  /** Each kept-apart path's value; a `list[].field` path holds one value per list item. */
  fields: Record<string, unknown>;
  by: string;
  at: string;
}

export interface DocMeta {
  by: string;
  at: string;
}

export type Incoming =
  | { ok: true; collection: string; id: string; deleted: boolean; record: AnyRecord | null; by: string; at: string }
  | { ok: false; reason: { messageId: SyncMessageId; args: Record<string, string | number> } };

export function docId(collection: string, id: string): string {
  return `${collection}:${id}`;
}

/** `{collection, id}` of a document id, or null when it is not one of ours (design docs, garbage). */
export function parseDocId(id: string): { collection: string; id: string } | null {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1 || id.startsWith('_')) return null;
  return { collection: id.slice(0, at), id: id.slice(at + 1) };
}

/** The paths of `collection` that live in the confidential database (empty when none). */
export function keptApart(collection: string): readonly string[] {
  return CONFIDENTIAL[collection]?.fields ?? [];
}

/** Whether these roles read (and so replicate) the confidential database. */
export function readsConfidential(roles: readonly Role[]): boolean {
  return roles.includes('mentor') || roles.includes('council');
}

/** The record's kept-apart values by path. */
export function confidentialFields(collection: string, record: AnyRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of keptApart(collection)) {
    const [head, field] = path.split('[].');
    if (field !== undefined) {
      const list = record[head!];
      out[path] = Array.isArray(list) ? list.map((item) => (item && typeof item === 'object' ? ((item as AnyRecord)[field] ?? '') : '')) : [];
    } else {
      out[path] = record[path] ?? '';
    }
  }
  return out;
}

/** Whether any kept-apart value is not empty. */
export function hasConfidentialValues(fields: Record<string, unknown>): boolean {
  return Object.values(fields).some((v) => (Array.isArray(v) ? v.some((x) => x !== '' && x != null) : v !== '' && v != null));
}

/** The record with its kept-apart fields emptied (the shape stays valid). */
export function withoutConfidential(collection: string, record: AnyRecord): AnyRecord {
  const paths = keptApart(collection);
  if (paths.length === 0) return record;
  const empty: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(confidentialFields(collection, record))) empty[path] = Array.isArray(value) ? value.map(() => '') : '';
  return withFields(collection, record, empty);
}

/** The record with the given kept-apart values put in (paths not given are left as they are). */
export function withFields(collection: string, record: AnyRecord, fields: Record<string, unknown>): AnyRecord {
  let out = record;
  for (const path of keptApart(collection)) {
    if (!(path in fields)) continue;
    const value = fields[path];
    const [head, field] = path.split('[].');
    if (field !== undefined) {
      const list = out[head!];
      if (!Array.isArray(list)) continue;
      const values = Array.isArray(value) ? value : [];
      out = { ...out, [head!]: list.map((item, i) => (item && typeof item === 'object' && field in (item as AnyRecord) ? { ...(item as AnyRecord), [field]: values[i] ?? '' } : item)) };
    } else if (path in out) {
      out = { ...out, [path]: value ?? '' };
    }
  }
  return out;
}

/**
 * A record as its documents: the shared one always, the confidential one when this writer reads
 * the confidential database and the collection has fields kept apart.
 */
export function splitRecord(collection: string, record: AnyRecord, meta: DocMeta, writesConfidential: boolean): { shared: SharedDoc; confidential: ConfidentialDoc | null } {
  const _id = docId(collection, String(record.id));
  const shared: SharedDoc = { _id, collection, record: withoutConfidential(collection, record), by: meta.by, at: meta.at };
  const confidential: ConfidentialDoc | null =
    writesConfidential && keptApart(collection).length > 0 ? { _id, collection, fields: confidentialFields(collection, record), by: meta.by, at: meta.at } : null;
  return { shared, confidential };
}

/**
 * The record as this machine keeps it: the shared document's record with the confidential
 * document's values, or, when there is none here (a coach, or the confidential document has not
 * arrived yet), with the values this machine already had, so a note is never emptied by a
 * document that does not carry it.
 */
export function joinRecord(collection: string, sharedRecord: AnyRecord, confidential: Pick<ConfidentialDoc, 'fields'> | null, local: AnyRecord | null): AnyRecord {
  if (keptApart(collection).length === 0) return sharedRecord;
  if (confidential) return withFields(collection, sharedRecord, confidential.fields);
  return local ? withFields(collection, sharedRecord, confidentialFields(collection, local)) : sharedRecord;
}

const aside = (messageId: SyncMessageId, args: Record<string, string | number>): Incoming => ({ ok: false, reason: syncMessage(messageId, args) });

const isObject = (v: unknown): v is AnyRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short printable form of a document id for a message (ids from the server may be anything). */
function shownId(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, 80) : '(no id)';
}

/**
 * A document from the server, checked before anything of it is applied: that it is one of ours,
 * of a collection this version knows, within the size limit, and that its record matches the
 * collection's schema. A deleted document carries no record. `schemas` are the stored
 * collections' zod schemas (electron/backend/store/schema.ts), minus the audit log, which is not
 * replicated.
 */
export function readIncoming(doc: unknown, schemas: Readonly<Record<string, z.ZodType>>): Incoming {
  if (!isObject(doc) || typeof doc._id !== 'string') return aside('sync-aside-garbage', { doc: shownId(isObject(doc) ? doc._id : undefined) });
  const shown = shownId(doc._id);
  const parsedId = parseDocId(doc._id);
  if (!parsedId) return aside('sync-aside-garbage', { doc: shown });
  if (!Object.prototype.hasOwnProperty.call(schemas, parsedId.collection)) return aside('sync-aside-unknown-collection', { doc: shown, collection: parsedId.collection.slice(0, 64) });
  if (doc._deleted === true) return { ok: true, collection: parsedId.collection, id: parsedId.id, deleted: true, record: null, by: typeof doc.by === 'string' ? doc.by : '', at: IsoDateTime.safeParse(doc.at).success ? (doc.at as string) : '' };
  let size: number;
  try {
    size = JSON.stringify(doc).length;
  } catch {
    return aside('sync-aside-garbage', { doc: shown });
  }
  if (size > MAX_DOC_CHARS) return aside('sync-aside-too-big', { doc: shown, size, max: MAX_DOC_CHARS });
  if (doc.collection !== parsedId.collection || !isObject(doc.record) || typeof doc.by !== 'string' || !IsoDateTime.safeParse(doc.at).success) return aside('sync-aside-garbage', { doc: shown });
  const parsed = schemas[parsedId.collection]!.safeParse(doc.record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return aside('sync-aside-invalid', { doc: shown, collection: parsedId.collection, path: first?.path.map(String).join('.') || '(record)', why: (first?.message ?? 'invalid').slice(0, 200) });
  }
  const record = parsed.data as AnyRecord;
  if (record.id !== parsedId.id) return aside('sync-aside-invalid', { doc: shown, collection: parsedId.collection, path: 'id', why: `does not match the document id` });
  return { ok: true, collection: parsedId.collection, id: parsedId.id, deleted: false, record, by: doc.by as string, at: doc.at as string };
}

/**
 * A confidential document's values, or null when it is not usable (then the values this machine
 * has are kept): only the collection's kept-apart paths, strings or lists of strings.
 */
export function readConfidential(doc: unknown, collection: string): Pick<ConfidentialDoc, 'fields'> | null {
  if (!isObject(doc) || doc._deleted === true || doc.collection !== collection || !isObject(doc.fields)) return null;
  let size: number;
  try {
    size = JSON.stringify(doc).length;
  } catch {
    return null;
  }
  if (size > MAX_DOC_CHARS) return null;
  const fields: Record<string, unknown> = {};
  for (const path of keptApart(collection)) {
    const v = doc.fields[path];
    const list = path.includes('[].');
    if (list ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === 'string') fields[path] = v;
  }
  return { fields };
}
