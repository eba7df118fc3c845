import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/time/calendar';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();
const docs = join(import.meta.dirname, '..', '..', 'docs');

describe('Reps, activity and going quiet, in Chromium', () => {
  it('imports an activity file, a Rep becomes active again, and the Council reassigns an inactive mentor\'s mentees', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();

    // An inactive Rep who is not a mentor, named in a portal export with different headers.
    const inactive = (await e2e.call('reps.list', { status: ['inactive'], limit: 500 })).items.find((r: any) => !r.isMentor);
    // Yesterday by the app's clock (the backend's, which the e2e harness fixes), not this machine's.
    const yesterday = addDays((await e2e.call('system.clock')).today, -1);
    const file = join(e2e.files, 'portal-export.csv');
    await writeFile(file, `Email,Report date,Activity,Functional area,URL,Report ID\n${inactive.email},${yesterday},event-report,events,https://reps.example/r/9,E2E-1\n`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reps' }).click();
    await page.getByRole('link', { name: 'Import activity' }).click();
    await page.getByLabel('File (CSV or JSON)').setInputFiles(file);
    expect(await page.getByRole('combobox', { name: /Rep email or handle/ }).inputValue()).toBe('Email');
    await page.getByRole('combobox', { name: /^Date/ }).selectOption('Report date');
    await page.getByRole('combobox', { name: /Activity type/ }).selectOption('Activity');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('1 to add');
    await page.getByRole('button', { name: 'Import 1 activities' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('1 activities imported');
    await mkdir(docs, { recursive: true });
    await page.screenshot({ path: join(docs, 'screenshot-activity.png') });

    await page.locator('.import-result').getByRole('link', { name: inactive.name }).click();
    await expect.poll(() => page.getByTestId('status-explanation').textContent()).toMatch(/^Last significant activity (yesterday|today|1 day ago): event report/);
    expect(await page.locator('.detail-pane .badge').first().textContent()).toBe('Active');
    expect(await page.locator('.detail-pane').textContent()).toContain('(activity import portal-export.csv)');

    // Become the Council, then find the inactive mentors.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Role' }).selectOption('council');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Council' }).click();
    await page.getByRole('heading', { name: /Inactive mentors \(\d+\)/ }).waitFor();
    const cards = page.locator('.mentor-card');
    const firstMentor = ((await cards.first().locator('h3 a').textContent()) ?? '').trim();
    const mentees = await cards.first().locator('tbody tr').count();
    expect(mentees).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Reassign all mentees of ${firstMentor} as suggested` }).click();
    // The demo's active mentors have little room: the Council confirms going past capacity.
    const confirm = page.getByRole('button', { name: 'Assign beyond capacity' });
    await Promise.race([confirm.waitFor(), page.getByTestId('mentors-done').waitFor()]);
    if (await confirm.isVisible()) await confirm.click();
    await expect.poll(() => page.getByTestId('mentors-done').textContent()).toContain(`${mentees} mentees reassigned`);
    // The mentor stays on the list (still inactive), now with no mentees to move.
    await expect.poll(() => cards.first().locator('tbody tr').count()).toBe(0);
    await page.screenshot({ path: join(docs, 'screenshot-mentors.png') });

    const audit = await e2e.call('audit.list', { limit: 200 });
    expect(audit.items.filter((e: any) => e.action === 'mentors.reassign').length).toBeGreaterThanOrEqual(mentees * 2);
    expect(watch.problems).toEqual([]);
    await page.close();
  });
  it('scrolls a long roster a window at a time, fetching pages as it goes, and by keyboard', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      line: i + 2,
      name: `Zz Load ${String(i).padStart(4, '0')}`,
      email: `load${i}@example.org`,
      country: 'Chile',
      timezone: 'America/Santiago',
      languages: 'es',
    }));
    expect((await e2e.call('reps.importRoster', { fileName: 'load.csv', rows, dryRun: false })).created).toBe(1_000);
    const total = (await e2e.call('reps.list', {})).total;

    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(`${e2e.app.url}#/reps`);
    await page.locator('tbody tr[data-index]').first().waitFor();
    const rendered = () => page.locator('tbody tr[data-index]').count();
    expect(await page.locator('.table-scroll table').getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(await rendered()).toBeLessThan(60);

    // Scrolling to the end fetches the remaining pages; only a window of rows is ever in the page.
    await expect
      .poll(async () => {
        await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
        return page.getByRole('link', { name: 'Zz Load 0999' }).count();
      }, { timeout: 20_000 })
      .toBe(1);
    expect(await rendered()).toBeLessThan(60);

    // Back at the top, the arrow keys walk past the first window and the list follows the focus.
    await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = 0));
    await page.locator('tbody tr[data-index="0"]').focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('40');
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
