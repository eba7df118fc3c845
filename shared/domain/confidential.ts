/**
 * What is confidential: why someone left, and the notes people keep about them. These fields never
 * leave the app — in an export, a review pack or a backup archive — unless the user explicitly
 * includes them.
 */
type AnyRecord = Record<string, unknown>;

export const CONFIDENTIAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  reps: ['notes'],
  conversations: ['notes', 'reasons[].note'],
  engagements: ['notes'],
  tasks: ['notes'],
  surveys: ['freeText'],
};

export const REDACTED = '';

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

/** A copy of the record with its confidential fields emptied (the shape stays valid). */
export function redactRecord<T>(collection: string, record: T): T {
  if (collection === 'audit') return redactAuditEntry(record as AuditLike) as T;
  const paths = CONFIDENTIAL_FIELDS[collection] ?? [];
  return paths.reduce((r, p) => redactPath(r as AnyRecord, p), record as AnyRecord) as T;
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
  return side && typeof side === 'object' && !Array.isArray(side) ? redactRecord(entity, side) : side;
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

export function redactCollections<C extends Record<string, readonly unknown[]>>(collections: C): C {
  const out: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(collections)) out[name] = records.map((r) => redactRecord(name, r));
  return out as unknown as C;
}
