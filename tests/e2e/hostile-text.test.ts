/**
 * Imported text is data, never markup: a catalog file whose title, summary and steps carry HTML
 * and script is imported through the real backend and shown in Chromium as literal text.
 */
import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();
const TITLE = '<img src=x onerror="window.__pwned=1">Translate the FAQ';
const SUMMARY = '<script>window.__pwned=2</script><b>bold?</b>';

describe('imported text', () => {
  it('is shown as text, never rendered as HTML or run as script', async () => {
    const token = new URL(e2e.app.url).searchParams.get('token')!;
    const call = async (method: string, input: unknown) =>
      (await fetch(`${e2e.app.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) })).json();
    const csv = [
      'id,title,summary,deliverable,area,skills,languages,effortHours,expectedDays,interaction,steps,slots,preferredCoachIds,tags,status,author',
      `hostile-1,"${TITLE.replace(/"/g, '""')}","${SUMMARY}",A translated FAQ page,localization,translation,es,3,7,solo,"<iframe src=https://example.org></iframe>",1,,xss,draft,Tester`,
    ].join('\n');
    const result = await call('catalog.importCommit', { file: { format: 'csv', fileName: 'hostile.csv', text: csv } });
    expect(result.ok, JSON.stringify(result)).toBe(true);

    const page = await e2e.browser.newPage();
    const watch = watchPage(page, e2e.app.origin);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(e2e.app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('searchbox').first().fill('Translate the FAQ');
    await page.getByText(TITLE).first().waitFor();
    await page.getByText(TITLE).first().click();
    await page.getByText(SUMMARY).first().waitFor();

    expect(await page.locator('main img, main script, main iframe, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
