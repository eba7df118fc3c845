import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

describe('the app in Chromium over start:web', () => {
  it('opens on Today, lists the demo Reps, and keeps a changed setting across a reload', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);

    await page.getByRole('heading', { name: 'Today' }).waitFor();
    // The token is taken out of the address bar once read.
    expect(page.url()).not.toContain('token=');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reps' }).click();
    const count = page.getByText(/^\d+ of \d+ Reps$/);
    await count.waitFor();
    const [, total] = /of (\d+) Reps/.exec((await count.textContent()) ?? '')!;
    expect(Number(total)).toBeGreaterThanOrEqual(50);
    const statuses = await page.locator('tbody .badge').allTextContents();
    expect(statuses).toEqual(expect.arrayContaining(['Active', 'At risk', 'Inactive']));

    await mkdir(join(import.meta.dirname, '..', '..', 'docs'), { recursive: true });
    await page.getByRole('row').nth(3).click();
    await page.getByTestId('status-explanation').waitFor();
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-reps.png') });

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('textbox', { name: 'Inactive after (days)', exact: true }).fill('400');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Ajustes guardados.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Inactivo tras (días)', exact: true }).inputValue()).toBe('400');
    await page.getByRole('link', { name: 'Reps' }).click();
    await page.getByText(/^\d+ de \d+ Reps$/).waitFor();

    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('refuses API calls without the token or from another origin', async () => {
    const noToken = await fetch(`${e2e.app.origin}/api/settings.get`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const token = new URL(e2e.app.url).searchParams.get('token');
    const foreign = await fetch(`${e2e.app.origin}/api/settings.get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: 'http://localhost:9999' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.message).toContain('localhost:9999');
  });

  it('refuses a second instance on the same data folder, saying why', async () => {
    const second = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', process.env.REKINDLE_OUT ?? 'out', 'main', 'web.js'), '--data-dir', e2e.app.dataDir, '--port', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Rekindle could not start: Rekindle is already running with the data folder ${e2e.app.dataDir}`);
    expect(second.stderr).not.toMatch(/\n\s+at /);
  });
});
