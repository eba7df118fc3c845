import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityData } from '../../electron/backend/seed';
import { addDays, localDateOf, startOfLocalDay, wallTimeToInstant } from '../../shared/time/calendar';
import { apiResults } from '../support/api-results';
import { NOW } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/**
 * The dates people type are days on their own calendar, whatever the UTC date is. Each scenario
 * sets the backend's clock to a local early morning or late evening somewhere the program's people
 * live, and the user's zone in Settings, then types today and tomorrow into every date field.
 */
const SCENARIOS = [
  { zone: 'Asia/Tokyo', day: '2026-12-03', hour: 8, minute: 0 },
  { zone: 'Pacific/Auckland', day: '2026-12-05', hour: 0, minute: 30 },
  { zone: 'America/Los_Angeles', day: '2026-12-07', hour: 23, minute: 30 },
  { zone: 'Asia/Kolkata', day: '2026-12-09', hour: 5, minute: 0 },
  { zone: 'Asia/Jakarta', day: '2026-12-11', hour: 6, minute: 15 },
  { zone: 'America/Sao_Paulo', day: '2026-12-13', hour: 22, minute: 30 },
] as const;

let demo: CommunityData;
let t: TestBackend;
let clock = NOW;
beforeAll(async () => {
  demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  t = await openTestBackend({ loadDemo: async () => structuredClone(demo), now: () => clock });
});
afterAll(async () => t?.close());

async function useZone(zone: string | null) {
  const s = await t.value('settings.get');
  await t.value('settings.update', { expectedVersion: s.version, timeZone: zone });
}

const { failure } = apiResults(() => t.backend);

const RAUL = 'rep-0019';
const RAUL_EMAIL = 'raul.lopez@example.org';

describe.each(SCENARIOS)('a user in $zone at $hour:$minute on $day', ({ zone, day, hour, minute }) => {
  const tomorrow = addDays(day, 1);
  beforeAll(async () => {
    clock = wallTimeToInstant(day, hour, minute, zone);
    await useZone(zone);
  });

  it('gets today from the backend’s clock, on their calendar', async () => {
    const c = await t.value('system.clock');
    expect(c).toMatchObject({ now: clock, today: day, timeZone: zone });
    // The UTC date is another day in every one of these scenarios: that was the bug.
    expect(clock.slice(0, 10)).not.toBe(day);
  });

  it('records a conversation dated today and refuses tomorrow, naming the field', async () => {
    const before = (await t.value('match.conversations', { repId: RAUL })).items.length;
    const refused = await failure('match.recordConversation', { repId: RAUL, date: tomorrow, channel: 'chat', reached: false });
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: 'date: a conversation cannot be recorded in the future', details: { issues: [{ path: 'date' }] } });
    expect((await t.value('match.conversations', { repId: RAUL })).items).toHaveLength(before);

    const saved = await t.value('match.recordConversation', { repId: RAUL, date: day, channel: 'chat', reached: false });
    expect(saved.date).toBe(clock);
    const earlier = await t.value('match.recordConversation', { repId: RAUL, date: addDays(day, -2), channel: 'chat', reached: false });
    expect(localDateOf(earlier.date, zone)).toBe(addDays(day, -2));
  });

  it('takes a check-in dated today, refuses tomorrow, and keeps a due day on the user’s calendar', async () => {
    const board = await t.value('engagements.list', {});
    const working = board.items.find((r: any) => r.status === 'active' || r.status === 'stalled');
    expect(working).toBeDefined();
    let e = (await t.value('engagements.get', { id: working.id })).engagement;
    const refused = await failure('engagements.checkIn', { id: e.id, expectedVersion: e.version, at: tomorrow, note: 'x' });
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^at: a check-in cannot be dated in the future/) });
    e = await t.value('engagements.checkIn', { id: e.id, expectedVersion: e.version, at: day, note: 'Talked today' });
    expect(e.checkIns.at(-1).at).toBe(clock);

    e = await t.value('engagements.setDue', { id: e.id, expectedVersion: e.version, dueAt: day });
    expect(localDateOf(e.dueAt, zone)).toBe(day);
    expect(Date.parse(e.dueAt)).toBeGreaterThan(Date.parse(clock));
  });

  it('refuses to start an engagement due yesterday but takes one due today', async () => {
    // A fresh match for a quiet Rep the scenarios have not used yet gives a proposed engagement.
    const quiet = (await t.value('reps.list', { status: ['inactive'], limit: 500 })).items.filter((r: any) => !r.isMentor && r.id !== RAUL);
    let e: any = null;
    for (const candidate of quiet) {
      const top = (await t.value('match.suggest', { repId: candidate.id, limit: 1 })).suggestions[0];
      if (!top) continue;
      e = (await t.value('match.choose', { repId: candidate.id, taskId: top.taskId, coachId: top.coachId, shown: 1 })).engagement;
      break;
    }
    expect(e?.status).toBe('proposed');
    const refused = await failure('engagements.activate', { id: e.id, expectedVersion: e.version, dueAt: addDays(day, -1) });
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/^dueAt: the due date is in the past/) });
    const started = await t.value('engagements.activate', { id: e.id, expectedVersion: e.version, dueAt: day });
    expect(localDateOf(started.dueAt, zone)).toBe(day);
  });

  it('dates a Council decision on the meeting day the user typed, and reads "since" from their midnight', async () => {
    const s = await t.value('settings.get');
    await t.value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role: 'council' } });
    const overview = await t.value('council.overview', { since: day });
    expect(overview.since).toBe(startOfLocalDay(day, zone));
    const proposed = await t.value('council.propose', { repId: RAUL, kind: 'alumni-move' });
    const decided = await t.value('council.decide', { caseId: proposed.id, expectedVersion: proposed.version, decision: 'reject', rationale: 'Offer one more task first.', meetingDate: day });
    expect(localDateOf(decided.case.meetingDate, zone)).toBe(day);
    const after = await t.value('council.overview', { since: day });
    expect(after.lastMeeting).toBe(decided.case.meetingDate);
    const back = await t.value('settings.get');
    await t.value('settings.update', { expectedVersion: back.version, currentUser: { ...back.currentUser, role: 'mentor' } });
  });

  it('imports an activity dated today and calls tomorrow a future date', async () => {
    const { importId } = await t.value('activity.importBegin', { fileName: 'today.csv' });
    await t.value('activity.importChunk', {
      importId,
      rows: [
        { line: 2, rep: RAUL_EMAIL, date: day, type: 'event-report', externalId: `today-${zone}` },
        { line: 3, rep: RAUL_EMAIL, date: tomorrow, type: 'event-report', externalId: `tomorrow-${zone}` },
      ],
    });
    const preview = await t.value('activity.importPreview', { importId });
    expect(preview.valid).toBe(1);
    expect(preview.errors).toEqual([{ line: 3, field: 'date', message: `future date ${tomorrow}` }]);
    await t.value('activity.importDiscard', { importId });
  });
});

describe('the community’s reference zone', () => {
  it('decides on which calendar the inactive threshold counts, the same for every user zone', async () => {
    // A Rep last active at 01:00 on 3 December 2025 in Tokyo, which is still 2 December in UTC.
    clock = '2026-12-02T14:00:00.000Z'; // 23:00 on 2 December in Tokyo
    const quiet = (await t.value('reps.list', { status: ['inactive'], limit: 500 })).items.find((r: any) => !r.isMentor && r.lastSignificantAt !== null && r.lastSignificantAt < '2025-11-01');
    expect(quiet).toBeDefined();
    const { importId } = await t.value('activity.importBegin', { fileName: 'edge.csv' });
    await t.value('activity.importChunk', { importId, rows: [{ line: 2, rep: quiet.email, date: '2025-12-02T16:00:00Z', type: 'event-report', externalId: 'edge-1' }] });
    await t.value('activity.importCommit', { importId });
    const statusIn = async (communityTimeZone: string, userZone: string) => {
      const s = await t.value('settings.get');
      await t.value('settings.update', { expectedVersion: s.version, communityTimeZone, timeZone: userZone });
      return (await t.value('reps.get', { id: quiet.id })).row;
    };
    // 365 days on the UTC calendar, 364 on Tokyo's.
    expect((await statusIn('UTC', 'Asia/Tokyo')).status).toBe('inactive');
    expect((await statusIn('UTC', 'America/Los_Angeles')).status).toBe('inactive');
    expect((await statusIn('Asia/Tokyo', 'America/Los_Angeles')).status).toBe('at-risk');
    expect((await statusIn('Asia/Tokyo', 'UTC')).status).toBe('at-risk');
  });

  it('refuses a time zone that does not exist, naming the field, and keeps the settings', async () => {
    const before = await t.value('settings.get');
    const bad = await failure('settings.update', { expectedVersion: before.version, timeZone: 'Mars/Olympus_Mons' });
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.message).toContain('timeZone: not a time zone name');
    expect(await t.value('settings.get')).toEqual(before);
  });
});
