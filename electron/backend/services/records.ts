import type { CollectionName, RecordOf } from '../store/schema';
import { recordAudit } from './audit';
import { newId, type ServiceContext } from './context';

type Versioned = Exclude<CollectionName, 'audit'>;
type Fields<N extends Versioned> = Omit<RecordOf<N>, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * Creates a record with id, timestamps and version 1, writes it, and records it in the audit log.
 * The shared way every service creates things, so no feature forgets the audit trail.
 */
export async function createRecord<N extends Versioned>(ctx: ServiceContext, collection: N, prefix: string, fields: Fields<N>): Promise<RecordOf<N>> {
  const now = ctx.now();
  const record = { ...fields, id: newId(prefix), createdAt: now, updatedAt: now, version: 1 } as RecordOf<N>;
  await (ctx.store.collections[collection] as unknown as { insert(r: RecordOf<N>[]): Promise<void> }).insert([record]);
  await recordAudit(ctx, { entity: collection, entityId: record.id, before: null, after: record });
  return record;
}

/**
 * Applies a change to the version the caller saw (a stale version is refused with CONFLICT),
 * writes it, and records before and after in the audit log.
 */
export async function updateRecord<N extends Versioned>(
  ctx: ServiceContext,
  collection: N,
  id: string,
  expectedVersion: number,
  change: (current: RecordOf<N>) => RecordOf<N>,
): Promise<RecordOf<N>> {
  const target = ctx.store.collections[collection] as unknown as {
    update(id: string, v: number, f: (c: RecordOf<N>) => RecordOf<N>, now: string): Promise<{ before: RecordOf<N>; after: RecordOf<N> }>;
  };
  const { before, after } = await target.update(id, expectedVersion, change, ctx.now());
  await recordAudit(ctx, { entity: collection, entityId: id, before, after });
  return after;
}
