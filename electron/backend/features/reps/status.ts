import { planStatusChanges, type PlannedStatusChange } from '../../../../shared/domain/status-change';
import type { Rep, RepStatus, StatusChange } from '../../../../shared/model/index';
import { clipCause, withOccasion, type StatusCause, type StatusOccasion } from '../../../../shared/status-causes';
import { communityZone, newId, type ServiceContext } from '../../context';
import { transactionOf, updateRecord } from '../../write-path/records';

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
 * Rep's status history and the audit log, in the running transaction: an import that moves
 * thousands of Reps commits them with their audit entries as one step.
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

  const tx = transactionOf(ctx);
  for (const change of planned) {
    const rep = reps.get(change.repId)!;
    await tx.update('reps', rep.id, rep.version, (current) => ({
      ...current,
      status: change.to,
      statusHistory: [...current.statusHistory, statusEntry(ctx, change.from, change.to, change.cause)],
    }));
  }
  return planned.map((p) => ({ ...p, name: reps.get(p.repId)?.name ?? p.repId }));
}
