import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icsToIso, parseIcs, unescapeText } from '../support/ics-parse';
import { seriousAxeViolations, trackRequests, useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

describe('an engagement to completion in Chromium', () => {
  it('two check-ins, completion, the survey, a next task with a different coach, and a valid orientation .ics', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
    const watch = watchPage(page, e2e.app.origin);
    const nav = page.getByRole('navigation', { name: 'Main' });
    /** Who is at the keyboard: the coach for the check-ins, the mentor for the survey. */
    async function actAs(name: string, role: 'coach' | 'mentor') {
      await nav.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Your name').fill(name);
      await page.getByRole('combobox', { name: /^Role/ }).selectOption(role);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Settings saved.').waitFor();
    }
    async function openEngagement(column: RegExp) {
      await nav.getByRole('link', { name: 'Engagements' }).click();
      await page.getByRole('heading', { name: /^Stalled \(\d+\)$/ }).waitFor();
      await page.getByRole('list', { name: column }).getByRole('link', { name: 'Nicolás Rodríguez' }).click();
    }
    await page.goto(e2e.app.url);
    await actAs('Fernanda Silva', 'coach');
    await openEngagement(/^Active/);
    const panel = page.getByRole('complementary', { name: /Nicolás Rodríguez/ });
    await panel.waitFor();

    // The coach checks in twice, ticking a step each time.
    for (const note of ['Glossary draft shared with the coach', 'Review comments addressed']) {
      await panel.getByLabel('Note').fill(note);
      await panel.getByRole('group', { name: 'Steps done by now' }).locator('input[type=checkbox]:not([disabled]):not(:checked)').first().check();
      await panel.getByRole('button', { name: 'Record check-in' }).click();
      await panel.getByText(note, { exact: true }).waitFor();
    }
    await panel.getByRole('heading', { name: 'Check-ins (4)' }).waitFor();

    // Completing needs the deliverable link; then the survey appears.
    await panel.getByRole('button', { name: 'Complete the engagement' }).click();
    await panel.getByText('a completed engagement needs the link to its deliverable').waitFor();
    await panel.getByLabel('Deliverable link').fill('https://pontoon.mozilla.org/es/firefox-glossary/');
    await panel.getByRole('button', { name: 'Complete the engagement' }).click();
    await panel.getByRole('form', { name: 'How did it go?' }).waitFor();
    expect(await panel.locator('.engagements-checkins li', { hasText: 'Review comments addressed' }).textContent()).toContain('Fernanda Silva');

    // The mentor sits down with the Rep for the survey.
    await actAs('Ana Mentor', 'mentor');
    await openEngagement(/^Completed/);
    const survey = panel.getByRole('form', { name: 'How did it go?' });
    await survey.waitFor();

    // The mentor fills the survey with the Rep, by keyboard: focus a radio group, arrows choose.
    await survey.getByRole('group', { name: /good experience/ }).getByRole('radio', { name: '1' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await survey.getByRole('group', { name: /good experience/ }).getByRole('radio', { name: '5' }).isChecked()).toBe(true);
    await survey.getByRole('group', { name: /do more/ }).getByRole('radio', { name: 'Yes' }).check();
    await survey.getByRole('group', { name: /coach helpful/ }).getByRole('radio', { name: '4' }).check();
    await survey.getByRole('group', { name: /task fit/ }).getByRole('radio', { name: '5' }).check();
    await survey.getByLabel('Anything else you want to tell us?').fill('Small steps, quick answers. I want more!');
    await survey.getByLabel('Interests for next time').fill('localization, SUMO');
    await survey.getByRole('button', { name: 'Submit answers' }).click();

    // The next step: tasks from the matching engine, a different coach first, with its reasons.
    const suggestions = panel.getByRole('list', { name: 'Suggested next tasks' });
    await suggestions.waitFor();
    const first = suggestions.locator(':scope > li').first();
    await first.getByText('a different coach').waitFor();
    expect(await first.textContent()).not.toContain('Fernanda Silva');
    expect(await first.locator('.surveys-reasons li').count()).toBeGreaterThan(2);

    // The orientation call: scheduled, then its invitation downloaded and validated.
    await panel.getByLabel('Orientation call (date and time)').fill('2026-12-10T17:30');
    await panel.getByRole('button', { name: 'Schedule the call' }).click();
    const icsButton = panel.getByRole('button', { name: 'Download the invitation (.ics)' });
    await icsButton.waitFor();
    await panel.getByRole('group', { name: 'Onboarding for returners' }).waitFor();
    await page.locator('#main').evaluate((m) => m.scrollTo(0, 0));
    await panel.evaluate((p) => p.scrollTo(0, 0));
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-engagements.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), icsButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^orientation-nicol.*\.ics$/);
    const path = join(e2e.files, 'orientation.ics');
    await download.saveAs(path);
    const ics = parseIcs(await readFile(path, 'utf8'));
    const expectedStart = await page.evaluate(() => new Date('2026-12-10T17:30').toISOString());
    expect(icsToIso(ics.props.get('DTSTART')!.value)).toBe(expectedStart);
    expect(unescapeText(ics.props.get('SUMMARY')!.value)).toBe('Rekindle orientation call: Nicolás Rodríguez');
    expect(ics.props.get('ATTENDEE')!.value).toBe('mailto:nicolas.rodriguez@example.org');

    // The only failed request is the deliberately refused completion without a link.
    expect(watch.problems).toEqual([`HTTP 400: ${e2e.app.origin}/api/engagements.complete`]);
    await page.close();
  }, 60_000);

  it('has no serious or critical axe violations with an engagement open: check-in form, survey answers, next step', async () => {
    // The scan is injected as a script, so only this context bypasses the app's CSP.
    const context = await e2e.browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const requests = trackRequests(page);
    await page.goto(e2e.app.url);
    const found: string[] = [];
    for (const id of ['eng-0004', 'eng-0005']) {
      await page.evaluate((e) => (window.location.hash = `#/engagements/${e}`), id);
      await page.getByRole('complementary').waitFor();
      await requests.quiet();
      const violations = await seriousAxeViolations(page);
      found.push(...violations.map((v) => `${id}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  }, 30_000);
});
