import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import type { CommunityData } from '../../electron/backend/seed';
import { activity, NOW, rep } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/** An inactive mentor with three mentees, and two active mentors with different room and languages. */
function mentorCommunity(): CommunityData {
  return {
    referenceDate: NOW,
    reps: [
      rep('m-quiet', { name: 'Quinn Quiet', isMentor: true, mentorCapacity: 5 }),
      rep('m-es', { name: 'Elena Spain', isMentor: true, mentorCapacity: 3, languages: ['es', 'en'], region: 'Madrid' }),
      rep('m-pt', { name: 'Paulo Brazil', isMentor: true, mentorCapacity: 1, languages: ['pt-BR', 'en'], country: 'Brazil', region: 'São Paulo' }),
      rep('a', { name: 'Alba', mentorId: 'm-quiet', languages: ['es'], region: 'Madrid' }),
      rep('b', { name: 'Bea', mentorId: 'm-quiet', languages: ['pt-BR'], country: 'Brazil', region: 'São Paulo' }),
      rep('c', { name: 'Caio', mentorId: 'm-quiet', languages: ['pt-BR', 'en'], country: 'Brazil' }),
      rep('d', { name: 'Dani', mentorId: 'm-pt', languages: ['en'] }),
    ],
    activities: [activity('m-quiet', 400), activity('m-es', 5), activity('m-pt', 5), activity('a', 10), activity('b', 200), activity('c', 500), activity('d', 3)],
  };
}

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend({ loadDemo: async () => mentorCommunity() });
});
afterEach(async () => t.close());

describe('mentor accountability', () => {
  it('lists the inactive mentor with mentees and suggestions ranked by language, free capacity and region', async () => {
    const acc = await t.value('mentors.accountability');
    expect(acc.inactive.map((m: any) => m.mentor.id)).toEqual(['m-quiet']);
    const mentees = acc.inactive[0].mentees;
    expect(mentees.map((m: any) => m.rep.id)).toEqual(['a', 'b', 'c']);
    const top = (id: string) => mentees.find((m: any) => m.rep.id === id).suggestions.map((s: any) => s.mentorId);
    expect(top('a')).toEqual(['m-es', 'm-pt']);
    // Bea speaks only Portuguese: Paulo, though full, beats Elena with whom she shares no language.
    expect(top('b')).toEqual(['m-pt', 'm-es']);
    expect(mentees[1].suggestions[0]).toMatchObject({ overCapacity: true, free: 0 });
    expect(acc.active.map((m: any) => [m.mentor.id, m.free])).toEqual([['m-es', 3], ['m-pt', 0]]);
  });

  it('is for the Council: other roles are refused and nothing changes', async () => {
    const r = await t.call('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'm-es' }] });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });

  it('reassigns in bulk, writing the audit log and every history, and warns before going past capacity', async () => {
    await t.asRole('council');
    const over = await t.call('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'm-es' }, { repId: 'b', toMentorId: 'm-pt' }] });
    expect(!over.ok && over.error).toMatchObject({ code: 'BAD_INPUT', message: 'allowOverCapacity: this would take Paulo Brazil (2 of 1) past their capacity; confirm to assign beyond capacity.' });
    expect((await t.value('reps.get', { id: 'a' })).rep.mentorId).toBe('m-quiet');

    const done = await t.value('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'm-es' }, { repId: 'b', toMentorId: 'm-pt' }], allowOverCapacity: true, note: 'mentor unreachable' });
    expect(done.changed).toHaveLength(2);
    expect(done.overCapacity).toEqual([{ mentorId: 'm-pt', load: 2, capacity: 1 }]);
    const alba = (await t.value('reps.get', { id: 'a' })).rep;
    expect(alba.mentorId).toBe('m-es');
    const entry = alba.mentorshipHistory.at(-1);
    expect(entry).toMatchObject({ repId: 'a', fromMentorId: 'm-quiet', toMentorId: 'm-es', cause: 'reassigned by the Council from Quinn Quiet to Elena Spain: mentor unreachable' });
    expect((await t.value('reps.get', { id: 'm-quiet' })).rep.mentorshipHistory.map((h: any) => h.repId)).toEqual(['a', 'b']);
    expect((await t.value('reps.get', { id: 'm-es' })).rep.mentorshipHistory).toEqual([entry]);
    const audit = await t.value('audit.list', { limit: 50 });
    const touched = audit.items.filter((e: any) => e.action === 'mentors.reassign').map((e: any) => e.entityId);
    expect(touched.sort()).toEqual(['a', 'b', 'm-es', 'm-pt', 'm-quiet', 'm-quiet'].sort());
    expect((await t.value('mentors.accountability')).inactive[0].mentees.map((m: any) => m.rep.id)).toEqual(['c']);
  });

  it('refuses an inactive or unknown target, naming the assignment, and moves nobody', async () => {
    await t.asRole('council');
    const r = await t.call('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'm-es' }, { repId: 'c', toMentorId: 'm-quiet' }] });
    expect(!r.ok && r.error.message).toBe('assignments.1.toMentorId: Quinn Quiet is inactive; choose an active mentor.');
    const u = await t.call('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'b' }] });
    expect(!u.ok && u.error.message).toBe('assignments.0.toMentorId: "b" is not a mentor.');
    expect((await t.value('reps.get', { id: 'a' })).rep.mentorId).toBe('m-quiet');
  });
});

describe('the roster', () => {
  it('creates a Rep with a mentor, a status that says why, and the mentor\'s history', async () => {
    const created = await t.value('reps.create', { name: 'Nora New', email: 'nora@example.org', country: 'Spain', timezone: 'Europe/Madrid', languages: ['es'], mentorId: 'm-es', preferredChannel: 'portal', contactConsent: false });
    expect(created).toMatchObject({ status: 'inactive', mentorId: 'm-es', preferredChannel: 'portal', contactConsent: false });
    expect(formatStatusCause(created.statusHistory[0].cause)).toBe('added to the roster; no significant activity on record');
    expect((await t.value('reps.get', { id: 'm-es' })).rep.mentorshipHistory.at(-1)).toMatchObject({ repId: created.id, toMentorId: 'm-es' });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    for (const [input, message] of [
      [{ name: 'X', email: 'not-an-email', country: 'Spain', timezone: 'UTC', languages: ['es'] }, 'email'],
      [{ name: 'X', email: 'a@example.org', country: 'Spain', timezone: 'UTC', languages: ['es'] }, 'email: Alba already uses a@example.org.'],
      [{ name: 'X', email: 'x@example.org', country: 'Spain', timezone: 'UTC', languages: [] }, 'languages'],
      [{ name: 'X', email: 'x@example.org', country: 'Spain', timezone: 'UTC', languages: ['es'], mentorId: 'a' }, 'mentorId: Alba is not a mentor.'],
    ] as const) {
      const r = await t.call('reps.create', input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).toContain(message);
    }
    expect((await t.value('reps.list')).total).toBe(7);
  });

  it('edits with optimistic concurrency', async () => {
    const a = (await t.value('reps.get', { id: 'a' })).rep;
    await t.value('reps.update', { id: 'a', expectedVersion: a.version, changes: { hoursPerMonth: 8 } });
    const stale = await t.call('reps.update', { id: 'a', expectedVersion: a.version, changes: { hoursPerMonth: 2 } });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  });

  it('imports a roster all-or-nothing and idempotently, resolving mentors by email or handle', async () => {
    const rows = [
      { line: 1, name: 'Zoe Zed', email: 'zoe@example.org', country: 'France', languages: 'fr; en', mentor: 'm-es', isMentor: 'no', contactConsent: 'yes' },
      { line: 2, name: 'Alba Renamed', email: 'a@example.org', country: 'Spain', languages: 'es' },
    ];
    const preview = await t.value('reps.importRoster', { fileName: 'roster.csv', rows, dryRun: true });
    expect(preview).toMatchObject({ committed: false, created: 1, updated: 1, unchanged: 0, errorCount: 0 });
    expect((await t.value('reps.list')).total).toBe(7);
    const done = await t.value('reps.importRoster', { fileName: 'roster.csv', rows, dryRun: false });
    expect(done).toMatchObject({ committed: true, created: 1, updated: 1 });
    const zoe = (await t.value('reps.list', { search: 'zoe' })).items[0];
    expect(zoe).toMatchObject({ mentorId: 'm-es', languages: ['fr', 'en'] });
    const again = await t.value('reps.importRoster', { fileName: 'roster.csv', rows, dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const bad = await t.value('reps.importRoster', {
      fileName: 'bad.csv',
      rows: [
        { line: 1, name: 'Ok', email: 'ok@example.org', country: 'Spain', languages: 'es' },
        { line: 2, name: 'Dup', email: 'ok@example.org', country: 'Spain', languages: 'es' },
        { line: 3, name: 'Who', email: 'who@example.org', country: 'Spain', languages: 'es', mentor: 'ghost@example.org' },
        { line: 4, name: 'Chan', email: 'chan@example.org', country: 'Spain', languages: 'es', preferredChannel: 'pigeon' },
      ],
      dryRun: false,
    });
    expect(bad.committed).toBe(false);
    expect(bad.errors).toEqual([
      { line: 2, field: 'email', message: 'duplicate: ok@example.org is also on line 1' },
      { line: 3, field: 'mentor', message: 'unknown mentor "ghost@example.org"' },
      { line: 4, field: 'preferredChannel', message: '"pigeon" is not one of email, portal, in-app, video-call, chat, in-person' },
    ]);
    expect((await t.value('reps.list', { search: 'ok@' })).total).toBe(0);
  });
});

describe('reminder planning', () => {
  it('honours consent, opt-out and the cooldown, and exports drafts and the portal CSV', async () => {
    const b = (await t.value('reps.get', { id: 'b' })).rep;
    await t.value('reps.update', { id: 'b', expectedVersion: b.version, changes: { preferredChannel: 'portal' } });
    const c = (await t.value('reps.get', { id: 'c' })).rep;
    await t.value('reps.update', { id: 'c', expectedVersion: c.version, changes: { contactConsent: false } });
    const plan = await t.value('reminders.plan');
    // Quiet: m-quiet (inactive mentor, email), b (at risk, portal), c (no consent).
    expect(plan.created).toBe(2);
    expect(plan.skipped['no-consent']).toBe(1);
    expect((await t.value('reminders.plan')).skipped['already-planned']).toBe(2);

    const csv = await t.value('reminders.export', { format: 'portal-csv' });
    expect(csv.count).toBe(1);
    expect(csv.files[0].content.split('\r\n')[0]).toBe('rep_handle,rep_email,language,subject,message,idempotency_key');
    expect(csv.files[0].content).toContain('b,b@example.org,en');
    const eml = await t.value('reminders.export', { format: 'eml' });
    expect(eml.files).toHaveLength(1);
    expect(eml.files[0].content).toContain('To: m-quiet@example.org');
    expect(eml.files[0].content).toContain('X-Unsent: 1');
    const mailto = await t.value('reminders.export', { format: 'mailto' });
    expect(mailto.files[0].content).toMatch(/^mailto:m-quiet%40example.org\?subject=Hola%20Quinn%2C%20la%20comunidad/);

    const list = await t.value('reminders.list', {});
    await t.value('reminders.markSent', { ids: list.items.map((r: any) => r.id) });
    expect((await t.value('reminders.export', { format: 'eml' })).count).toBe(0);
  });
});

describe('editing one field', () => {
  it('leaves every other field as it was', async () => {
    const before = (await t.value('reps.get', { id: 'a' })).rep;
    const after = await t.value('reps.update', { id: 'a', expectedVersion: before.version, changes: { remindersOptOut: true } });
    expect({ ...after, remindersOptOut: false, version: before.version, updatedAt: before.updatedAt }).toEqual(before);
  });
});

describe('the Reps list', () => {
  // The list reuses its rows between calls (the clock is frozen here, so only a change can refresh them).
  const names = async (query: object = {}) => (await t.value('reps.list', { sort: 'name', ...query })).items.map((r: any) => r.name);

  it('follows renames, mentor changes and new rules without a restart', async () => {
    expect((await names()).slice(0, 2)).toEqual(['Alba', 'Bea']);
    const caio = (await t.value('reps.get', { id: 'c' })).rep;
    await t.value('reps.update', { id: 'c', expectedVersion: caio.version, changes: { name: 'Aaron' } });
    expect((await names()).slice(0, 2)).toEqual(['Aaron', 'Alba']);
    expect(await names({ descending: true })).toEqual([...(await names())].reverse());

    const quinn = (await t.value('reps.get', { id: 'm-quiet' })).rep;
    await t.value('reps.update', { id: 'm-quiet', expectedVersion: quinn.version, changes: { name: 'Quinn Renamed' } });
    const alba = (await t.value('reps.list', { search: 'alba' })).items[0];
    expect(alba.mentorName).toBe('Quinn Renamed');

    // Alba's last activity was 10 days ago: active, until the at-risk threshold drops to 5 days.
    expect(alba.status).toBe('active');
    const s = await t.value('settings.get');
    await t.value('settings.update', { expectedVersion: s.version, thresholds: { ...s.thresholds, atRiskDays: 5 } });
    expect(await names({ status: ['at-risk'] })).toContain('Alba');
    const types = s.significantActivityTypes.filter((x: string) => x !== 'event-report');
    const s2 = await t.value('settings.get');
    await t.value('settings.update', { expectedVersion: s2.version, significantActivityTypes: types });
    expect((await t.value('reps.list', { search: 'alba' })).items[0].lastSignificantAt).toBeNull();
  });
});

describe("the mentor's Today", () => {
  it('shows the 50 least healthy of a large group and counts the rest', async () => {
    await t.close();
    const reps = Array.from({ length: 60 }, (_, i) => rep(`r${i}`, { name: `Rep ${String(i).padStart(2, '0')}` }));
    t = await openTestBackend({ loadDemo: async () => ({ referenceDate: NOW, reps, activities: reps.map((r, i) => activity(r.id, i * 10)) }) });
    const health = (await t.value('today.get')).sections.find((s: any) => s.id === 'mentees-health');
    expect(health.total).toBe(60);
    expect(health.items).toHaveLength(50);
    // Inactive (quietest first), then at-risk, then active.
    expect(health.items[0]).toMatchObject({ title: 'Rep 59', status: 'inactive' });
    expect(health.items.map((i: any) => i.title)).not.toContain('Rep 00');
  });
});
