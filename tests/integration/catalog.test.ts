import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { catalogCommunity } from '../support/catalog-fixtures';
import { NOW, tempDir } from '../support/fixtures';
import { apiResults } from '../support/api-results';

let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;

const { value, failure } = apiResults(() => backend);
const tasksNow = () => JSON.stringify(backend.store.collections.tasks.all);
const coachesNow = () => JSON.stringify(backend.store.collections.coaches.all);

beforeEach(async () => {
  dir = await tempDir();
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => catalogCommunity(), logError: () => undefined });
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

const NEW_TASK = {
  title: 'Translate the Relay FAQ',
  summary: 'Bring the FAQ to Portuguese.',
  area: 'localization',
  languages: [],
  steps: [],
};

describe('task lifecycle', () => {
  it('creates a draft, refuses to publish it naming each missing field, then publishes it once complete', async () => {
    const draft = await value('catalog.create', { fields: NEW_TASK });
    expect(draft).toMatchObject({ status: 'draft', version: 1, author: backend.store.settings.currentUser.name });
    const err = await failure('catalog.publish', { id: draft.id, expectedVersion: 1 });
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(/deliverable: a published task needs a deliverable/);
    expect(err.message).toMatch(/steps: a published task needs at least one step/);
    expect(err.message).toMatch(/effortHours: a published task needs an effort estimate/);
    expect(err.message).toMatch(/languages: a published task needs at least one language/);
    expect(backend.store.collections.tasks.get(draft.id)!.status).toBe('draft');

    const edited = await value('catalog.update', {
      id: draft.id,
      expectedVersion: 1,
      fields: { ...NEW_TASK, deliverable: 'The FAQ in pt-BR on SUMO', steps: ['Translate', 'Submit'], effortHours: 3, languages: ['pt-BR'] },
    });
    const published = await value('catalog.publish', { id: draft.id, expectedVersion: edited.version });
    expect(published.status).toBe('published');
    // A stale version is refused rather than overwriting.
    expect((await failure('catalog.retire', { id: draft.id, expectedVersion: 1 })).code).toBe('CONFLICT');
    expect((await value('catalog.retire', { id: draft.id, expectedVersion: published.version })).status).toBe('retired');
  });

  it('refuses bad input naming the field and changes nothing', async () => {
    const before = tasksNow();
    expect((await failure('catalog.create', { fields: { ...NEW_TASK, effortHours: -2 } })).message).toMatch(/fields\.effortHours/);
    expect((await failure('catalog.create', { fields: { ...NEW_TASK, area: 'painting' } })).message).toMatch(/fields\.area/);
    expect((await failure('catalog.create', { fields: { ...NEW_TASK, preferredCoachIds: ['coach-nobody'] } })).message).toMatch(/preferredCoachIds: no coach with id "coach-nobody"/);
    const published = backend.store.collections.tasks.get('task-docs')!;
    const { id: _i, createdAt: _c, updatedAt: _u, version, status: _s, externalId: _e, ...fields } = published;
    expect((await failure('catalog.update', { id: 'task-docs', expectedVersion: version, fields: { ...fields, steps: [] } })).message).toMatch(/steps: /);
    expect(tasksNow()).toBe(before);
  });

  it('duplicates a task as a new draft template', async () => {
    const copy = await value('catalog.duplicate', { id: 'task-docs' });
    expect(copy).toMatchObject({ title: 'Update the documentation for Firefox Relay (copy)', status: 'draft', externalId: null, skills: ['technical writing'] });
    expect(copy.id).not.toBe('task-docs');
  });
});

describe('task stats come from engagement and survey records', () => {
  it('counts takes, completions, abandonments and averages survey scores', async () => {
    const docs = await value('catalog.get', { id: 'task-docs' });
    expect(docs.stats).toEqual({
      taken: 3,
      completed: 1,
      abandoned: 1,
      inProgress: 1,
      surveysAnswered: 2,
      avgGoodExperience: 3.5,
      avgCoachHelpful: 3.5,
      avgTaskFit: 2.5,
    });
    // A proposal is not a take; a stalled engagement is.
    expect((await value('catalog.get', { id: 'task-l10n' })).stats).toMatchObject({ taken: 1, inProgress: 1, surveysAnswered: 0, avgTaskFit: 0 });
    expect((await value('catalog.get', { id: 'task-event' })).stats.taken).toBe(0);
  });
});

describe('catalog search, filters and sort', () => {
  it('finds a task through a typo, with highlight ranges, and sees new and edited tasks at once', async () => {
    const found = await value('catalog.list', { search: 'documentaion' });
    expect(found.items[0].task.id).toBe('task-docs');
    const title = found.items[0].highlights.find((h: any) => h.field === 'title');
    const [start, end] = title.indices[0];
    expect(title.value.slice(start, end + 1).toLowerCase()).toContain('document');
    expect(found.items[0].task.notes).toBeUndefined();

    const created = await value('catalog.create', { fields: { ...NEW_TASK, title: 'Write a glossary for Thunderbird' } });
    expect((await value('catalog.list', { search: 'thunderbrd' })).items.map((r: any) => r.task.id)).toEqual([created.id]);
    await value('catalog.update', { id: created.id, expectedVersion: 1, fields: { ...NEW_TASK, title: 'Write a glossary for Firefox Focus' } });
    expect((await value('catalog.list', { search: 'thunderbrd' })).total).toBe(0);
  });

  it('filters by area, language, effort, interaction and status, and sorts', async () => {
    const ids = async (q: object) => (await value('catalog.list', q)).items.map((r: any) => r.task.id);
    expect(await ids({ area: 'localization' })).toEqual(['task-l10n']);
    expect(await ids({ language: 'es' })).toEqual(['task-l10n']);
    expect(await ids({ maxEffort: 4, sort: 'effort' })).toEqual(['task-l10n', 'task-docs']);
    expect(await ids({ interaction: 'moderate' })).toEqual(['task-event']);
    expect(await ids({ status: ['draft', 'retired'], sort: 'title' })).toEqual(['task-draft', 'task-event']);
    expect((await ids({ sort: 'taken' }))[0]).toBe('task-docs');
    expect(await ids({ sort: 'title', descending: true })).toEqual(['task-docs', 'task-l10n', 'task-event', 'task-draft']);
  });
});

describe('coach roster', () => {
  it('shows load against capacity from open engagements, and deactivates', async () => {
    const list = await value('coaches.list', { sort: 'name' });
    expect(list.items.map((r: any) => [r.coach.id, r.load, r.coach.capacity])).toEqual([
      ['coach-ana', 2, 2],
      ['coach-ben', 1, 3],
    ]);
    expect((await value('coaches.list', { hasRoom: true })).items.map((r: any) => r.coach.id)).toEqual(['coach-ben']);
    expect((await value('coaches.list', { includeInactive: true })).total).toBe(3);
    expect((await value('coaches.list', { search: 'hispno' })).items[0].coach.id).toBe('coach-ana');
    const off = await value('coaches.deactivate', { id: 'coach-ben', expectedVersion: 1 });
    expect(off.active).toBe(false);
    expect((await value('coaches.list', {})).items.map((r: any) => r.coach.id)).toEqual(['coach-ana']);
  });

  it('creates and edits coaches, refusing a taken email or unknown Rep by field', async () => {
    const fields = { name: 'Chen Wei', email: 'chen@example.org', languages: ['zh', 'en'], timezone: 'Asia/Shanghai', capacity: 2 };
    const c = await value('coaches.create', { fields });
    expect(c).toMatchObject({ active: true, style: 'check-in', version: 1 });
    expect((await failure('coaches.create', { fields: { ...fields, email: 'coach-ana@example.org' } })).message).toMatch(/email: coach-ana@example.org is already the email of Ana Coach/);
    expect((await failure('coaches.update', { id: c.id, expectedVersion: 1, fields: { ...fields, repId: 'rep-nobody' } })).message).toMatch(/repId: no Rep/);
    expect((await failure('coaches.create', { fields: { ...fields, email: 'x@example.org', languages: [] } })).message).toMatch(/fields\.languages/);
    const edited = await value('coaches.update', { id: c.id, expectedVersion: 1, fields: { ...fields, capacity: 4, repId: 'mentor-1' } });
    expect(edited).toMatchObject({ capacity: 4, repId: 'mentor-1', version: 2 });
  });
});

async function fileInput(path: string, format: 'csv' | 'json') {
  return { format, fileName: path, base64: (await readFile(path)).toString('base64') };
}

describe('import and export on real files', () => {
  it('exports the catalog, and re-importing the export changes nothing (CSV and JSON)', async () => {
    for (const format of ['csv', 'json'] as const) {
      const exported = await value('catalog.export', { format });
      expect(exported.fileName).toBe(`rekindle-catalog-2026-11-28.${format}`);
      expect(exported.content).not.toContain('Confidential');
      const path = join(dir.path, exported.fileName);
      await writeFile(path, exported.content, 'utf8');
      const before = tasksNow();
      const preview = await value('catalog.importPreview', { file: await fileInput(path, format) });
      expect(preview.counts).toEqual({ create: 0, update: 0, unchanged: 4, error: 0 });
      expect(await value('catalog.importCommit', { file: await fileInput(path, format) })).toEqual({ created: 0, updated: 0, unchanged: 4, excluded: 0 });
      expect(tasksNow()).toBe(before);
    }
    expect((await value('catalog.export', { format: 'csv', includeNotes: true })).content).toContain('Confidential: the last volunteer');
  });

  it('imports the sample files, and a second run is a no-op', async () => {
    const samples = join(process.cwd(), 'resources/samples');
    for (const [file, format] of [['tasks.csv', 'csv'], ['tasks.json', 'json']] as const) {
      const input = await fileInput(join(samples, file), format);
      const first = await value('catalog.importCommit', { file: input });
      expect(first.created + first.unchanged).toBe(3);
      const before = tasksNow();
      expect(await value('catalog.importCommit', { file: input })).toEqual({ created: 0, updated: 0, unchanged: 3, excluded: 0 });
      expect(tasksNow()).toBe(before);
    }
    const l10n = backend.store.collections.tasks.all.find((t) => t.externalId === 'sample-task-l10n')!;
    expect(l10n.steps).toEqual(['Open the project in Pontoon', 'Review each string; suggest fixes', 'Write a note with the recurring issues']);
    expect(l10n.summary).toContain('(á, é, ñ)');
    expect((await value('catalog.list', { search: 'spansh strings' })).items.some((r: any) => r.task.id === l10n.id)).toBe(true);

    const coaches = await fileInput(join(samples, 'coaches.csv'), 'csv');
    expect(await value('coaches.importCommit', { file: coaches })).toMatchObject({ created: 2 });
    expect(await value('coaches.importCommit', { file: coaches })).toMatchObject({ created: 0, unchanged: 2 });
    const exported = await value('coaches.export', { format: 'csv' });
    expect(exported.content).toContain('Saturdays, ""any time""');
  });

  it('an edited row updates its task in place, found by the stable id', async () => {
    const exported = await value('catalog.export', { format: 'json' });
    const rows = JSON.parse(exported.content);
    rows.find((r: any) => r.id === 'task-l10n').effortHours = 3;
    const path = join(dir.path, 'edited.json');
    await writeFile(path, JSON.stringify(rows));
    expect(await value('catalog.importCommit', { file: await fileInput(path, 'json') })).toEqual({ created: 0, updated: 1, unchanged: 3, excluded: 0 });
    expect(backend.store.collections.tasks.get('task-l10n')).toMatchObject({ effortHours: 3, version: 2 });
  });

  const BAD_FILES: [string, string, Buffer, 'csv' | 'json', RegExp][] = [
    ['empty file', 'empty.csv', Buffer.alloc(0), 'csv', /The file is empty\. Nothing was imported\./],
    ['not UTF-8', 'latin1.csv', Buffer.concat([Buffer.from('id,title,area\r\nx,Caf'), Buffer.from([0xe9]), Buffer.from(',events\r\n')]), 'csv', /not UTF-8 text/],
    ['a 20 MB file', 'big.csv', Buffer.concat([Buffer.from('id,title,area\r\n'), Buffer.alloc(20 * 1024 * 1024, 'a')]), 'csv', /files up to 20\.0 MB can be imported/],
    ['JSON that is not an array', 'object.json', Buffer.from('{"id":"x","title":"T","area":"events"}'), 'json', /must be a list of records/],
    ['wrong columns', 'coaches-as-tasks.csv', Buffer.from('id,name,email\r\nc1,Ana,ana@example.org\r\n'), 'csv', /missing the columns "title", "area"/],
    ['unknown columns', 'extra.csv', Buffer.from('id,title,area,colour\r\nx,T,events,red\r\n'), 'csv', /does not know: "colour"/],
    ['header only', 'header.csv', Buffer.from('id,title,area\r\n'), 'csv', /headers but no rows/],
  ];
  for (const [what, name, bytes, format, message] of BAD_FILES) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const path = join(dir.path, name);
      await writeFile(path, bytes);
      const before = tasksNow();
      for (const method of ['catalog.importPreview', 'catalog.importCommit']) {
        const err = await failure(method, { file: await fileInput(path, format) });
        expect(err.code).toBe('BAD_INPUT');
        expect(err.message).toMatch(message);
      }
      expect(tasksNow()).toBe(before);
    });
  }

  it('reports row errors, imports nothing while any row is bad, and imports the good rows when told to leave the bad ones out', async () => {
    const csv = [
      'id,title,area,deliverable,steps,effortHours,languages,status',
      'ok-1,Good task,events,A report,Write it,2,en,published',
      'bad-area,Painting,painting,A picture,Paint,2,en,draft',
      'no-deliv,Nothing to hand in,events,,Do,2,en,published',
      'bad-num,Slow,events,A thing,Do,lots,en,draft',
      'ok-1,Same id again,events,A thing,Do,1,en,draft',
      'ok-2,Second good task,design,,,,,draft',
    ].join('\r\n');
    const path = join(dir.path, 'mixed.csv');
    await writeFile(path, csv);
    const file = await fileInput(path, 'csv');
    const preview = await value('catalog.importPreview', { file });
    expect(preview.errors).toEqual([
      { row: 2, field: 'area', message: expect.stringMatching(/^area: "painting" is not a known value/) },
      { row: 3, field: 'deliverable', message: 'deliverable: a published task needs a deliverable (what exists when it is done)' },
      { row: 4, field: 'effortHours', message: 'effortHours: "lots" is not a number' },
      { row: 5, field: 'id', message: 'id: "ok-1" is already used by row 1' },
    ]);
    expect(preview.rows.map((r: any) => [r.row, r.action])).toEqual([
      [1, 'create'],
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'create'],
    ]);
    const before = tasksNow();
    const err = await failure('catalog.importCommit', { file });
    expect(err.message).toMatch(/^4 of 6 rows have errors, so nothing was imported: row 2, area:/);
    expect(tasksNow()).toBe(before);
    expect(await value('catalog.importCommit', { file, excludeBadRows: true })).toEqual({ created: 2, updated: 0, unchanged: 0, excluded: 4 });
    expect(await value('catalog.importCommit', { file, excludeBadRows: true })).toEqual({ created: 0, updated: 0, unchanged: 2, excluded: 4 });
  });

  it('refuses bad roster rows by field', async () => {
    const path = join(dir.path, 'coaches.csv');
    await writeFile(path, 'id,name,email,languages,timezone,capacity,areas\r\nc1,Ana,ana@x.org,es,Europe/Madrid,many,events\r\nc2,Bo,bo@x.org,en,UTC,2,cooking\r\n');
    const preview = await value('coaches.importPreview', { file: await fileInput(path, 'csv') });
    expect(preview.errors.map((e: any) => [e.row, e.field])).toEqual([
      [1, 'capacity'],
      [2, 'areas'],
    ]);
    const before = coachesNow();
    expect((await failure('coaches.importCommit', { file: await fileInput(path, 'csv') })).code).toBe('BAD_INPUT');
    expect(coachesNow()).toBe(before);
  });
});
