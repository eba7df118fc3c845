/**
 * Two versions of one record that CouchDB kept side by side (pure). Fields on which they agree, or
 * that only one side changed since their common ancestor, merge without asking; the rest clash and
 * are listed for a person to pick. Without the ancestor, every field that differs clashes: nothing
 * is decided silently.
 */
type AnyRecord = Record<string, unknown>;

/** Set by the transaction on every change; they differ on both sides and are never a clash. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version']);

export interface Clash {
  path: string;
  mine: unknown;
  theirs: unknown;
}

/** A JSON form independent of key order, to compare values. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as AnyRecord)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** `mine` is the version applied (CouchDB's winner), `theirs` the other. */
export function mergeVersions(mine: AnyRecord, theirs: AnyRecord, ancestor: AnyRecord | null): { merged: AnyRecord; clashes: Clash[] } {
  const merged: AnyRecord = { ...mine };
  const clashes: Clash[] = [];
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    const m = mine[key];
    const t = theirs[key];
    if (same(m, t)) continue;
    if (ancestor) {
      const a = ancestor[key];
      if (same(m, a)) {
        // Only theirs changed it: take their change.
        merged[key] = t;
        continue;
      }
      if (same(t, a)) continue; // Only mine changed it.
    }
    clashes.push({ path: key, mine: m, theirs: t });
  }
  return { merged, clashes };
}

/** Whether two records say the same (bookkeeping included): an echo of what is already here. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return same(a, b);
}
