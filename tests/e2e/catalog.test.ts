import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

async function exportCsv(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const path = join(e2e.files, name);
  await download.saveAs(path);
  return path;
}

describe('the coaches workspace in Chromium', () => {
  it('creates a task, finds it with a typo, publishes it, exports the catalog and re-imports it unchanged', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1360, height: 860 }, acceptDownloads: true });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByText(/^\d+ tasks$/).waitFor();

    await page.getByRole('link', { name: 'New task' }).click();
    const form = page.getByRole('form', { name: 'New task' });
    await form.getByLabel('Title').fill('Caption the Firefox Nightly walkthrough video');
    await form.getByLabel('Summary').fill('Write accurate English captions for the ten-minute walkthrough.');
    await form.getByLabel('Deliverable').fill('A reviewed .srt caption file');
    await form.getByLabel('Effort (hours)').fill('3');
    await form.getByLabel('Languages').fill('en');
    await form.getByLabel('Steps').fill('Watch the video\nWrite the captions\nAsk for a review');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('complementary', { name: 'Caption the Firefox Nightly walkthrough video' }).waitFor();

    // Alphabetically the new task is first anyway; the highlight shows the search has answered.
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('captoin');
    const list = page.getByRole('list', { name: 'Tasks' });
    await list.getByRole('link').first().locator('mark').first().waitFor();
    expect(await list.getByRole('link').first().textContent()).toBe('Caption the Firefox Nightly walkthrough video');
    await list.getByRole('link').first().click();

    const panel = page.getByRole('complementary', { name: 'Caption the Firefox Nightly walkthrough video' });
    await panel.getByRole('button', { name: 'Publish' }).click();
    await panel.getByText('Published', { exact: true }).waitFor();
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-catalog.png') });

    const first = await exportCsv(page, 'catalog-1.csv');
    const exported = await readFile(first, 'utf8');
    expect(exported).toContain('Caption the Firefox Nightly walkthrough video');
    expect(exported).toMatch(/Watch the video; Write the captions; Ask for a review,1,,,published,/);
    const rows = exported.split('\r\n').length - 1;

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import tasks' });
    await dialog.getByLabel('File').setInputFiles(first);
    await dialog.getByRole('status').waitFor();
    expect(await dialog.getByRole('status').textContent(), await dialog.textContent() ?? '').toBe(`0 new, 0 changed, ${rows} unchanged, 0 with errors.`);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText(`Imported: 0 new, 0 changed, ${rows} unchanged, 0 left out.`).waitFor();

    const second = await exportCsv(page, 'catalog-2.csv');
    expect(await readFile(second, 'utf8')).toBe(exported);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coaches' }).click();
    await page.getByText(/^\d+ coaches$/).waitFor();
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-coaches.png') });
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
