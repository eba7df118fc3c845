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
  const paths = CONFIDENTIAL_FIELDS[collection] ?? [];
  return paths.reduce((r, p) => redactPath(r as AnyRecord, p), record as AnyRecord) as T;
}

export function redactCollections<C extends Record<string, readonly unknown[]>>(collections: C): C {
  const out: Record<string, unknown[]> = {};
  for (const [name, records] of Object.entries(collections)) out[name] = records.map((r) => redactRecord(name, r));
  return out as unknown as C;
}
