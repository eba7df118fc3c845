import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../store/schema';

/** The unit of work that applies the server's documents; its changes are not written back out. */
export const SYNC_APPLY = 'sync.apply';

/** What replicates: every stored collection but the audit log, which each machine keeps of what it saw. */
export type SyncedCollection = Exclude<CollectionName, 'audit'>;
export const SYNCED = (Object.keys(COLLECTIONS) as CollectionName[]).filter((c): c is SyncedCollection => c !== 'audit');

/** The schemas documents from the server are checked against (the store's own, not copies). */
export const SYNCED_SCHEMAS: Readonly<Record<SyncedCollection, z.ZodType>> = Object.fromEntries(SYNCED.map((c) => [c, COLLECTIONS[c]])) as unknown as Record<SyncedCollection, z.ZodType>;

export function isSynced(collection: string): collection is SyncedCollection {
  return (SYNCED as readonly string[]).includes(collection);
}
