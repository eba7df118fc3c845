import type { EngagementBoard, EngagementDetail, EngagementFilter, EngagementRow } from '../../../../shared/api';
import { toIcs } from '../../../../shared/calendar/ics';
import { engagementStatusNow, lastTouch, stalledCause, WORKING } from '../../../../shared/domain/engagements';
import { queuedReminder } from '../../../../shared/domain/reminders';
import { ApiError, refuse, type IssueArgs } from '../../../../shared/errors';
import { issue, type RefusalMessageId } from '../../../../shared/refusals';
import type { Engagement, EngagementStatus, Survey } from '../../../../shared/model/index';
import { deadlineOfDay, instantOfDay, isCalendarDate, isInTheFuture, isInThePast, localDateOf } from '../../../../shared/time/calendar';
import { communityZone, userZone, type ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { applyReturnedRule } from '../reps/returned';

const DAY_MS = 86_400_000;

/** A refusal that names the field, in the shape the forms read (details.issues). */
export function fieldError(path: string, messageId: RefusalMessageId, args: IssueArgs = {}): ApiError {
  return refuse('BAD_INPUT', issue(path, messageId, args));
}

function statusNow(ctx: ServiceContext, e: Engagement): EngagementStatus {
  return engagementStatusNow(e, ctx.now(), ctx.store.settings.thresholds.stalledAfterDays, communityZone(ctx));
}

export function engagementRow(ctx: ServiceContext, e: Engagement): EngagementRow {
  const { reps, tasks, coaches } = ctx.store.collections;
  const rep = reps.get(e.repId);
  const mentor = rep?.mentorId ? reps.get(rep.mentorId) : undefined;
  const task = tasks.get(e.taskId);
  return {
    id: e.id,
    repId: e.repId,
    repName: rep?.name ?? e.repId,
    mentorId: rep?.mentorId ?? null,
    mentorName: mentor?.name ?? null,
    taskId: e.taskId,
    taskTitle: task?.title ?? e.taskId,
    area: task?.area ?? null,
    coachId: e.coachId,
    coachName: coaches.get(e.coachId)?.name ?? e.coachId,
    status: statusNow(ctx, e),
    lastTouchAt: lastTouch(e),
    dueAt: e.dueAt,
    stepsDone: e.steps.filter((s) => s.done).length,
    stepsTotal: e.steps.length,
  };
}

export function listEngagements(ctx: ServiceContext, q: EngagementFilter): EngagementBoard {
  const all = ctx.store.collections.engagements.all.map((e) => engagementRow(ctx, e));
  const people = (pairs: [string | null, string | null][]) =>
    [...new Map(pairs.filter((p): p is [string, string] => p[0] !== null && p[1] !== null)).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const items = all
    .filter((r) => (!q.coachId || r.coachId === q.coachId) && (!q.mentorId || r.mentorId === q.mentorId) && (!q.area || r.area === q.area))
    .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.repName.localeCompare(b.repName));
  return {
    items,
    coaches: people(all.map((r) => [r.coachId, r.coachName])),
    mentors: people(all.map((r) => [r.mentorId, r.mentorName])),
    stalledAfterDays: ctx.store.settings.thresholds.stalledAfterDays,
  };
}

export function surveyOf(ctx: ServiceContext, engagementId: string): Survey | null {
  return ctx.store.collections.surveys.all.find((s) => s.engagementId === engagementId) ?? null;
}

export function getEngagement(ctx: ServiceContext, id: string): EngagementDetail {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  const { reps, tasks, coaches } = ctx.store.collections;
  const rep = reps.get(e.repId);
  const task = tasks.get(e.taskId);
  const coach = coaches.get(e.coachId);
  const row = engagementRow(ctx, e);
  return {
    engagement: e,
    row,
    stalledCause: row.status === 'stalled' ? stalledCause(e, ctx.now(), communityZone(ctx)) : null,
    rep: { id: e.repId, name: rep?.name ?? e.repId, email: rep?.email ?? '', status: rep?.status ?? 'active' },
    task: { id: e.taskId, title: task?.title ?? e.taskId, deliverable: task?.deliverable ?? '', expectedDays: task?.expectedDays ?? 14 },
    coach: { id: e.coachId, name: coach?.name ?? e.coachId, email: coach?.email ?? '' },
    survey: surveyOf(ctx, id),
  };
}

/** Stores the stalled rule's verdict, so the audit log says when an engagement stalled or resumed. */
export async function recordStalled(ctx: ServiceContext): Promise<{ stalled: string[]; resumed: string[] }> {
  const stalled: string[] = [];
  const resumed: string[] = [];
  for (const e of [...ctx.store.collections.engagements.all]) {
    const now = statusNow(ctx, e);
    if (now === e.status) continue;
    await updateRecord(ctx, 'engagements', e.id, e.version, (x) => ({ ...x, status: now }));
    (now === 'stalled' ? stalled : resumed).push(e.id);
  }
  return { stalled, resumed };
}

function requireStatus(e: Engagement, allowed: readonly EngagementStatus[], doing: string): void {
  if (!allowed.includes(e.status)) {
    throw refuse('CONFLICT', { path: '', message: `Cannot ${doing} an engagement that is ${e.status} (only when ${allowed.join(' or ')}).` }, { extra: { status: e.status } });
  }
}

export async function activateEngagement(ctx: ServiceContext, id: string, expectedVersion: number, dueAt: string | null): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  requireStatus(e, ['proposed'], 'activate');
  const now = ctx.now();
  const days = ctx.store.collections.tasks.get(e.taskId)?.expectedDays ?? 14;
  if (dueAt && isInThePast(dueAt, now, userZone(ctx))) throw fieldError('dueAt', 'refusal-due-past');
  return updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({
    ...x,
    status: 'active',
    startedAt: now,
    dueAt: dueAt ? deadlineOfDay(dueAt, userZone(ctx)) : new Date(Date.parse(now) + days * DAY_MS).toISOString(),
  }));
}

export async function checkIn(ctx: ServiceContext, id: string, expectedVersion: number, input: { at?: string; note: string; stepsDone: number[] }): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  requireStatus(e, ['active', 'stalled'], 'check in on');
  const bad = input.stepsDone.find((i) => i >= e.steps.length);
  if (bad !== undefined) throw fieldError('stepsDone', 'refusal-no-step', { step: bad + 1, count: e.steps.length });
  const now = ctx.now();
  const zone = userZone(ctx);
  if (input.at !== undefined && isInTheFuture(input.at, now, zone)) throw fieldError('at', 'refusal-check-in-future');
  let at = input.at === undefined ? now : instantOfDay(input.at, now, zone);
  if (e.startedAt && at < e.startedAt) {
    // A check-in typed as the day the engagement started happened after the start, whatever noon says.
    if (input.at === undefined || !isCalendarDate(input.at) || input.at !== localDateOf(e.startedAt, zone)) {
      throw fieldError('at', 'refusal-check-in-early');
    }
    at = e.startedAt;
  }
  const done = new Set(input.stepsDone);
  const by = ctx.store.settings.currentUser.name;
  return updateRecord(ctx, 'engagements', id, expectedVersion, (x) => {
    const next: Engagement = {
      ...x,
      steps: x.steps.map((s, i) => ({ ...s, done: s.done || done.has(i) })),
      checkIns: [...x.checkIns, { at, by, note: input.note, stepsDone: [...done].sort((a, b) => a - b) }].sort((a, b) => a.at.localeCompare(b.at)),
    };
    return { ...next, status: engagementStatusNow(next, ctx.now(), ctx.store.settings.thresholds.stalledAfterDays, communityZone(ctx)) };
  });
}

export async function setDue(ctx: ServiceContext, id: string, expectedVersion: number, dueAt: string | null): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  requireStatus(e, ['proposed', 'active', 'stalled'], 'change the due date of');
  return updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({ ...x, dueAt: dueAt === null ? null : deadlineOfDay(dueAt, userZone(ctx)) }));
}

export async function completeEngagement(ctx: ServiceContext, id: string, expectedVersion: number, deliverableLink: string): Promise<{ engagement: Engagement; survey: Survey }> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  requireStatus(e, ['active', 'stalled'], 'complete');
  const now = ctx.now();
  const engagement = await updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({ ...x, status: 'completed', completedAt: now, deliverableLink }));
  const survey =
    surveyOf(ctx, id) ??
    (await createRecord(ctx, 'surveys', 'survey', {
      engagementId: id,
      repId: e.repId,
      status: 'pending',
      goodExperience: null,
      wantsMore: null,
      coachHelpful: null,
      taskFit: null,
      freeText: '',
      nextInterests: [],
      answeredAt: null,
      readAt: null,
      nextStep: null,
      followedUpAt: null,
    }));
  await applyReturnedRule(ctx, [e.repId], { messageId: 'status-occasion-engagement', args: {} });
  return { engagement, survey };
}

export async function abandonEngagement(ctx: ServiceContext, id: string, expectedVersion: number, reason: string): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  requireStatus(e, ['proposed', 'active', 'stalled'], 'abandon');
  return updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({ ...x, status: 'abandoned', abandonReason: reason, completedAt: null }));
}

/**
 * Queues a reminder of the given kind through the reminder channels, once per key; the outbox and
 * the Reminders screen deliver it like any other. Returns false when the Rep may not be contacted.
 */
export async function queueReminder(ctx: ServiceContext, repId: string, kind: 'check-in' | 'survey' | 'orientation', key: string): Promise<boolean> {
  const rep = ctx.store.collections.reps.require(repId, 'Rep');
  if (!rep.contactConsent) return false;
  if (ctx.store.collections.reminders.all.some((r) => r.idempotencyKey === key)) return false;
  await createRecord(ctx, 'reminders', 'rem', queuedReminder(rep, kind, key, ctx.now()));
  ctx.outbox.kick();
  return true;
}

export async function nudge(ctx: ServiceContext, id: string): Promise<{ queued: boolean }> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  if (!WORKING.has(e.status)) throw refuse('CONFLICT', { path: '', message: `Only an engagement in progress can be nudged; this one is ${e.status}.` }, { extra: { status: e.status } });
  const week = Math.floor(Date.parse(ctx.now()) / DAY_MS / 7);
  return { queued: await queueReminder(ctx, e.repId, 'check-in', `check-in:${id}:w${week}`) };
}

export async function scheduleOrientation(ctx: ServiceContext, id: string, expectedVersion: number, at: string): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  if (Date.parse(at) < Date.parse(ctx.now())) throw fieldError('at', 'refusal-orientation-past');
  const items = ctx.store.settings.onboardingChecklist;
  const updated = await updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({
    ...x,
    orientationCallAt: at,
    // The checklist is copied once: later edits in Settings do not rewrite a returner's progress.
    onboarding: x.onboarding.length ? x.onboarding : items.map((item) => ({ item, done: false })),
  }));
  await queueReminder(ctx, e.repId, 'orientation', `orientation:${id}:${at}`);
  return updated;
}

export function orientationIcs(ctx: ServiceContext, id: string): { fileName: string; mimeType: string; content: string } {
  const d = getEngagement(ctx, id);
  const at = d.engagement.orientationCallAt;
  if (!at) throw new ApiError('NOT_FOUND', 'No orientation call is scheduled for this engagement yet.');
  const user = ctx.store.settings.currentUser;
  const mentorId = ctx.store.collections.reps.get(d.rep.id)?.mentorId;
  const mentor = mentorId ? ctx.store.collections.reps.get(mentorId) : undefined;
  const content = toIcs({
    uid: `orientation-${id}@rekindle`,
    stamp: ctx.now(),
    start: at,
    durationMinutes: 30,
    summary: `Rekindle orientation call: ${d.rep.name}`,
    description: `Welcome back, ${d.rep.name}! After “${d.task.title}”, a short call about what comes next in the Mozilla Reps program.`,
    organizer: mentor ? { name: mentor.name, email: mentor.email } : { name: user.name, email: 'reps-council@example.org' },
    attendees: d.rep.email ? [{ name: d.rep.name, email: d.rep.email }] : [],
  });
  return { fileName: `orientation-${d.rep.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${localDateOf(at, userZone(ctx))}.ics`, mimeType: 'text/calendar', content };
}

export async function setOnboarding(ctx: ServiceContext, id: string, expectedVersion: number, index: number, done: boolean): Promise<Engagement> {
  const e = ctx.store.collections.engagements.require(id, 'engagement');
  if (index >= e.onboarding.length) throw fieldError('index', 'refusal-no-onboarding-item', { item: index + 1, count: e.onboarding.length });
  return updateRecord(ctx, 'engagements', id, expectedVersion, (x) => ({ ...x, onboarding: x.onboarding.map((o, i) => (i === index ? { ...o, done } : o)) }));
}
