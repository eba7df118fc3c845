import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();
const docs = join(import.meta.dirname, '..', '..', 'docs');
const EXCEPTION = 'The Rep wrote to the Council asking to leave the program; thanked for her years of work.';

describe('the Council review, in Chromium', () => {
  it('opens a dossier, is refused an alumni move the gate does not allow, records an exception, and finds it in the audit log and the review pack', async () => {
    // An inactive Rep nobody has talked with yet: the gate is incomplete.
    const inactive = (await e2e.call('reps.list', { status: ['inactive'], limit: 500, sort: 'name' })).items.filter((r: any) => !r.isMentor);
    let subject: any = null;
    for (const r of inactive) {
      const d = await e2e.call('council.dossier', { repId: r.id });
      if (!d.gate.items.find((i: any) => i.item === 'conversation').done && !d.openCase) {
        subject = r;
        break;
      }
    }
    expect(subject).not.toBeNull();

    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 1000 }, acceptDownloads: true });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    const role = page.getByRole('combobox', { name: 'Role' });
    await role.selectOption('council');
    await page.locator('form').filter({ has: role }).getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Council' }).click();
    await page.getByRole('heading', { name: /Open cases \(\d+\)/ }).waitFor();
    const picker = page.getByRole('combobox', { name: 'Open a dossier' });
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(1);
    await picker.selectOption(subject.id);
    await page.getByRole('button', { name: 'Open dossier' }).click();
    const heading = page.getByRole('heading', { name: new RegExp(`Dossier: ${subject.name}`) });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.getByTestId('council-gate-summary').textContent()).toMatch(/^The alumni gate is incomplete/);

    await page.getByRole('button', { name: 'Propose an alumni move' }).click();
    await page.getByRole('button', { name: 'Record decision' }).waitFor();
    await page.getByRole('textbox', { name: 'Rationale' }).fill('No answer for a year.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    const refusal = page.getByTestId('council-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Missing: reason .*conversation .*offer/);
    expect((await e2e.call('reps.get', { id: subject.id })).rep.status).toBe('inactive');

    // The exception path, by keyboard: tick the box, write the rationale, submit.
    await page.getByRole('checkbox', { name: /Exception/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'Rationale' }).fill(EXCEPTION);
    await page.getByRole('button', { name: 'Record decision' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('council-saved').textContent()).toContain('Decision recorded');
    expect(await heading.locator('.badge').textContent()).toBe('Alumni');
    expect(await page.getByTestId('council-decision').first().textContent()).toContain(EXCEPTION);

    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'council.decide' }).count()).toBeGreaterThanOrEqual(2);
    const audit = await e2e.call('audit.list', { limit: 10 });
    expect(audit.items.filter((e: any) => e.action === 'council.decide').map((e: any) => e.entity).sort()).toEqual(['councilCases', 'reps']);

    await mkdir(docs, { recursive: true });
    await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(docs, 'screenshot-council.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download review pack (CSV)' }).click()]);
    const file = join(e2e.files, 'pack.csv');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^rekindle-review-pack-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>((await readFile(file, 'utf8')).trim(), { header: true }).data;
    const row = rows.find((r) => r.repId === subject.id);
    expect(row).toMatchObject({ kind: 'alumni-move', caseStatus: 'decided', decision: 'approve', exception: 'true', rationale: EXCEPTION, repStatus: 'alumni', confidentialNotes: '' });
    expect(rows.every((r) => r.confidentialNotes === '')).toBe(true);

    // The one refusal is the gate saying no (FORBIDDEN travels as HTTP 403); nothing else went wrong.
    expect(watch.problems).toEqual([`HTTP 403: ${e2e.app.origin}/api/council.decide`]);
    await page.close();
  });

  it('has no serious or critical axe violations with a dossier, its decision form and the review pack open', async () => {
    // Runs after the first test: the user is the Council. A Rep with an open case shows the decision form.
    const quiet = (await e2e.call('reps.list', { status: ['inactive'], limit: 500, sort: 'name' })).items.find((r: any) => !r.isMentor);
    await e2e.call('council.propose', { repId: quiet.id });
    const context = await e2e.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}#/council/${quiet.id}`);
    await page.getByRole('button', { name: 'Record decision' }).waitFor();
    await page.getByRole('button', { name: 'Show review pack' }).click();
    await page.getByTestId('council-pack').waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);

    // Printed, the page is the pack alone: no navigation, no dossier, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: /^Dossier:/ }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print review pack' }).isVisible()).toBe(false);
    expect(await page.getByTestId('council-pack').isVisible()).toBe(true);
    expect(await page.getByTestId('council-pack').textContent()).toContain(quiet.name);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
