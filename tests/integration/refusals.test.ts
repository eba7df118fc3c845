/**
 * Every refusal crosses the API as `details.issues` (FieldIssue[]) naming the field at fault, with
 * a message id and arguments for the UI; the shapes each feature used to invent are gone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RefusalDetails, type ApiErrorShape } from '../../shared/errors';
import { formatRefusal } from '../../shared/refusals';
import { activity, NOW, rep } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend({
    loadDemo: async () => ({
      referenceDate: NOW,
      reps: [rep('m-pt', { name: 'Paulo Brazil', isMentor: true, mentorCapacity: 1 }), rep('d', { name: 'Dani', mentorId: 'm-pt' }), rep('a', { name: 'Alba' })],
      activities: [activity('m-pt', 5), activity('d', 3), activity('a', 10)],
    }),
  });
});
afterEach(async () => t.close());

async function refusal(method: string, input: unknown): Promise<ApiErrorShape & { details: RefusalDetails }> {
  const r = await t.call(method, input);
  if (r.ok) throw new Error(`${method} should have been refused`);
  // The contract's schema reads the details: no screen has to guess their shape.
  return { ...r.error, details: RefusalDetails.parse(r.error.details) };
}

describe('refusals carry field issues', () => {
  it('a zod BAD_INPUT names each bad field', async () => {
    const r = await refusal('reps.create', { name: '', email: 'not an email' });
    expect(r.code).toBe('BAD_INPUT');
    expect(r.details.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'email']));
    expect(r.message).toMatch(/^Invalid input for reps\.create — /);
  });

  it('a field refusal from a service has its path, message id and arguments', async () => {
    const r = await refusal('reps.update', { id: 'a', expectedVersion: 1, changes: { mentorId: 'a' } });
    expect(r.details.issues).toEqual([{ path: 'mentorId', message: 'a Rep cannot mentor themselves.', messageId: 'refusal-rep-mentors-self', args: {} }]);
    expect(r.message).toBe('mentorId: a Rep cannot mentor themselves.');
  });

  it('a stale version CONFLICT names expectedVersion and keeps the current version alongside', async () => {
    const r = await refusal('reps.update', { id: 'a', expectedVersion: 7, changes: { name: 'Alba B' } });
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toMatch(/changed elsewhere \(you edited version 7, it is now version 1\)/);
    expect(r.details).toMatchObject({ expectedVersion: 7, currentVersion: 1 });
    expect(r.details.issues).toEqual([expect.objectContaining({ path: 'expectedVersion', messageId: expect.stringMatching(/^refusal-stale-/), args: expect.objectContaining({ expected: 7, current: 1 }) })]);
  });

  it('going past a mentor’s capacity is an allowOverCapacity issue with the loads as its argument', async () => {
    await t.asRole('council');
    const r = await refusal('mentors.reassign', { assignments: [{ repId: 'a', toMentorId: 'm-pt' }] });
    expect(r.message).toBe('allowOverCapacity: this would take Paulo Brazil (2 of 1) past their capacity; confirm to assign beyond capacity.');
    expect(r.details.issues).toEqual([
      { path: 'allowOverCapacity', messageId: 'refusal-over-capacity', args: { which: 'Paulo Brazil (2 / 1)' }, message: formatRefusal('refusal-over-capacity', { which: 'Paulo Brazil (2 of 1)' }) },
    ]);
  });

  it('an import file that is not a table is a `file` issue, its error code alongside', async () => {
    const r = await refusal('catalog.importPreview', { file: { format: 'csv', fileName: 'empty.csv', text: ' ' } });
    expect(r.details.issues).toEqual([{ path: 'file', message: 'The file is empty. Nothing was imported.' }]);
    expect(r.details.fileError).toBe('EMPTY');
  });

  it('an import with a bad row leads with a summary, then one issue per bad cell under its row', async () => {
    const text = ['id,title,area', 'ok-1,Good task,events', 'bad-area,Painting,painting'].join('\r\n');
    const r = await refusal('catalog.importCommit', { file: { format: 'csv', fileName: 'mixed.csv', text } });
    expect(r.details.badRows).toEqual([2]);
    const [summary, ...rows] = r.details.issues;
    expect(summary).toMatchObject({ path: '', messageId: 'refusal-import-rows-refused', args: { bad: 1, total: 2 } });
    expect(rows).toEqual([{ path: 'rows.2.area', message: expect.stringMatching(/^area: "painting" is not a known value/) }]);
  });

  it('a conversation dated in the future is a `date` issue', async () => {
    const r = await refusal('match.recordConversation', { repId: 'a', date: '2099-01-01', channel: 'email', reached: false });
    expect(r.details.issues).toEqual([expect.objectContaining({ path: 'date', messageId: 'refusal-conversation-future' })]);
  });
});
