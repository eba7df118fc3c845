import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityData } from '../../electron/backend/seed';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/**
 * Why someone left never reaches the audit log: not as it is stored, not through audit.list for any
 * role, not in the audit CSV, the archive without confidential notes or the review pack, and not
 * in an entry written by an older release that still carries the text.
 */
const MARKS = {
  repNote: 'MARK-REP-NOTE-harassed-at-the-meetup',
  reasonNote: 'MARK-REASON-NOTE-belittled-in-chat',
  conversationNote: 'MARK-CONVERSATION-NOTE-prefers-quiet',
  oldEntry: 'MARK-OLD-AUDIT-ENTRY-left-after-conflict',
};
const RAUL = 'rep-0019';

let t: TestBackend;
let errors: string[];
/** Everything the backend writes to the console while these tests run: logs are an exit too. */
const consoleText: string[] = [];
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const originalConsole = consoleMethods.map((m) => console[m]);
beforeAll(async () => {
  for (const m of consoleMethods) console[m] = (...args: unknown[]) => void consoleText.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
  const demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  errors = [];
  t = await openTestBackend({ loadDemo: async () => structuredClone(demo), logError: (m, e) => errors.push(`${m}: ${String(e)}`) });
  // An entry as the first releases wrote them: the whole record, notes included.
  const raul = t.backend.store.collections.reps.require(RAUL);
  await t.backend.writes.run('test', () =>
    t.backend.store.collections.audit.insert([
      { id: 'audit-old-1', at: '2026-11-01T10:00:00.000Z', actor: 'Old release', role: 'mentor', action: 'reps.update', entity: 'reps', entityId: RAUL, before: raul, after: { ...raul, notes: MARKS.oldEntry } },
    ]),
  );
  const rep = await t.value('reps.get', { id: RAUL });
  await t.value('reps.update', { id: RAUL, expectedVersion: rep.rep.version, changes: { notes: MARKS.repNote } });
  await t.value('match.recordConversation', {
    repId: RAUL,
    date: '2026-11-27',
    channel: 'video-call',
    reasons: [{ category: 'bullying-toxicity', severity: 3, note: MARKS.reasonNote }],
    wantsToContinue: 'yes',
    notes: MARKS.conversationNote,
  });
});
afterAll(async () => {
  consoleMethods.forEach((m, i) => (console[m] = originalConsole[i]!));
  await t?.close();
});

const leaks = (text: string) => Object.values(MARKS).filter((m) => text.includes(m));

async function asRole(role: 'coach' | 'mentor' | 'council') {
  await t.asRole(role);
}

describe('the audit log without confidential text', () => {
  it('stores no confidential value, but names the confidential fields that changed', async () => {
    const entries = t.backend.store.collections.audit.all.filter((e) => e.id !== 'audit-old-1');
    expect(leaks(JSON.stringify(entries))).toEqual([]);
    const noteChange = entries.find((e) => e.action === 'reps.update' && e.entityId === RAUL);
    expect(noteChange?.fields).toContain('notes');
    const conversation = entries.find((e) => e.action === 'match.recordConversation');
    expect(conversation?.fields).toEqual(expect.arrayContaining(['notes', 'reasons']));
    expect((conversation?.after as { reasons: { category: string; note: string }[] }).reasons).toEqual([expect.objectContaining({ category: 'bullying-toxicity', note: '' })]);
  });

  it('keeps confidential text out of the data folder’s audit files (new entries)', async () => {
    const files = (await readdir(t.dir)).filter((f) => f.startsWith('audit'));
    expect(files.length).toBeGreaterThan(0);
    let text = '';
    for (const f of files) text += await readFile(join(t.dir, f), 'utf8').catch(() => '');
    // The old entry was inserted as an older release would have left it; new ones carry nothing.
    expect(leaks(text).filter((m) => m !== MARKS.oldEntry)).toEqual([]);
  });

  it.each(['coach', 'mentor', 'council'] as const)('shows the %s role no confidential text in audit.list, old entries included', async (role) => {
    await asRole(role);
    const page = await t.value('audit.list', { offset: 0, limit: 500 });
    expect(page.items.some((e: { id: string }) => e.id === 'audit-old-1')).toBe(true);
    expect(leaks(JSON.stringify(page))).toEqual([]);
    const old = page.items.find((e: { id: string }) => e.id === 'audit-old-1');
    expect(old.fields).toContain('notes');
  });

  it('leaves it out of the audit CSV, the archive without confidential notes and the review pack', async () => {
    await asRole('council');
    const csv = await t.value('council.auditCsv');
    expect(csv.csv).toContain('reps.update');
    expect(csv.csv).toMatch(/notes/);
    expect(leaks(csv.csv)).toEqual([]);
    const archive = await t.value('data.exportArchive', { includeConfidential: false });
    expect(leaks(archive.content)).toEqual([]);
    const pack = await t.value('council.reviewPack', { includeConfidential: false });
    expect(leaks(JSON.stringify(pack))).toEqual([]);
    // Asked for explicitly, the archive does carry the notes themselves (not the audit's copies).
    const full = await t.value('data.exportArchive', { includeConfidential: true });
    expect(full.content).toContain(MARKS.repNote);
    expect(errors).toEqual([]);
  });
});

describe('one rule for who reads confidential text, at every exit', () => {
  const secretsIn = (value: unknown) => leaks(JSON.stringify(value)).filter((m) => m !== MARKS.oldEntry);

  it('gives mentors and the Council the Rep’s notes and the conversations, and coaches neither', async () => {
    for (const role of ['mentor', 'council'] as const) {
      await asRole(role);
      expect((await t.value('reps.get', { id: RAUL })).rep.notes, role).toBe(MARKS.repNote);
      const conversations = await t.value('match.conversations', { repId: RAUL });
      expect(conversations.redacted, role).toBe(false);
      expect(secretsIn(conversations), role).toEqual(expect.arrayContaining([MARKS.reasonNote, MARKS.conversationNote]));
    }
    await asRole('coach');
    const rep = await t.value('reps.get', { id: RAUL });
    expect([rep.confidentialShown, rep.rep.notes]).toEqual([false, '']);
    const conversations = await t.value('match.conversations', { repId: RAUL });
    expect(conversations.redacted).toBe(true);
    expect(secretsIn(conversations)).toEqual([]);
    expect(conversations.items[0].reasons[0].category).toBe('bullying-toxicity');
  });

  it('keeps the dossier’s evidence for the Council, and the review pack’s column for when the Council asks', async () => {
    for (const role of ['coach', 'mentor'] as const) {
      await asRole(role);
      const dossier = await t.value('council.dossier', { repId: RAUL });
      expect([role, dossier.confidentialShown, secretsIn(dossier)]).toEqual([role, false, []]);
    }
    await asRole('council');
    const dossier = await t.value('council.dossier', { repId: RAUL });
    expect(dossier.confidentialShown).toBe(true);
    expect(secretsIn(dossier)).toEqual(expect.arrayContaining([MARKS.repNote, MARKS.reasonNote]));
    expect(secretsIn(await t.value('council.reviewPack', { includeConfidential: false }))).toEqual([]);
  });

  it('returns a coach’s own edit of a Rep without the notes', async () => {
    await asRole('coach');
    const rep = await t.value('reps.get', { id: RAUL });
    const saved = await t.value('reps.update', { id: RAUL, expectedVersion: rep.rep.version, changes: { hoursPerMonth: 3 } });
    expect([saved.hoursPerMonth, saved.notes]).toEqual([3, '']);
    expect(t.backend.store.collections.reps.require(RAUL).notes).toBe(MARKS.repNote);
  });

  it('lists backups and writes logs without it', async () => {
    await asRole('council');
    await t.value('data.createBackup');
    const backups = await t.value('data.listBackups');
    expect(backups.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(backups))).toEqual([]);
    // A refused call that carries the secret in its input must not echo it into a log line.
    const refused = await t.call('reps.update', { id: RAUL, expectedVersion: -1, changes: { notes: MARKS.repNote } });
    expect(refused.ok).toBe(false);
    expect(leaks(consoleText.join('\n'))).toEqual([]);
    expect(leaks(errors.join('\n'))).toEqual([]);
  });
});
