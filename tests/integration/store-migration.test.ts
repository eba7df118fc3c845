/**
 * A data folder written by Rekindle's first release (tests/fixtures/store-v1, made by that
 * release's own code, data format 1) opens in this one: it is copied as it was to a
 * "before-migration" backup, upgraded to the current format with a notice, saved, and what the
 * user had is kept. Fields the model gained since then get their defaults.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { SCHEMA_VERSION } from '../../electron/backend/store/schema';
import { formatStatusCause } from '../../shared/status-causes';
import { NOW, tempDir } from '../support/fixtures';
import { apiResults } from '../support/api-results';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'store-v1');
let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend | null = null;
const open = async () => (backend = await openBackend({ dataDir: dir.path, firstRun: 'empty', transport: 'http', now: () => NOW, logError: () => undefined }));
const close = async () => {
  await backend?.close();
  backend = null;
};
const { value } = apiResults(() => backend!);
const BACKUP_ID = '2026-11-28T12-00-00-before-migration';

async function editFixture(file: string, change: (doc: any) => void): Promise<void> {
  const path = join(dir.path, file);
  const doc = JSON.parse(await readFile(path, 'utf8'));
  change(doc);
  await writeFile(path, JSON.stringify(doc));
}

beforeEach(async () => {
  dir = await tempDir();
  await cp(FIXTURE, dir.path, { recursive: true });
});
afterEach(async () => {
  await close();
  await dir.cleanup();
});

describe('a first-release data folder', () => {
  it('is backed up as it was, upgraded with a notice, and keeps its data', async () => {
    expect(SCHEMA_VERSION).toBe(3);
    const b = await open();
    expect(b.store.notices.map((n) => n.message)).toEqual([
      'settings.json was upgraded: the built-in reasons are now named in the language of the interface; reasons you renamed or added keep their names.',
      'reps.json was upgraded: the reasons for status changes are now shown in the language of the interface; those Rekindle could not recognise keep their original words.',
      `The data was upgraded from format 1 to 3. A copy as it was before is kept as the backup ${BACKUP_ID} (Settings → Data).`,
    ]);
    const settings = b.store.settings;
    expect(settings.language).toBe('es');
    expect(settings.smtp).toBeNull();
    expect(settings.reasons.map((r) => r.label)).toEqual(settings.reasons.map(() => undefined));
    expect(settings.reasons.find((r) => r.id === 'bullying-toxicity')?.sensitive).toBe(true);
    const rep = b.store.collections.reps.require('rep-inactive');
    expect(rep.notes).toContain('conflict with the events team');
    expect(rep.remindersOptOut).toBe(false);
    expect(rep.mentorshipHistory).toEqual([]);
    expect(b.store.collections.reps.size).toBe(4);
    expect(b.store.collections.audit.all.map((a) => a.action)).toEqual(['settings.update']);
    expect((await value('reps.list')).total).toBe(4);

    // The backup is the folder byte for byte as the first release left it.
    const backupDir = join(dir.path, 'backups', BACKUP_ID);
    const fixtureFiles = (await readdir(FIXTURE)).filter((f) => f.endsWith('.json'));
    expect((await readdir(backupDir)).sort()).toEqual(fixtureFiles.sort());
    for (const f of fixtureFiles) expect(await readFile(join(backupDir, f), 'utf8'), f).toBe(await readFile(join(FIXTURE, f), 'utf8'));
    expect((await value('data.listBackups')).map((x: { id: string; kind: string }) => [x.id, x.kind])).toContainEqual([BACKUP_ID, 'before-migration']);

    // Saved in the new format: the next start neither migrates again nor takes another backup.
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8')).schemaVersion).toBe(3);
    await close();
    const again = await open();
    expect(again.store.notices).toEqual([]);
    expect((await readdir(join(dir.path, 'backups'))).filter((d) => d.endsWith('before-migration'))).toEqual([BACKUP_ID]);
    expect(again.store.collections.reps.require('rep-inactive').notes).toContain('conflict with the events team');
  });

  it('keeps reasons a community renamed or added', async () => {
    await editFixture('settings.json', (doc) => {
      doc.settings.reasons.find((r: any) => r.id === 'burnout').label = 'Burnt out by the tooling';
      doc.settings.reasons.push({ id: 'moved-city', label: 'Moved to another city', sensitive: false });
    });
    const b = await open();
    const labels = Object.fromEntries(b.store.settings.reasons.map((r) => [r.id, r.label]));
    expect(labels).toMatchObject({ burnout: 'Burnt out by the tooling', 'moved-city': 'Moved to another city', 'no-time': undefined });
  });

  it('carries changes still in a journal through the upgrade and into the backup', async () => {
    // A first-release start that crashed after writing one change: it is in the journal only.
    const reps = JSON.parse(await readFile(join(dir.path, 'reps.json'), 'utf8'));
    const changed = { ...reps.records.find((r: any) => r.id === 'rep-at-risk'), name: 'Written Before The Crash', version: 2 };
    await writeFile(join(dir.path, `reps.journal-${reps.journalGen}.ndjson`), `${JSON.stringify({ op: 'put', record: changed })}\n`);

    const b = await open();
    expect(b.store.collections.reps.require('rep-at-risk').name).toBe('Written Before The Crash');
    expect(await readdir(join(dir.path, 'backups', BACKUP_ID))).toContain(`reps.journal-${reps.journalGen}.ndjson`);

    // Restoring the before-migration backup replays its journal and upgrades it again.
    const rep = b.store.collections.reps.require('rep-at-risk');
    await value('reps.update', { id: rep.id, expectedVersion: rep.version, changes: { name: 'Changed After The Upgrade' } });
    await value('data.restoreBackup', { id: BACKUP_ID });
    expect(b.store.collections.reps.require('rep-at-risk').name).toBe('Written Before The Crash');
    expect(b.store.settings.reasons.every((r) => r.label === undefined)).toBe(true);
  });

  it('turns the English causes of status changes into messages, keeps what it cannot read, and names the deciding case', async () => {
    const old = (at: string, from: string | null, to: string, cause: string) => ({ at, from, to, cause, by: 'Demo user' });
    const history = [
      old('2024-06-11T12:00:00.000Z', null, 'active', 'added to the roster; no significant activity on record'),
      old('2025-01-02T12:00:00.000Z', 'active', 'at-risk', 'last significant activity 4 months ago: event report, 2024-09-01 (activity import portal.csv)'),
      old('2025-07-02T12:00:00.000Z', 'at-risk', 'inactive', 'last significant activity 1 day ago: blog post, 2025-07-01 (after a change to the activity rules in Settings)'),
      old('2025-08-01T12:00:00.000Z', 'inactive', 're-engaging', 'match session: proposed “Translate the FAQ” with Ana Coach'),
      old('2025-09-01T12:00:00.000Z', 're-engaging', 'inactive', 'Talked it over on the phone; not now.'),
      old('2025-10-01T12:00:00.000Z', 'inactive', 'alumni', 'Council decision case-old (meeting 2025-09-30) approved the move to alumni as an exception: She asked to stop.'),
    ];
    await editFixture('reps.json', (doc) => (doc.records.find((r: any) => r.id === 'rep-inactive').statusHistory = history));
    const b = await open();
    const entries = b.store.collections.reps.require('rep-inactive').statusHistory;
    expect(entries.map((e) => e.cause)).toEqual([
      { messageId: 'status-cause-added', args: {} },
      { messageId: 'status-cause-last-activity', args: { ago: 122, type: 'event-report', date: '2024-09-01' }, occasion: { messageId: 'status-occasion-import', args: { file: 'portal.csv' } } },
      { messageId: 'status-cause-last-activity', args: { ago: 1, type: 'blog-post', date: '2025-07-01' }, occasion: { messageId: 'status-occasion-settings', args: {} } },
      { messageId: 'status-cause-match', args: { task: 'Translate the FAQ', coach: 'Ana Coach' } },
      { messageId: 'status-cause-recorded', args: { text: 'Talked it over on the phone; not now.' } },
      { messageId: 'status-cause-council-approved-exception', args: { decision: 'case-old', meeting: '2025-09-30', rationale: 'She asked to stop.' } },
    ]);
    // Exports still say exactly what the old code wrote.
    expect(entries.map((e) => formatStatusCause(e.cause))).toEqual(history.map((h) => h.cause));
    expect(entries.map((e) => e.caseId)).toEqual([undefined, undefined, undefined, undefined, undefined, 'case-old']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.every((e) => /^sh-/.test(e.id))).toBe(true);
    expect(entries.map((e) => [e.at, e.from, e.to, e.by])).toEqual(history.map((h) => [h.at, h.from, h.to, h.by]));

    // Saved in the new shape: the next start reads the same ids.
    await close();
    const again = await open();
    expect(again.store.collections.reps.require('rep-inactive').statusHistory.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('upgrades the status history of a change still in a journal', async () => {
    const reps = JSON.parse(await readFile(join(dir.path, 'reps.json'), 'utf8'));
    const changed = {
      ...reps.records.find((r: any) => r.id === 'rep-at-risk'),
      status: 'at-risk',
      statusHistory: [{ at: '2026-11-01T12:00:00.000Z', from: 'active', to: 'at-risk', cause: 'no significant activity on record', by: 'Demo user' }],
      version: 2,
    };
    await writeFile(join(dir.path, `reps.journal-${reps.journalGen}.ndjson`), `${JSON.stringify({ op: 'put', record: changed })}\n`);
    const b = await open();
    const [entry] = b.store.collections.reps.require('rep-at-risk').statusHistory;
    expect(entry).toMatchObject({ id: expect.stringMatching(/^sh-/), to: 'at-risk', cause: { messageId: 'status-cause-no-activity', args: {} } });
    expect(b.store.notices.filter((n) => n.kind === 'file-set-aside')).toEqual([]);
  });

  it('refuses a folder written by a newer Rekindle, and leaves it as it is', async () => {
    await editFixture('settings.json', (doc) => (doc.schemaVersion = SCHEMA_VERSION + 1));
    const before = await readFile(join(dir.path, 'settings.json'), 'utf8');
    await expect(open()).rejects.toThrow(`was written by a newer Rekindle (data format ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION})`);
    expect(await readFile(join(dir.path, 'settings.json'), 'utf8')).toBe(before);
    expect(await readdir(dir.path)).not.toContain('damaged');
    expect(await readdir(dir.path)).not.toContain('backups');
  });
});
