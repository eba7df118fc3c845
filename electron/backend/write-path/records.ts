import type { CollectionName, RecordOf } from '../store/schema';
import type { Fields, Transaction } from '../store/transaction';
import type { ServiceContext } from '../context';

type Versioned = Exclude<CollectionName, 'audit'>;

/** The transaction of the unit of work the service runs in; there is none outside the write queue. */
export function transactionOf(ctx: Pick<ServiceContext, 'writes'>): Transaction {
  const tx = ctx.writes.current();
  if (!tx) throw new Error('A write was attempted outside a unit of work; every change must run through the write queue.');
  return tx;
}

/** Creates a record (id, timestamps, version 1) and its audit entry, in the running transaction. */
export function createRecord<N extends Versioned>(ctx: ServiceContext, collection: N, prefix: string, fields: Fields<N>): Promise<RecordOf<N>> {
  return transactionOf(ctx).create(collection, prefix, fields);
}

/**
 * Applies a change to the version the caller saw (a stale version is refused with CONFLICT), with
 * its audit entry, in the running transaction.
 */
export function updateRecord<N extends Versioned>(
  ctx: ServiceContext,
  collection: N,
  id: string,
  expectedVersion: number,
  change: (current: RecordOf<N>) => RecordOf<N>,
): Promise<RecordOf<N>> {
  return transactionOf(ctx).update(collection, id, expectedVersion, change);
}
