import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import { effectiveTimeZone, localDateOf } from '../../shared/time/calendar';
import { councilCommunity, SECRET } from '../support/council-fixtures';
import { NOW } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

const MEETING = '2026-11-27T17:00:00.000Z';
const EXCEPTION = 'The Rep wrote to the Council asking to leave the program.';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend({ loadDemo: async () => councilCommunity() });
  await t.asRole('council');
});
afterEach(async () => t.close());

async function auditTotal(): Promise<number> {
  return (await t.value('audit.list', { limit: 1 })).total;
}
function decide(caseId: string, fields: Record<string, unknown> = {}) {
  return t.call('council.decide', { caseId, expectedVersion: 1, decision: 'approve', rationale: 'Everything was tried.', meetingDate: MEETING, ...fields });
}

describe('alumni decisions through the gate', () => {
  it('refuses a move that fails the gate with what is missing, and changes nothing', async () => {
    const before = { rep: await t.value('reps.get', { id: 'rep-bare' }), audit: await auditTotal() };
    const r = await decide('case-bare');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('FORBIDDEN');
    expect(r.error.message).toMatch(/Missing: reason .*; conversation .*; offer .*\.$/);
    expect(r.error.message).not.toMatch(/decision \(/);
    expect((r.error.details as { missing: unknown }).missing).toEqual(['reason', 'conversation', 'offer']);
    expect((await t.value('reps.get', { id: 'rep-bare' })).rep).toEqual(before.rep.rep);
    expect(await auditTotal()).toBe(before.audit);
    const dossier = await t.value('council.dossier', { repId: 'rep-bare' });
    expect(dossier.openCase).toMatchObject({ id: 'case-bare', status: 'open', version: 1 });
  });

  it('refuses one attempt as the conversation step, naming only that', async () => {
    const c = await t.value('council.propose', { repId: 'rep-attempt' });
    const r = await decide(c.id);
    expect(!r.ok && r.error.message).toMatch(/Missing: conversation \(no conversation held and 1 of 2 documented attempts\)\.$/);
  });

  it('refuses an exception with a short rationale and passes one with a written rationale', async () => {
    const short = await decide('case-bare', { exception: true, rationale: 'Asked to leave.' });
    expect(!short.ok && short.error.message).toContain('exception-rationale');
    const ok = await t.value('council.decide', { caseId: 'case-bare', expectedVersion: 1, decision: 'approve', rationale: EXCEPTION, meetingDate: MEETING, exception: true });
    expect(ok.repStatus).toBe('alumni');
    expect(ok.case).toMatchObject({ status: 'decided', decision: 'approve', exception: true, rationale: EXCEPTION, decidedBy: expect.any(String), meetingDate: MEETING });
    const rep = (await t.value('reps.get', { id: 'rep-bare' })).rep;
    expect(rep.status).toBe('alumni');
    expect(rep.statusHistory.at(-1)).toMatchObject({ from: 'inactive', to: 'alumni' });
    expect(formatStatusCause(rep.statusHistory.at(-1).cause)).toContain('Council decision case-bare');
    expect(formatStatusCause(rep.statusHistory.at(-1).cause)).toContain('as an exception');
  });

  it('approves a move that passes, freezes a dossier without confidential notes, and logs every write', async () => {
    const before = await auditTotal();
    const r = await decide('case-ready');
    expect(r.ok && (r.value as { repStatus: string }).repStatus).toBe('alumni');
    const audit = await t.value('audit.list', { limit: 10 });
    expect(audit.total).toBe(before + 2);
    expect(audit.items.map((e: any) => [e.action, e.entity, e.entityId])).toEqual(
      expect.arrayContaining([
        ['council.decide', 'councilCases', 'case-ready'],
        ['council.decide', 'reps', 'rep-ready'],
      ]),
    );
    const decided = audit.items.find((e: any) => e.entity === 'councilCases');
    expect(decided.after.dossier.gate.passes).toBe(false); // frozen as it stood before the decision
    expect(JSON.stringify(decided.after.dossier)).not.toContain(SECRET);
    // A decided case is never decided again.
    const again = await decide('case-ready', { expectedVersion: 2, decision: 'reject' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('keeps the status on reject and carries a deferred case to a new open case', async () => {
    const rejected = await t.value('council.decide', { caseId: 'case-ready', expectedVersion: 1, decision: 'reject', rationale: 'Try one more task.', meetingDate: MEETING });
    expect(rejected.repStatus).toBe('inactive');
    const deferred = await t.value('council.decide', { caseId: 'case-bare', expectedVersion: 1, decision: 'defer', rationale: 'Wait for the mentor.', meetingDate: MEETING });
    expect(deferred.repStatus).toBe('inactive');
    const overview = await t.value('council.overview', {});
    expect(overview.openCases.map((c: any) => c.case.id)).toEqual([deferred.nextCaseId]);
    expect((await t.value('reps.get', { id: 'rep-bare' })).rep.status).toBe('inactive');
  });

  it('undoes an approval only by a reversing decision, which restores the previous status', async () => {
    await decide('case-ready');
    const rev = await t.value('council.reverse', { caseId: 'case-ready', rationale: 'She came back to the last meeting.', meetingDate: MEETING });
    expect(rev.repStatus).toBe('inactive');
    expect(rev.case).toMatchObject({ reversesCaseId: 'case-ready', decision: 'reject', status: 'decided' });
    const rep = (await t.value('reps.get', { id: 'rep-ready' })).rep;
    expect(rep.statusHistory.slice(-2).map((h: any) => h.to)).toEqual(['alumni', 'inactive']);
    const dossier = await t.value('council.dossier', { repId: 'rep-ready' });
    expect(dossier.decisions.find((d: any) => d.id === 'case-ready')).toMatchObject({ decision: 'approve', reversedBy: rev.case.id });
    const twice = await t.call('council.reverse', { caseId: 'case-ready', rationale: 'again', meetingDate: MEETING });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    // A returning alumnus goes through the same flow: the Rep can be proposed again.
    expect((await t.value('council.propose', { repId: 'rep-ready' })).status).toBe('open');
  });

  it('finds the entry to undo by its case, even when another entry says the same', async () => {
    await decide('case-ready');
    const store = t.backend.store;
    const decided = store.collections.reps.require('rep-ready');
    const entry = decided.statusHistory.at(-1)!;
    expect(entry).toMatchObject({ from: 'inactive', to: 'alumni', caseId: 'case-ready', cause: { messageId: 'status-cause-council-approved' } });
    // A later entry with the very same cause but from another status and no case: reading text would pick it.
    const twin = { ...entry, id: 'sh-twin', from: 'at-risk' as const, caseId: undefined };
    await t.backend.writes.run('test', () => store.collections.reps.update(decided.id, decided.version, (r) => ({ ...r, statusHistory: [...r.statusHistory, twin] }), NOW));

    const rev = await t.value('council.reverse', { caseId: 'case-ready', rationale: 'She came back to the last meeting.', meetingDate: MEETING });
    expect(rev.repStatus).toBe('inactive');
    const last = (await t.value('reps.get', { id: 'rep-ready' })).rep.statusHistory.at(-1);
    expect(last).toMatchObject({ from: 'alumni', to: 'inactive', caseId: rev.case.id, cause: { messageId: 'status-cause-council-reversed', args: { decision: rev.case.id, reverses: 'case-ready' } } });
    // The meeting is named by its day where the user is (this test runs in several zones).
    const day = localDateOf(rev.case.meetingDate, effectiveTimeZone(store.settings.timeZone));
    expect(formatStatusCause(last.cause)).toBe(`Council decision ${rev.case.id} (meeting ${day}) reverses case-ready: She came back to the last meeting.`);
  });

  it('leaves decisions to the Council role and names bad fields', async () => {
    await t.asRole('mentor');
    const r = await decide('case-ready');
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    await t.asRole('council');
    const bad = await t.call('council.decide', { caseId: 'case-ready', expectedVersion: 1, decision: 'approve', rationale: '  ', meetingDate: MEETING });
    expect(!bad.ok && bad.error.code).toBe('BAD_INPUT');
    expect(!bad.ok && bad.error.message).toContain('rationale');
    const dup = await t.call('council.propose', { repId: 'rep-ready' });
    expect(!dup.ok && dup.error.message).toContain('already has an open alumni-move case');
  });

  it('keeps the audit log append-only: earlier entries never change', async () => {
    const first = await t.value('audit.list', { limit: 500 });
    await decide('case-ready');
    await t.value('council.reverse', { caseId: 'case-ready', rationale: 'Changed our mind.', meetingDate: MEETING });
    const after = await t.value('audit.list', { limit: 500 });
    expect(after.total).toBe(first.total + 4);
    expect(after.items.slice(4)).toEqual(first.items);
    const csv = Papa.parse<Record<string, string>>((await t.value('council.auditCsv')).csv.trim(), { header: true }).data;
    expect(csv).toHaveLength(after.total);
    expect(csv.some((row) => row.action === 'council.reverse' && row.entity === 'reps' && row.fields!.includes('status'))).toBe(true);
    expect(JSON.stringify(csv)).not.toContain('Prefers Signal.');
  });
});

describe('the dossier and the review pack', () => {
  it('shows confidential reasons to the Council and redacts them for other roles', async () => {
    const d = await t.value('council.dossier', { repId: 'rep-ready' });
    expect(d.gate.items.map((i: any) => [i.item, i.done])).toEqual([
      ['reason', true],
      ['conversation', true],
      ['offer', true],
      ['decision', false],
    ]);
    expect(d.activity).toMatchObject({ total: 2 });
    expect(d.timeline.map((e: any) => e.kind)).toEqual(['engagement', 'conversation']);
    expect(d.timeline[1].confidential).toContain(SECRET);
    expect(d.notes).toBe('Prefers Signal.');
    await t.asRole('coach');
    const redacted = await t.value('council.dossier', { repId: 'rep-ready' });
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
    expect(redacted.notes).toBe('');
  });

  it("puts open cases on the Council's Today, linked by Rep", async () => {
    const today = await t.value('today.get');
    const cases = today.sections.find((s: any) => s.id === 'cases-to-decide');
    expect(cases.items.map((i: any) => [i.kind, i.id, i.title])).toEqual([
      ['case-to-decide', 'rep-ready', 'Rita Ready'],
      ['case-to-decide', 'rep-bare', 'Bela Bare'],
    ]);
  });

  it('lists outcomes since a date the Council picks', async () => {
    const o = await t.value('council.overview', {});
    expect(o.outcomes).toMatchObject({ engagementsCompleted: 1, surveysAnswered: 1, wantsMore: 1, averageExperience: 5 });
    expect(o.outcomes.returned.map((r: any) => r.id)).toEqual(['rep-back']);
    const later = await t.value('council.overview', { since: NOW });
    expect(later.outcomes).toMatchObject({ engagementsStarted: 0, engagementsCompleted: 0, surveysAnswered: 0, returned: [] });
  });

  it('exports the review pack as CSV with confidential notes only when asked', async () => {
    await decide('case-bare', { exception: true, rationale: EXCEPTION });
    const plain = await t.value('council.reviewPack', {});
    const rows = Papa.parse<Record<string, string>>(plain.csv.trim(), { header: true }).data;
    expect(rows.map((r) => r.caseId).sort()).toEqual(['case-bare', 'case-ready']);
    expect(rows.find((r) => r.caseId === 'case-bare')).toMatchObject({ decision: 'approve', exception: 'true', rationale: EXCEPTION, repStatus: 'alumni' });
    expect(rows.find((r) => r.caseId === 'case-ready')!.reasons).toBe('interpersonal-conflict');
    expect(plain.csv).not.toContain(SECRET);
    expect(plain.csv).not.toContain('Prefers Signal.');
    const full = await t.value('council.reviewPack', { includeConfidential: true });
    expect(full.csv).toContain(SECRET);
    await t.asRole('mentor');
    const refused = await t.call('council.reviewPack', { includeConfidential: true });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});
