/**
 * Electronegativity (Doyensec's static checker for Electron apps) over electron/: no finding of
 * high or critical severity. It tries to fetch Electron's release list, which fails offline and
 * only skips that one check, so the version is given explicitly.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

describe('Electronegativity', () => {
  it('finds nothing of high or critical severity in the Electron code', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rekindle-eneg-'));
    try {
      const cli = join(require.resolve('@doyensec/electronegativity/package.json'), '..', 'dist', 'index.js');
      const electronVersion = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')).version as string;
      const report = join(out, 'report.csv');
      await promisify(execFile)(process.execPath, [cli, '-i', join(root, 'electron'), '-r', '-e', electronVersion, '-o', report], { timeout: 120_000 });
      const text = await readFile(report, 'utf8');
      // The header proves the scan ran and wrote its report.
      expect(text.startsWith('issue, severity, confidence')).toBe(true);
      const rows = text.trim().split('\n').slice(1);
      const serious = rows.filter((row) => /^[A-Z_]+,"(HIGH|CRITICAL)"/.test(row));
      expect(serious).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 150_000);
});
