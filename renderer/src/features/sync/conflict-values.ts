import type { SyncConflict } from '../../../../shared/api';

export type Side = 'mine' | 'theirs';

/** A field's value as one line of text; null for an empty value, which the screen says in words. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.length ? value.map(String).join(', ') : null;
  return JSON.stringify(value);
}

/** Every clashing field picked the same way ("Keep mine" / "Keep theirs" for all). */
export function pickAll(conflict: SyncConflict, side: Side): Record<string, Side> {
  return Object.fromEntries(conflict.fields.map((f) => [f.path, side]));
}

/** The key a conflict is known by on screen: one record of one collection. */
export const conflictKey = (c: { collection: string; id: string }) => `${c.collection}:${c.id}`;
