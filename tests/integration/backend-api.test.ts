import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';
import { apiResults } from '../support/api-results';

let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;

async function open(): Promise<Backend> {
  return openBackend({ dataDir: dir.path, firstRun: 'demo', transport: 'http', now: () => NOW, loadDemo: async () => smallCommunity(), logError: () => undefined });
}

async function call(method: string, input: unknown = {}) {
  return backend.dispatch(method, input);
}

const { value } = apiResults(() => backend);

beforeEach(async () => {
  dir = await tempDir();
  backend = await open();
});
afterEach(async () => {
  await backend.close();
  await dir.cleanup();
});

describe('reps.list classifies every Rep from its significant activity', () => {
  it('gives active, at-risk and inactive, and treats passive-only Reps as inactive', async () => {
    const list = await value('reps.list', { sort: 'name' });
    const status = Object.fromEntries(list.items.map((r: any) => [r.id, r.status]));
    expect(status).toEqual({ 'mentor-1': 'active', 'rep-at-risk': 'at-risk', 'rep-inactive': 'inactive', 'rep-passive': 'inactive' });
    const passive = list.items.find((r: any) => r.id === 'rep-passive');
    expect(passive.lastSignificantAt).toBeNull();
    expect(list.items.find((r: any) => r.id === 'rep-at-risk').mentorName).toBe('Ana Mentor');
  });

  it('filters by status and search, accent- and case-insensitively, and pages', async () => {
    expect((await value('reps.list', { status: ['inactive'] })).total).toBe(2);
    expect((await value('reps.list', { search: 'CARLA' })).items.map((r: any) => r.id)).toEqual(['rep-inactive']);
    expect((await value('reps.list', { search: 'brazil' })).items.map((r: any) => r.id)).toEqual(['rep-at-risk']);
    const page = await value('reps.list', { limit: 2, offset: 2, sort: 'name' });
    expect(page.total).toBe(4);
    expect(page.items.map((r: any) => r.name)).toEqual(['Carla Quiet', 'Dev Passive']);
  });

  it('follows the thresholds in Settings', async () => {
    const settings = await value('settings.get');
    await value('settings.update', { expectedVersion: settings.version, thresholds: { ...settings.thresholds, atRiskDays: 200, inactiveDays: 500 } });
    const list = await value('reps.list', {});
    const status = Object.fromEntries(list.items.map((r: any) => [r.id, r.status]));
    expect(status['rep-at-risk']).toBe('active');
    expect(status['rep-inactive']).toBe('at-risk');
  });

  it('counts a newly significant type once Settings say so', async () => {
    const settings = await value('settings.get');
    await value('settings.update', { expectedVersion: settings.version, significantActivityTypes: [...settings.significantActivityTypes, 'login'] });
    const passive = (await value('reps.list', { search: 'Dev' })).items[0];
    expect(passive.status).toBe('active');
    expect(passive.lastSignificantType).toBe('login');
  });
});

describe('confidential notes', () => {
  it('are shown to mentors and hidden from coaches', async () => {
    expect((await value('reps.get', { id: 'rep-inactive' })).rep.notes).toContain('conflict');
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role: 'coach' } });
    const asCoach = await value('reps.get', { id: 'rep-inactive' });
    expect(asCoach.confidentialShown).toBe(false);
    expect(asCoach.rep.notes).toBe('');
  });
});

describe('settings', () => {
  it('persist across a restart and record who changed them in the audit log', async () => {
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, language: 'es', currentUser: { ...s.currentUser, name: 'Council Chair', role: 'council' } });
    await backend.close();
    backend = await open();
    const reopened = await value('settings.get');
    expect(reopened.language).toBe('es');
    expect(reopened.version).toBe(s.version + 1);
    const audit = await value('audit.list', {});
    expect(audit.total).toBe(1);
    expect(audit.items[0]).toMatchObject({ action: 'settings.update', entity: 'settings', actor: 'Council Chair', role: 'council' });
    expect(audit.items[0].before).toMatchObject({ language: 'en-US' });
  });

  it('refuse a stale edit with a conflict that names both versions', async () => {
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, language: 'es' });
    const stale = await call('settings.update', { expectedVersion: s.version, language: 'en-US' });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect(stale.error.message).toMatch(/version 1.*version 2/);
    expect((await value('settings.get')).language).toBe('es');
  });

  it('reject thresholds in the wrong order, naming the field, and keep the old ones', async () => {
    const s = await value('settings.get');
    const r = await call('settings.update', { expectedVersion: s.version, thresholds: { ...s.thresholds, atRiskDays: 400, inactiveDays: 365 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.message).toContain('thresholds.atRiskDays');
    expect((await value('settings.get')).thresholds.atRiskDays).toBe(90);
  });
});

describe('the contract boundary', () => {
  it('rejects an unknown method by name', async () => {
    const r = await call('reps.dropAll', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown API method "reps.dropAll".' } });
    const notString = await call(42 as unknown as string, {});
    expect(!notString.ok && notString.error.message).toBe('Unknown API method a number.');
  });

  it('rejects wrong types and unknown fields, naming them, and changes nothing', async () => {
    const before = await value('settings.get');
    for (const input of [{ expectedVersion: 'one' }, { expectedVersion: 1, language: 'klingon' }, { expectedVersion: 1, colour: 'red' }, null, [1, 2]]) {
      const r = await call('settings.update', input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.message).toMatch(/^Invalid input for settings.update — /);
        expect(JSON.stringify(r.error)).not.toMatch(/at .*\.ts:\d+/);
      }
    }
    const r = await call('reps.list', { limit: 100000 });
    expect(!r.ok && r.error.message).toContain('limit');
    expect(await value('settings.get')).toEqual(before);
    expect((await value('audit.list', {})).total).toBe(0);
  });

  it('answers NOT_FOUND for a missing Rep', async () => {
    const r = await call('reps.get', { id: 'nobody' });
    expect(!r.ok && r.error).toEqual({ code: 'NOT_FOUND', message: 'No Rep with id "nobody".', details: { id: 'nobody' } });
  });

  it("adapts Today to the user's role", async () => {
    const mentorToday = await value('today.get');
    expect(mentorToday.sections.map((s: any) => s.id)).toEqual(['mentees-quiet', 'mentees-health', 'engagements-stalled', 'surveys-to-read', 'survey-follow-ups']);
    expect(mentorToday.sections[1].items.map((i: any) => i.status)).toEqual(['inactive', 'inactive', 'at-risk', 'active']);
    expect(mentorToday.sections[0].items.map((i: any) => i.id).sort()).toEqual(['rep-at-risk', 'rep-inactive', 'rep-passive']);
    const s = await value('settings.get');
    await value('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, role: 'council' } });
    const councilToday = await value('today.get');
    expect(councilToday.sections.map((x: any) => x.id)).toEqual(['inactive-mentors', 'near-threshold', 'cases-to-decide']);
  });
});
