import { planStatusChanges, type PlannedStatusChange } from '../../../shared/domain/status-change';
import type { AuditEntry, Rep, RepStatus, StatusChange } from '../../../shared/model';
import { clipCause, withOccasion, type StatusCause, type StatusOccasion } from '../../../shared/status-causes';
import { redactAuditEntry } from '../../../shared/domain/confidential';
import { communityZone, newId, type ServiceContext } from './context';
import { updateRecord } from './records';

export interface AppliedStatusChange extends PlannedStatusChange {
  name: string;
}

/** A history entry as every status change writes it: its own id, who, when, and the cause within limits. */
export function statusEntry(ctx: ServiceContext, from: RepStatus | null, to: RepStatus, cause: StatusCause, caseId?: string): StatusChange {
  return { id: newId('sh'), at: ctx.now(), from, to, cause: clipCause(cause), by: ctx.store.settings.currentUser.name, ...(caseId ? { caseId } : {}) };
}

/**
 * The one way a single Rep's status changes: the new status and its history entry are one update.
 * A decision passes its case id, which is how a reversal finds the entry again.
 */
export async function changeStatus(ctx: ServiceContext, rep: Rep, to: RepStatus, { cause, caseId }: { cause: StatusCause; caseId?: string }): Promise<Rep> {
  return updateRecord(ctx, 'reps', rep.id, rep.version, (r) => ({ ...r, status: to, statusHistory: [...r.statusHistory, statusEntry(ctx, r.status, to, cause, caseId)] }));
}

/**
 * Re-classifies the given Reps (all when omitted) and writes each change with its cause into the
 * Rep's status history and the audit log. Written as one batch: an import can move thousands of
 * Reps at once, and one snapshot plus one audit batch beats thousands of single writes.
 */
export async function recomputeStatuses(ctx: ServiceContext, repIds?: Iterable<string>, occasion?: StatusOccasion): Promise<AppliedStatusChange[]> {
  const reps = ctx.store.collections.reps;
  const subjects: Rep[] = [];
  if (repIds) {
    for (const id of repIds) {
      const rep = reps.get(id);
      if (rep) subjects.push(rep);
    }
  } else subjects.push(...reps.all);
  const now = ctx.now();
  const planned = planStatusChanges(subjects, (id) => ctx.health.lastSignificant(id), now, ctx.store.settings.thresholds, communityZone(ctx)).map((p) => ({
    ...p,
    cause: withOccasion(p.cause, occasion),
  }));
  if (planned.length === 0) return [];

  const user = ctx.store.settings.currentUser;
  const byId = new Map(planned.map((p) => [p.repId, p]));
  const audit: AuditEntry[] = [];
  const next = reps.all.map((rep) => {
    const change = byId.get(rep.id);
    if (!change) return rep;
    const after: Rep = {
      ...rep,
      status: change.to,
      statusHistory: [...rep.statusHistory, statusEntry(ctx, change.from, change.to, change.cause)],
      version: rep.version + 1,
      updatedAt: now,
    };
    audit.push(redactAuditEntry({ id: newId('audit'), at: now, actor: user.name, role: user.role, action: ctx.method, entity: 'reps', entityId: rep.id, before: rep, after }));
    return after;
  });
  await reps.replaceAll(next);
  await ctx.store.collections.audit.insert(audit);
  return planned.map((p) => ({ ...p, name: reps.get(p.repId)?.name ?? p.repId }));
}
