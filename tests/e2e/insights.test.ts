import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../shared/import';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

describe('Insights in Chromium', () => {
  it('opens the study, filters to one country, shows a table and exports that chart as CSV with only that country', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Leading causes of attrition' }).waitFor();
    await page.getByRole('status').getByText(/^60 Reps \(all Reps\)/).waitFor();
    // recharts drew real SVG under the strict CSP.
    await page.locator('.insights-figure svg.recharts-surface').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-insights.png') });

    // The drifting list shows the first six; the rest are one click away.
    const drifting = page.getByRole('list', { name: 'Drifting now, with the indicator that moved' });
    const shown = () => drifting.locator(':scope > li:visible').count();
    const all = await drifting.locator(':scope > li').count();
    expect(all).toBeGreaterThan(6);
    expect(await shown()).toBe(6);
    await page.getByRole('button', { name: `Show all ${all}` }).click();
    expect(await shown()).toBe(all);

    await page.getByLabel('Country or region').selectOption('Spain');
    await page.getByRole('status').getByText(/^9 Reps \(Spain\)/).waitFor();

    const card = page.getByRole('region', { name: /^Indicators over time: Spain/ });
    await card.getByRole('button', { name: 'Show table' }).click();
    const table = card.getByRole('table', { name: 'Indicators over time: Spain' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rekindle-insights-indicators-spain-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(e2e.files, download.suggestedFilename());
    await download.saveAs(path);
    const csv = parseTable({ text: await readFile(path, 'utf8'), format: 'csv' });
    expect(csv.columns).toEqual(['kind', 'community', 'month', 'members', 'activity', 'baseline', 'ratio', 'zScore', 'atRisk', 'atRiskShare', 'mentors', 'inactiveMentors', 'inactiveMentorShare', 'stalledEngagements', 'smallSample']);
    const countries = csv.rows.filter((r) => r.kind === 'region');
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((r) => r.community === 'Spain')).toBe(true);
    await page.getByRole('status').getByText(/Saved rekindle-insights-indicators-spain-.*\.csv \(\d+ rows\)\./).waitFor();

    // A bad range is refused beside the field, and nothing else changes.
    await page.getByLabel('From', { exact: true }).fill('2026-06-01');
    await page.getByLabel('To', { exact: true }).fill('2026-01-01');
    await page.getByText('The start date must be before the end date.').waitFor();
    expect(await page.getByLabel('From', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // The printed report shows every table and no navigation or buttons.
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('status').getByText(/^60 Reps \(all Reps\)/).waitFor();
    await page.emulateMedia({ media: 'print' });
    const tables = page.locator('.insights table');
    expect(await tables.count()).toBeGreaterThanOrEqual(8);
    for (const table of await tables.all()) expect(await table.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download CSV' }).first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
