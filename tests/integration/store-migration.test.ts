/**
 * A data folder written by Rekindle's first release (tests/fixtures/store-v1, made by that
 * release's own code) opens in this one: nothing is flagged as damaged, what the user had is kept,
 * and fields the model gained since then get their defaults.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { SCHEMA_VERSION } from '../../electron/backend/store/schema';
import { NOW, tempDir } from '../support/fixtures';

let dir: Awaited<ReturnType<typeof tempDir>>;
const open = () => openBackend({ dataDir: dir.path, firstRun: 'empty', transport: 'http', now: () => NOW, logError: () => undefined });

beforeEach(async () => {
  dir = await tempDir();
  await cp(join(import.meta.dirname, '..', 'fixtures', 'store-v1'), dir.path, { recursive: true });
});
afterEach(async () => dir.cleanup());

describe('a first-release data folder', () => {
  it('opens without notices, keeps its data, and fills in newer fields', async () => {
    for (let start = 1; start <= 2; start++) {
      const b = await open();
      expect(b.store.notices, `start ${start}`).toEqual([]);
      const settings = b.store.settings;
      expect(settings.language).toBe('es');
      expect(settings.smtp).toBeNull();
      expect(Object.keys(settings.reminderTemplates).length).toBeGreaterThan(0);
      const rep = b.store.collections.reps.require('rep-inactive');
      expect(rep.notes).toContain('conflict with the events team');
      expect(rep.remindersOptOut).toBe(false);
      expect(rep.mentorshipHistory).toEqual([]);
      expect(b.store.collections.reps.size).toBe(4);
      expect(b.store.collections.audit.all.map((a) => a.action)).toEqual(['settings.update']);
      const list = await b.dispatch('reps.list', {});
      expect(list.ok && (list.value as { total: number }).total).toBe(4);
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
      await b.close();
    }
  });
});
