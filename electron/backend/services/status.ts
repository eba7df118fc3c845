import { planStatusChanges, type PlannedStatusChange } from '../../../shared/domain/status-change';
import type { AuditEntry, Rep } from '../../../shared/model';
import { redactAuditEntry } from '../../../shared/domain/confidential';
import { communityZone, newId, type ServiceContext } from './context';

export interface AppliedStatusChange extends PlannedStatusChange {
  name: string;
}

/**
 * Re-classifies the given Reps (all when omitted) and writes each change with its cause into the
 * Rep's status history and the audit log. Written as one batch: an import can move thousands of
 * Reps at once, and one snapshot plus one audit batch beats thousands of single writes.
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
  const byId = new Map(planned.map((p) => [p.repId, p]));
  const audit: AuditEntry[] = [];
  const next = reps.all.map((rep) => {
    const change = byId.get(rep.id);
    if (!change) return rep;
    const after: Rep = {
      ...rep,
      status: change.to,
      statusHistory: [...rep.statusHistory, { at: now, from: change.from, to: change.to, cause: change.cause + causeSuffix, by: user.name }],
      version: rep.version + 1,
      updatedAt: now,
    };
    audit.push(redactAuditEntry({ id: newId('audit'), at: now, actor: user.name, role: user.role, action: ctx.method, entity: 'reps', entityId: rep.id, before: rep, after }));
    return after;
  });
  await reps.replaceAll(next);
  await ctx.store.collections.audit.insert(audit);
  return planned.map((p) => ({ ...p, cause: p.cause + causeSuffix, name: reps.get(p.repId)?.name ?? p.repId }));
}
