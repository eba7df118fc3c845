import { redactFor } from '../../../../shared/domain/confidential';
import type { AuditEntry } from '../../../../shared/model/index';
import type { ServiceContext } from '../../context';
import { readerOf } from '../../context';
import { transactionOf } from '../../write-path/records';

/**
 * Appends who changed what, without confidential values (see redactAuditEntry), in the running
 * transaction: for what is not a record change (imports, restores, settings); record changes are
 * audited by the transaction itself. Roles are workflow guards on one trusted machine, so the
 * actor is whoever Settings says is using the app; the log makes that visible rather than
 * enforcing it.
 */
export function recordAudit(ctx: ServiceContext, change: { entity: string; entityId: string; before: unknown; after: unknown }): Promise<AuditEntry> {
  return transactionOf(ctx).audit(change.entity, change.entityId, change.before, change.after);
}

export function listAudit(ctx: ServiceContext, offset: number, limit: number): { total: number; items: AuditEntry[] } {
  const all = ctx.store.collections.audit.all;
  // Newest first: the log is append-only, so reading it backwards is reading it by time.
  const items: AuditEntry[] = [];
  for (let i = all.length - 1 - offset; i >= 0 && items.length < limit; i--) items.push(redactFor(readerOf(ctx), 'audit', all[i]!));
  return { total: all.length, items };
}
