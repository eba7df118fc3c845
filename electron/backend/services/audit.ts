import { redactAuditEntry, redactFor } from '../../../shared/domain/confidential';
import type { AuditEntry } from '../../../shared/model';
import type { ServiceContext } from './context';
import { newId, readerOf } from './context';

/**
 * Appends who changed what, without confidential values (see redactAuditEntry). Roles are workflow
 * guards on one trusted machine, so the actor is whoever Settings says is using the app; the log
 * makes that visible rather than enforcing it.
 */
export async function recordAudit(
  ctx: ServiceContext,
  change: { entity: string; entityId: string; before: unknown; after: unknown },
): Promise<AuditEntry> {
  const user = ctx.store.settings.currentUser;
  const entry: AuditEntry = redactAuditEntry({
    id: newId('audit'),
    at: ctx.now(),
    actor: user.name,
    role: user.role,
    action: ctx.method,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
  await ctx.store.collections.audit.insert([entry]);
  return entry;
}

export function listAudit(ctx: ServiceContext, offset: number, limit: number): { total: number; items: AuditEntry[] } {
  const all = ctx.store.collections.audit.all;
  // Newest first: the log is append-only, so reading it backwards is reading it by time.
  const items: AuditEntry[] = [];
  for (let i = all.length - 1 - offset; i >= 0 && items.length < limit; i--) items.push(redactFor(readerOf(ctx), 'audit', all[i]!));
  return { total: all.length, items };
}
