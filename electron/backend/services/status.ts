import { planStatusChanges, type PlannedStatusChange } from '../../../shared/domain/status-change';
import type { Rep } from '../../../shared/model';
import { communityZone, type ServiceContext } from './context';
import { transactionOf } from './records';

export interface AppliedStatusChange extends PlannedStatusChange {
  name: string;
}

/**
 * Re-classifies the given Reps (all when omitted) and writes each change with its cause into the
 * Rep's status history and the audit log, in the running transaction: an import that moves
 * thousands of Reps commits them with their audit entries as one step.
 */
export async function recomputeStatuses(ctx: ServiceContext, repIds?: Iterable<string>, causeSuffix = ''): Promise<AppliedStatusChange[]> {
  const reps = ctx.store.collections.reps;
  const subjects: Rep[] = [];
  if (repIds) {
    for (const id of repIds) {
      const rep = reps.get(id);
      if (rep) subjects.push(rep);
    }
  } else subjects.push(...reps.all);
  const now = ctx.now();
  const planned = planStatusChanges(subjects, (id) => ctx.health.lastSignificant(id), now, ctx.store.settings.thresholds, communityZone(ctx));
  if (planned.length === 0) return [];

  const user = ctx.store.settings.currentUser;
  const tx = transactionOf(ctx);
  for (const change of planned) {
    const rep = reps.get(change.repId)!;
    await tx.update('reps', rep.id, rep.version, (current) => ({
      ...current,
      status: change.to,
      statusHistory: [...current.statusHistory, { at: now, from: change.from, to: change.to, cause: change.cause + causeSuffix, by: user.name }],
    }));
  }
  return planned.map((p) => ({ ...p, cause: p.cause + causeSuffix, name: reps.get(p.repId)?.name ?? p.repId }));
}
