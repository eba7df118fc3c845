/**
 * What is confidential, and who may read it: why someone left, and the notes people keep about
 * them. This table is the one place that says so; every list, dossier, review pack, export, archive
 * and the audit log asks `redactFor` instead of emptying fields by hand.
 *
 * Besides the stored collections, two composed views have their own entry: the Council's dossier
 * and review pack gather confidential text from several records as the Council's evidence, and
 * only the Council reads them there (a mentor reads the notes they hold through the Rep and the
 * conversation screens).
 */
import type { Role } from '../model/common';

type AnyRecord = Record<string, unknown>;

/** Who reads: a role inside the app, or 'export' for anything that leaves it (a file, a backup archive). */
export type Reader = Role | 'export';

interface Rule {
  /** Paths of confidential fields; `list[].field` reaches into each item of a list. */
  fields: readonly string[];
  /** The roles that read these fields inside the app; 'export' never does unless the user asks. */
  readers: readonly Role[];
}

const EVERY_ROLE: readonly Role[] = ['coach', 'mentor', 'council'];
const MENTORS_AND_COUNCIL: readonly Role[] = ['mentor', 'council'];
const COUNCIL: readonly Role[] = ['council'];

export const CONFIDENTIAL: Readonly<Record<string, Rule>> = {
  reps: { fields: ['notes'], readers: MENTORS_AND_COUNCIL },
  conversations: { fields: ['notes', 'reasons[].note'], readers: MENTORS_AND_COUNCIL },
  // Engagement and survey text is written and read by the coach working with the Rep.
  engagements: { fields: ['notes'], readers: EVERY_ROLE },
  surveys: { fields: ['freeText'], readers: EVERY_ROLE },
  tasks: { fields: ['notes'], readers: EVERY_ROLE },
  dossiers: { fields: ['notes', 'timeline[].confidential'], readers: COUNCIL },
  reviewPackCases: { fields: ['confidentialNotes'], readers: COUNCIL },
};

export const REDACTED = '';

/** Whether this reader sees the confidential fields of `collection` (true where it has none). */
export function mayRead(reader: Reader, collection: string): boolean {
  if (collection === 'audit') return false;
  const rule = CONFIDENTIAL[collection];
  return !rule || (reader !== 'export' && rule.readers.includes(reader));
}

/** Whether this role may take every confidential field out of the app (an archive "with confidential notes"). */
export function mayExportConfidential(reader: Reader): boolean {
  return reader !== 'export' && Object.values(CONFIDENTIAL).every((rule) => rule.readers.includes(reader));
}

/**
 * The record as this reader may see it: confidential fields emptied (the shape stays valid) unless
 * the reader may read them. Audit entries never carry confidential values for anyone.
 */
export function redactFor<T>(reader: Reader, collection: string, record: T): T {
  if (collection === 'audit') return redactAuditEntry(record as AuditLike) as T;
  if (mayRead(reader, collection)) return record;
  return CONFIDENTIAL[collection]!.fields.reduce((r, p) => redactPath(r as AnyRecord, p), record as AnyRecord) as T;
}

/** Every collection as it may leave the app for this reader (an archive without confidential notes). */
export function redactCollectionsFor<C extends Record<string, readonly unknown[]>>(reader: Reader, collections: C): C {
  const out: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(collections)) out[name] = records.map((r) => redactFor(reader, name, r));
  return out as unknown as C;
}

function redactPath(record: AnyRecord, path: string): AnyRecord {
  const [head, ...rest] = path.split('.');
  if (head!.endsWith('[]')) {
    const key = head!.slice(0, -2);
    const list = record[key];
    if (!Array.isArray(list)) return record;
    return { ...record, [key]: list.map((item) => (item && typeof item === 'object' ? redactPath(item as AnyRecord, rest.join('.')) : item)) };
  }
  if (!(head! in record)) return record;
  return { ...record, [head!]: REDACTED };
}

/** The fields a change touched (bookkeeping fields left out), compared by value. */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as AnyRecord;
  const a = (after ?? {}) as AnyRecord;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => k !== 'updatedAt' && k !== 'version' && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

type AuditLike = { entity: string; before: unknown; after: unknown; fields?: string[] };

function redactSide(entity: string, side: unknown): unknown {
  return side && typeof side === 'object' && !Array.isArray(side) ? redactFor('export', entity, side) : side;
}

/**
 * An audit entry as it may be kept and shown: who, when, which method, which record and which
 * fields changed, with confidential values emptied. The audit log is read by every role and leaves
 * the app in CSV and archives, so why someone left is never in it. Idempotent, so entries written
 * before this rule are cleaned the same way whenever they are read.
 */
export function redactAuditEntry<E extends AuditLike>(entry: E): E {
  const fields = entry.fields ?? changedFields(entry.before, entry.after);
  return { ...entry, fields, before: redactSide(entry.entity, entry.before), after: redactSide(entry.entity, entry.after) };
}
