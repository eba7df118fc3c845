import { returnedCause, type CompletedWork, type DatedActivity } from '../../../../shared/domain/returned';
import type { RepStatus } from '../../../../shared/model/index';
import { withOccasion, type StatusOccasion } from '../../../../shared/status-causes';
import { communityZone, type ServiceContext } from '../../context';
import { changeStatus, type AppliedStatusChange } from './status';

/** Returned already, or moved on for good: the rule does not touch these. */
const SETTLED: ReadonlySet<RepStatus> = new Set(['returned', 'alumni']);

/**
 * Applies the "returned" rule of Settings to the given Reps and writes each change with its cause
 * into the status history. Runs after an activity import and after an engagement is completed, the
 * two events that can make the rule hold.
 */
export async function applyReturnedRule(ctx: ServiceContext, repIds: Iterable<string>, occasion?: StatusOccasion): Promise<AppliedStatusChange[]> {
  const { reps, engagements, tasks, activities } = ctx.store.collections;
  const subjects = new Set<string>();
  for (const id of repIds) {
    const rep = reps.get(id);
    if (rep && !SETTLED.has(rep.status)) subjects.add(id);
  }
  const completed = new Map<string, CompletedWork[]>();
  for (const e of engagements.all) {
    if (e.status !== 'completed' || !e.completedAt || !subjects.has(e.repId)) continue;
    const list = completed.get(e.repId) ?? [];
    list.push({ title: tasks.get(e.taskId)?.title ?? e.taskId, completedAt: e.completedAt });
    completed.set(e.repId, list);
  }
  if (completed.size === 0) return [];
  const significant = new Set(ctx.store.settings.significantActivityTypes);
  const acts = new Map<string, DatedActivity[]>();
  for (const a of activities.all) {
    if (!completed.has(a.repId) || !significant.has(a.type)) continue;
    const list = acts.get(a.repId) ?? [];
    list.push({ date: a.date, type: a.type });
    acts.set(a.repId, list);
  }
  const now = ctx.now();
  const { withinDays } = ctx.store.settings.returnedRule;
  const out: AppliedStatusChange[] = [];
  for (const [repId, work] of completed) {
    const cause = returnedCause(work, acts.get(repId) ?? [], withinDays, now, communityZone(ctx));
    if (!cause) continue;
    const rep = reps.require(repId, 'Rep');
    const full = withOccasion(cause, occasion);
    await changeStatus(ctx, rep, 'returned', { cause: full });
    out.push({ repId, from: rep.status, to: 'returned', cause: full, name: rep.name });
  }
  return out;
}
