import type { Store } from './store/store';
import type { CollectionName, RecordOf } from './store/schema';

/** A whole community as the demo generator writes it, dated relative to `referenceDate`. */
export type CommunityData = { referenceDate: string } & Partial<{ [N in Exclude<CollectionName, 'audit'>]: RecordOf<N>[] }>;

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY_MS = 86_400_000;

/**
 * Moves every timestamp so the dataset's "now" becomes today. Without this the demo would age:
 * a year after release every demo Rep would look inactive.
 */
export function shiftDates<T>(value: T, deltaMs: number): T {
  if (typeof value === 'string') {
    return (ISO_DATETIME.test(value) ? new Date(Date.parse(value) + deltaMs).toISOString() : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, deltaMs)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = shiftDates(v, deltaMs);
    return out as T;
  }
  return value;
}

export async function seedCommunity(store: Store, data: CommunityData, now: string): Promise<void> {
  const deltaDays = Math.round((Date.parse(now) - Date.parse(data.referenceDate)) / DAY_MS);
  const shifted = shiftDates(data, deltaDays * DAY_MS);
  for (const [name, records] of Object.entries(shifted)) {
    if (name === 'referenceDate' || !Array.isArray(records)) continue;
    const collection = store.collections[name as CollectionName];
    if (!collection) throw new Error(`The demo dataset has an unknown collection "${name}".`);
    await collection.replaceAll(records as never[]);
  }
}
