import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';
import { apiResults } from '../support/api-results';

let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;

const { value, failure } = apiResults(() => backend);
/** An archive with confidential notes is the Council's to take. */
async function asCouncil() {
  const s = await value('settings.get');
  await value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role: 'council' } });
}
const repNames = async () => (await value('reps.list', { sort: 'name' })).items.map((r: { name: string }) => r.name);

beforeEach(async () => {
  dir = await tempDir();
  backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined });
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

describe('the whole database as one archive', () => {
  it('leaves confidential notes out unless asked, and round-trips', async () => {
    await asCouncil();
    const plain = await value('data.exportArchive', { includeConfidential: false });
    expect(plain.fileName).toBe('rekindle-2026-11-28.json');
    expect(plain.content).not.toContain('conflict with the events team');
    const full = await value('data.exportArchive', { includeConfidential: true });
    expect(full.content).toContain('conflict with the events team');
    expect(full.records).toBeGreaterThan(5);

    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, language: 'es' });
    const result = await value('data.importArchive', { content: full.content });
    expect(result.includesConfidential).toBe(true);
    expect(result.safetyBackup).toMatch(/before-import$/);
    expect((await value('settings.get')).language).toBe('en-US');
    expect((await value('reps.get', { id: 'rep-inactive' })).rep.notes).toContain('conflict');
    expect((await value('data.listBackups')).map((b: { kind: string }) => b.kind)).toContain('before-import');
  });

  it('gives confidential notes only to the Council, whose role reads every one of them', async () => {
    for (const role of ['coach', 'mentor'] as const) {
      const s = await value('settings.get');
      await value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role } });
      const refused = await failure('data.exportArchive', { includeConfidential: true });
      expect([role, refused.code, refused.message]).toEqual([role, 'FORBIDDEN', expect.stringMatching(/^includeConfidential: only the Council/)]);
      expect((await value('data.exportArchive', { includeConfidential: false })).content).not.toContain('conflict with the events team');
    }
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '[1,2,3]', /not a Rekindle archive/],
    ['a damaged record', '', /reps record 1 does not match the schema — email/],
  ];
  for (const [what, content, message] of bad) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      let input = content;
      if (!input) {
        await asCouncil();
        const archive = JSON.parse((await value('data.exportArchive', { includeConfidential: true })).content);
        archive.collections.reps.records[0].email = 'not an email';
        archive.collections.reps.records[0].name = 'Should Not Appear';
        input = JSON.stringify(archive);
      }
      const before = await repNames();
      const error = await failure('data.importArchive', { content: input });
      expect(error.code).toBe('BAD_INPUT');
      expect(error.message).toMatch(message);
      expect(error.message).toContain('Nothing was changed');
      expect(await repNames()).toEqual(before);
    });
  }

  it('refuses an empty file by naming the problem', async () => {
    const error = await failure('data.importArchive', { content: '' });
    expect(error.message).toContain('the file is empty');
  });
});

describe('backups', () => {
  it("takes the day's backup once the backend answers, and only once a day", async () => {
    await backend.housekeeping;
    const daily = async () => (await value('data.listBackups')).filter((b: { kind: string }) => b.kind === 'daily').map((b: { id: string }) => b.id);
    expect(await daily()).toEqual([NOW.slice(0, 10)]);
    await backend.close();
    backend = await openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, logError: () => undefined });
    await backend.housekeeping;
    expect(await daily()).toEqual([NOW.slice(0, 10)]);
  });

  it('restores a backup from Settings after taking a safety backup', async () => {
    const manual = await value('data.createBackup');
    expect(manual.kind).toBe('manual');
    const rep = backend.store.collections.reps.require('rep-at-risk');
    await backend.writes.run('test', () => backend.store.collections.reps.update('rep-at-risk', rep.version, (r) => ({ ...r, name: 'Changed After Backup' }), NOW));
    expect(await repNames()).toContain('Changed After Backup');
    const result = await value('data.restoreBackup', { id: manual.id });
    expect(result.safetyBackup).toMatch(/before-restore$/);
    expect(await repNames()).toContain('Bruno Risk');
    expect(await repNames()).not.toContain('Changed After Backup');
    const audit = await value('audit.list');
    expect(audit.items[0]).toMatchObject({ action: 'data.restoreBackup', entity: 'database' });
  });

  it('keeps every backup taken in the same moment, and each kind apart from the others', async () => {
    await asCouncil();
    const archive = (await value('data.exportArchive', { includeConfidential: true })).content;
    const rep = backend.store.collections.reps.require('rep-at-risk');
    await backend.writes.run('test', () => backend.store.collections.reps.update('rep-at-risk', rep.version, (r) => ({ ...r, name: 'Before The First Import' }), NOW));
    // Two imports at the same instant (the clock is fixed): each takes its own safety backup.
    const first = await value('data.importArchive', { content: archive });
    const second = await value('data.importArchive', { content: archive });
    expect(second.safetyBackup).not.toBe(first.safetyBackup);
    const restored = await value('data.restoreBackup', { id: first.safetyBackup });
    expect(restored.restored).toBe(first.safetyBackup);
    expect(await repNames()).toContain('Before The First Import');
    // Twenty-one manual backups replace old manual ones only.
    for (let i = 0; i < 21; i++) await value('data.createBackup');
    const kinds = (await value('data.listBackups')).map((b: { kind: string }) => b.kind);
    expect(kinds.filter((k: string) => k === 'manual')).toHaveLength(20);
    expect(kinds.filter((k: string) => k === 'before-import')).toHaveLength(2);
    expect(kinds).toContain('before-restore');
  });

  it('refuses an unknown or damaged backup and changes nothing', async () => {
    expect((await failure('data.restoreBackup', { id: 'nope' })).code).toBe('NOT_FOUND');
    const manual = await value('data.createBackup');
    await writeFile(join(dir.path, 'backups', manual.id, 'reps.json'), '{"schemaVersion":1,"records":[{"id":1}]}');
    const before = await repNames();
    const error = await failure('data.restoreBackup', { id: manual.id });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/reps record 1 does not match the schema/);
    expect(await repNames()).toEqual(before);
  });
});

describe("when the day's backup cannot be taken", () => {
  it('says so in a notice and still serves the data', async () => {
    const other = await tempDir();
    // A file where the backups folder should be: the copy fails.
    await writeFile(join(other.path, 'backups'), 'not a folder');
    const b = await openBackend({ dataDir: other.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined });
    try {
      await b.housekeeping;
      const info = await b.dispatch('system.info', {});
      const notices = info.ok ? (info.value as { notices: { kind: string; message: string }[] }).notices : [];
      expect(notices).toEqual([expect.objectContaining({ kind: 'info', message: expect.stringMatching(/^Today's backup could not be taken \(.+\)\. Your data is unchanged/) })]);
      expect(((await b.dispatch('reps.list', {})) as { ok: boolean }).ok).toBe(true);
    } finally {
      await b.close();
      await other.cleanup();
    }
  });
});
