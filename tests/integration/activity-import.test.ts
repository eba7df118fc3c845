import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import { guessMapping, readTable, stageActivityImport, toActivityRows, ACTIVITY_FIELDS } from '../../shared/domain/import-files';
import { ImportFileError } from '../../shared/import';
import { daysAgo } from '../support/fixtures';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

let t: TestBackend;
beforeEach(async () => {
  t = await openTestBackend();
});
afterEach(async () => t.close());

/** What the Reps screen does: read the file, map its columns, stage in chunks, preview. */
async function stage(fileName: string, text: string, mapping?: Record<string, string>) {
  const table = readTable(fileName, text);
  const rows = toActivityRows(table, mapping ?? guessMapping(table.columns, ACTIVITY_FIELDS));
  const progress: number[] = [];
  const preview = await stageActivityImport(t.value as never, fileName, rows, (done) => progress.push(done));
  return { preview, progress };
}

const day = (n: number) => daysAgo(n).slice(0, 10);

describe('activity import', () => {
  it('brings an inactive Rep back to active, records why in the history, and is idempotent on re-run', async () => {
    const csv = `email,date,activity type,functional area,link,id\nrep-inactive@example.org,${day(3)},event-report,events,https://reps.example/r/1,R-1\nrep-at-risk,${day(10)},Blog post,,https://blog.example/x,R-2\n`;
    const { preview } = await stage('portal.csv', csv);
    expect(preview).toMatchObject({ total: 2, valid: 2, alreadyImported: 0, errorCount: 0, repsAffected: 2 });
    const result = await t.value('activity.importCommit', { importId: preview.importId });
    expect(result.imported).toBe(2);
    // Bruno's stored status was already "active"; only Carla's changes.
    expect(result.statusChanges.map((c: any) => [c.repId, c.from, c.to])).toEqual([['rep-inactive', 'inactive', 'active']]);
    expect(result.repsReclassified).toBe(2);
    const carla = await t.value('reps.get', { id: 'rep-inactive' });
    expect(carla.row.status).toBe('active');
    const last = carla.rep.statusHistory.at(-1);
    expect(last).toMatchObject({ from: 'inactive', to: 'active' });
    expect(formatStatusCause(last.cause)).toBe(`last significant activity 3 days ago: event report, ${day(3)} (activity import portal.csv)`);
    const audit = await t.value('audit.list', {});
    expect(audit.items.some((e: any) => e.entity === 'activities' && e.after.imported === 2)).toBe(true);
    expect(audit.items.some((e: any) => e.entity === 'reps' && e.entityId === 'rep-inactive')).toBe(true);

    const again = await stage('portal.csv', csv);
    expect(again.preview).toMatchObject({ total: 2, valid: 0, alreadyImported: 2, errorCount: 0 });
    const rerun = await t.value('activity.importCommit', { importId: again.preview.importId });
    expect(rerun).toMatchObject({ imported: 0, alreadyImported: 2, statusChanges: [] });
    expect((await t.value('system.info')).counts.activities).toBe(7);
  });

  it('lists per-row errors (unknown Rep, bad date, future date, duplicate) and imports nothing', async () => {
    const csv = [
      'rep,date,type,externalId',
      `rep-inactive@example.org,${day(2)},event-report,A`,
      `nobody@example.org,${day(2)},event-report,B`,
      `rep-inactive,2025-02-30,event-report,C`,
      `rep-inactive,yesterday,event-report,D`,
      `rep-inactive,${daysAgo(-5).slice(0, 10)},event-report,E`,
      `rep-at-risk,${day(2)},event-report,A`,
      `rep-at-risk,${day(2)},juggling,F`,
    ].join('\n');
    const { preview } = await stage('bad.csv', csv);
    expect(preview.errors).toEqual([
      { line: 2, field: 'rep', message: 'unknown Rep "nobody@example.org"' },
      { line: 3, field: 'date', message: 'bad date "2025-02-30" (use YYYY-MM-DD)' },
      { line: 4, field: 'date', message: 'bad date "yesterday" (use YYYY-MM-DD)' },
      { line: 5, field: 'date', message: `future date ${daysAgo(-5).slice(0, 10)}` },
      { line: 6, field: 'externalId', message: 'duplicate of line 1' },
      { line: 7, field: 'type', message: 'unknown activity type "juggling"' },
    ]);
    const r = await t.call('activity.importCommit', { importId: preview.importId });
    expect(!r.ok && r.error).toMatchObject({ code: 'BAD_INPUT', message: 'bad.csv: 6 row(s) have errors; nothing was imported. Fix the file and import it again.' });
    expect((await t.value('system.info')).counts.activities).toBe(5);
    expect((await t.value('reps.get', { id: 'rep-inactive' })).row.status).toBe('inactive');
  });

  it('maps columns of a file whose headers differ, from JSON too', async () => {
    const json = JSON.stringify([{ who: 'rep-passive', on: day(1), what: 'talk-given', ref: 'J-1' }]);
    const table = readTable('export.json', json);
    expect(guessMapping(table.columns, ACTIVITY_FIELDS)).toEqual({});
    const { preview } = await stage('export.json', json, { rep: 'who', date: 'on', type: 'what', externalId: 'ref' });
    expect(preview).toMatchObject({ valid: 1, errorCount: 0 });
    await t.value('activity.importCommit', { importId: preview.importId });
    expect((await t.value('reps.get', { id: 'rep-passive' })).row.status).toBe('active');
  });

  it('refuses a file that is not a table with a message saying what is wrong', () => {
    expect(() => readTable('a.csv', 'rep,date\n"unclosed,2026-01-01\n')).toThrow(ImportFileError);
    expect(() => readTable('a.csv', '')).toThrow('The file is empty.');
    expect(() => readTable('a.json', '{"rep": 1}')).toThrow(/must be a list of records/);
    expect(() => readTable('a.csv', 'rep,date\nx,2026-01-01,extra\n')).toThrow(/Row 1 has 3 cells but the header has 2 columns/);
  });

  it('refuses a commit for an import that does not exist, naming the field', async () => {
    const r = await t.call('activity.importCommit', { importId: 'imp-0000' });
    expect(!r.ok && r.error.message).toMatch(/^importId: no import "imp-0000"/);
    const bad = await t.call('activity.importChunk', { importId: 'nope', rows: [] });
    expect(!bad.ok && bad.error.message).toContain('importId');
  });

  it('imports 200,000 rows in chunks with progress, re-classifying only the Reps they touch', async () => {
    const reps = ['mentor-1', 'rep-at-risk', 'rep-inactive', 'rep-passive'];
    const lines = ['rep,date,type,externalId'];
    for (let i = 0; i < 200_000; i++) lines.push(`${reps[i % 4]},${day(400 + (i % 300))},event-report,BULK-${i}`);
    lines.push(`rep-at-risk,${day(1)},mentoring,BULK-last`);
    const { preview, progress } = await stage('bulk.csv', lines.join('\n'));
    expect(preview).toMatchObject({ total: 200_001, valid: 200_001, errorCount: 0 });
    expect(progress.length).toBe(21);
    expect(progress.at(-1)).toBe(200_001);
    const result = await t.value('activity.importCommit', { importId: preview.importId });
    expect(result.imported).toBe(200_001);
    // Rows older than what is on record move nobody's last activity, except for the one Rep with
    // none (rep-passive) and rep-at-risk's fresh entry; mentor-1 and rep-inactive are untouched.
    expect(result.repsReclassified).toBe(2);
    // Dev's stored "active" was stale: his only significant activity is now over a year old.
    expect(result.statusChanges.map((c: any) => [c.repId, c.from, c.to])).toEqual([['rep-passive', 'active', 'inactive']]);
    await t.reopen();
    expect((await t.value('system.info')).counts.activities).toBe(200_006);
  }, 60_000);
});
