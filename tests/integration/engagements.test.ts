import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CommunityData } from '../../electron/backend/seed';
import { NOW, tempDir } from '../support/fixtures';
import { icsToIso, parseIcs } from '../support/ics-parse';
import { apiResults } from '../support/api-results';

let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;
let clock = NOW;
const demoFile = join(import.meta.dirname, '..', '..', 'resources', 'demo', 'demo-community.json');

const { value, failure } = apiResults(() => backend);
const stored = () => JSON.stringify([backend.store.collections.engagements.all, backend.store.collections.surveys.all, backend.store.collections.reps.all]);
const later = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();

beforeEach(async () => {
  clock = NOW;
  dir = await tempDir();
  const demo = JSON.parse(await readFile(demoFile, 'utf8')) as CommunityData;
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => clock, loadDemo: async () => demo, logError: () => undefined });
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

describe('the engagement board', () => {
  it('applies the stalled rule when listing, records it on request, and filters by coach, mentor and area', async () => {
    const board = await value('engagements.list');
    expect(board.items).toHaveLength(10);
    const felix = board.items.find((r: any) => r.id === 'eng-0004');
    expect(felix.status).toBe('stalled'); // last check-in 23 days ago, stored as active
    expect(backend.store.collections.engagements.get('eng-0004')!.status).toBe('active');
    const recorded = await value('engagements.recordStalled');
    expect(recorded.stalled).toContain('eng-0004');
    expect(backend.store.collections.engagements.get('eng-0004')!.status).toBe('stalled');
    expect((await value('engagements.recordStalled')).stalled).toEqual([]);

    const byCoach = await value('engagements.list', { coachId: 'coach-002' });
    expect(byCoach.items.map((r: any) => r.id).sort()).toEqual(['eng-0001', 'eng-0003', 'eng-0006', 'eng-0010']);
    const mentor = board.items.find((r: any) => r.id === 'eng-0002').mentorId;
    expect((await value('engagements.list', { mentorId: mentor })).items.every((r: any) => r.mentorId === mentor)).toBe(true);
    const area = felix.area;
    expect((await value('engagements.list', { area })).items.every((r: any) => r.area === area)).toBe(true);
    expect(board.coaches.length).toBeGreaterThan(3);

    // The coach's Today: "needs a check-in" follows the stalled rule, longest silence first.
    await value('settings.update', { expectedVersion: backend.store.settings.version, currentUser: { name: 'Diego', role: 'coach', repId: null, coachId: 'coach-002' } });
    const coachToday = (await value('today.get')).sections.find((s: any) => s.id === 'check-ins');
    expect(coachToday.items.map((i: any) => i.id)).toEqual(['eng-0001']);
    await value('settings.update', { expectedVersion: backend.store.settings.version, currentUser: { name: 'Fernanda', role: 'coach', repId: null, coachId: 'coach-004' } });
    expect((await value('today.get')).sections.find((s: any) => s.id === 'check-ins').items).toEqual([]); // eng-0002: checked in yesterday

    const detail = await value('engagements.get', { id: 'eng-0004' });
    expect(detail.stalledCause).toMatch(/^no check-in for 23 days \(last check-in on 2026-11-05\)$/);
  });

  it('activates a proposed engagement with a due date from the task', async () => {
    const e = backend.store.collections.engagements.get('eng-0008')!;
    const active = await value('engagements.activate', { id: e.id, expectedVersion: e.version });
    expect(active.status).toBe('active');
    expect(active.startedAt).toBe(NOW);
    expect(active.dueAt > NOW).toBe(true);
    const again = await failure('engagements.activate', { id: e.id, expectedVersion: active.version });
    expect(again.code).toBe('CONFLICT');
  });
});

describe('from check-ins to the next step', () => {
  it('checks in twice, refuses bad completions and abandonments with the field named, completes, and the survey leads to a task with another coach', async () => {
    clock = later(0);
    let e = backend.store.collections.engagements.get('eng-0002')!;
    e = await value('engagements.checkIn', { id: e.id, expectedVersion: e.version, note: 'First draft of the glossary is up', stepsDone: [0, 1] });
    e = await value('engagements.checkIn', { id: e.id, expectedVersion: e.version, note: 'Reviewed with the coach', stepsDone: [2] });
    expect(e.checkIns).toHaveLength(4);
    expect(e.steps.filter((s: any) => s.done)).toHaveLength(3);

    const before = stored();
    const noStep = await failure('engagements.checkIn', { id: e.id, expectedVersion: e.version, stepsDone: [9] });
    expect(noStep.message).toMatch(/stepsDone: there is no step 10/);
    const noLink = await failure('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: '' });
    expect(noLink.code).toBe('BAD_INPUT');
    expect(noLink.message).toMatch(/deliverableLink: a completed engagement needs the link to its deliverable/);
    const notUrl = await failure('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: 'the glossary' });
    expect(notUrl.message).toMatch(/deliverableLink: must be a web address/);
    const noReason = await failure('engagements.abandon', { id: e.id, expectedVersion: e.version, reason: '   ' });
    expect(noReason.message).toMatch(/reason: say why the engagement is abandoned/);
    const stale = await failure('engagements.complete', { id: e.id, expectedVersion: e.version - 1, deliverableLink: 'https://example.org/x' });
    expect(stale.code).toBe('CONFLICT');
    expect(stored()).toBe(before);

    const done = await value('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: 'https://pontoon.mozilla.org/es/glossary/' });
    expect(done.engagement.status).toBe('completed');
    expect(done.survey).toMatchObject({ status: 'pending', engagementId: e.id, repId: 'rep-0060' });
    const survey = done.survey;

    // Bad survey values: clear messages, nothing changed.
    const beforeSurvey = stored();
    const range = await failure('surveys.save', { id: survey.id, expectedVersion: survey.version, answers: { goodExperience: 7 } });
    expect(range.message).toMatch(/answers\.goodExperience: good experience must be from 1 to 5/);
    const half = await failure('surveys.save', { id: survey.id, expectedVersion: survey.version, answers: { coachHelpful: 2.5 } });
    expect(half.message).toMatch(/answers\.coachHelpful/);
    expect(stored()).toBe(beforeSurvey);

    // A draft keeps partial answers; submitting an incomplete survey names what is missing and keeps the draft.
    const draft = await value('surveys.save', { id: survey.id, expectedVersion: survey.version, answers: { goodExperience: 5, freeText: 'Loved the small steps' } });
    expect(draft).toMatchObject({ status: 'draft', goodExperience: 5, freeText: 'Loved the small steps', answeredAt: null });
    const incomplete = await failure('surveys.save', { id: survey.id, expectedVersion: draft.version, answers: { goodExperience: 5, freeText: 'Loved the small steps' }, submit: true });
    expect(incomplete.message).toMatch(/answers\.wantsMore.*answers\.coachHelpful.*answers\.taskFit/);
    expect(backend.store.collections.surveys.get(survey.id)).toMatchObject({ status: 'draft', goodExperience: 5 });
    expect((await value('surveys.nextSteps', { id: survey.id })).choice).toBe('unanswered');

    const answered = await value('surveys.save', {
      id: survey.id,
      expectedVersion: draft.version,
      answers: { goodExperience: 5, wantsMore: 'yes', coachHelpful: 4, taskFit: 5, freeText: 'Loved the small steps', nextInterests: ['localization', 'SUMO'] },
      submit: true,
    });
    expect(answered).toMatchObject({ status: 'answered', answeredAt: NOW, nextStep: 'suggest' });

    const next = await value('surveys.nextSteps', { id: survey.id });
    expect(next.choice).toBe('suggest');
    expect(next.suggestions.length).toBeGreaterThan(0);
    expect(next.suggestions[0]).toMatchObject({ differentCoach: true });
    expect(next.suggestions[0].coachId).not.toBe('coach-004');
    expect(next.suggestions[0].reasons.map((r: any) => r.messageId)).toContain('match-reason-language');

    const proposed = await value('surveys.proposeNext', { id: survey.id, taskId: next.suggestions[0].taskId, coachId: next.suggestions[0].coachId });
    expect(proposed).toMatchObject({ status: 'proposed', repId: 'rep-0060', coachId: next.suggestions[0].coachId });

    // The orientation call: scheduled in the future, onboarding from Settings, a valid invitation.
    const bad = await failure('engagements.scheduleOrientation', { id: e.id, expectedVersion: done.engagement.version, at: later(-1) });
    expect(bad.message).toMatch(/at: the orientation call must be in the future/);
    const scheduled = await value('engagements.scheduleOrientation', { id: e.id, expectedVersion: done.engagement.version, at: '2026-12-03T16:30:00.000Z' });
    expect(scheduled.onboarding.map((o: any) => o.item)).toEqual(backend.store.settings.onboardingChecklist);
    const ticked = await value('engagements.setOnboarding', { id: e.id, expectedVersion: scheduled.version, index: 0, done: true });
    expect(ticked.onboarding[0].done).toBe(true);
    const ics = await value('engagements.orientationIcs', { id: e.id });
    const parsed = parseIcs(ics.content);
    expect(icsToIso(parsed.props.get('DTSTART')!.value)).toBe('2026-12-03T16:30:00.000Z');
    expect(parsed.props.get('SUMMARY')!.value).toContain('Nicolás Rodríguez');
    expect(backend.store.collections.reminders.all.some((r) => r.kind === 'orientation' && r.repId === 'rep-0060')).toBe(true);
  });

  it('a poor experience or a "no" leads to a follow-up for the mentor and no suggestions', async () => {
    const e = backend.store.collections.engagements.get('eng-0004')!;
    const { survey } = await value('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: 'https://example.org/report' });
    const answered = await value('surveys.save', { id: survey.id, expectedVersion: survey.version, answers: { goodExperience: 5, wantsMore: 'no', coachHelpful: 5, taskFit: 5 }, submit: true });
    expect(answered.nextStep).toBe('follow-up');
    expect(await value('surveys.nextSteps', { id: survey.id })).toMatchObject({ choice: 'follow-up', suggestions: [] });
    const refused = await failure('surveys.proposeNext', { id: survey.id, taskId: 'task-0001', coachId: 'coach-001' });
    expect(refused.message).toMatch(/not pushed further/);

    await value('settings.update', { expectedVersion: backend.store.settings.version, currentUser: { name: 'Mentor', role: 'mentor', repId: 'rep-0040', coachId: null } });
    const today = await value('today.get');
    const followUps = today.sections.find((s: any) => s.id === 'survey-follow-ups');
    expect(followUps.items.map((i: any) => i.id)).toContain(e.id);
    await value('surveys.followedUp', { id: survey.id, expectedVersion: answered.version });
    const after = await value('today.get');
    expect(after.sections.find((s: any) => s.id === 'survey-follow-ups').items.map((i: any) => i.id)).not.toContain(e.id);
  });

  it('a completed engagement and new significant activity within 90 days make the Rep "returned", with the cause', async () => {
    const e = backend.store.collections.engagements.get('eng-0002')!;
    await value('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: 'https://example.org/glossary' });
    expect(backend.store.collections.reps.get('rep-0060')!.status).toBe('re-engaging');
    clock = later(10);
    const { importId } = await value('activity.importBegin', { fileName: 'october.csv' });
    await value('activity.importChunk', { importId, rows: [{ line: 2, rep: 'nicolas.rodriguez@example.org', date: later(5).slice(0, 10), type: 'event-report', area: 'events' }] });
    const result = await value('activity.importCommit', { importId });
    const rep = backend.store.collections.reps.get('rep-0060')!;
    expect(rep.status).toBe('returned');
    const cause = formatStatusCause(rep.statusHistory.at(-1)!.cause);
    expect(cause).toMatch(/^completed .+ on 2026-11-28 and new significant activity within 90 days: event report, 2026-12-03/);
    expect(cause).toContain('(activity import october.csv)');
    expect(result.statusChanges.some((c: any) => c.to === 'returned')).toBe(true);
  });

  it('nudges a stalled engagement and reminds an unanswered survey through the reminder channels, once', async () => {
    expect(await value('engagements.nudge', { id: 'eng-0001' })).toEqual({ queued: true });
    expect(await value('engagements.nudge', { id: 'eng-0001' })).toEqual({ queued: false });
    const e = backend.store.collections.engagements.get('eng-0002')!;
    await value('engagements.complete', { id: e.id, expectedVersion: e.version, deliverableLink: 'https://example.org/glossary' });
    expect(await value('surveys.remind')).toEqual({ queued: 0 });
    clock = later(8);
    expect(await value('surveys.remind')).toEqual({ queued: 1 });
    expect(await value('surveys.remind')).toEqual({ queued: 0 });
    const mine = backend.store.collections.reminders.all.filter((r) => r.idempotencyKey.startsWith('check-in:eng-0001:w') || r.idempotencyKey.startsWith('survey:survey-'));
    expect(mine.map((r) => `${r.kind} ${r.repId} ${r.status}`).sort()).toEqual(['check-in rep-0049 queued', 'survey rep-0060 queued']);
    // Each kind reads as itself, not as a "we still exist" message.
    const listed = (await value('reminders.list', { limit: 500 })).items.filter((r: any) => mine.some((m) => m.id === r.id));
    expect(listed.find((r: any) => r.kind === 'check-in').subject).toMatch(/How is your task going|Qué tal va tu tarea/);
    expect(listed.find((r: any) => r.kind === 'survey').subject).toMatch(/how did your task go|qué tal fue tu tarea/);
  });
});
