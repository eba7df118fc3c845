/**
 * An axe-core scan of every screen in Chromium: no serious or critical violations. The scan is
 * injected as a script, so this one context bypasses the app's CSP; the app itself never does.
 */
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations, trackRequests, useRunningApp } from './harness';

const SCREENS = ['today', 'reps', 'catalog', 'coaches', 'match', 'engagements', 'council', 'insights', 'conflicts', 'settings'];

const e2e = useRunningApp();

describe('accessibility', () => {
  it('has no serious or critical axe violations on any screen', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests = trackRequests(page);
    await page.goto(e2e.app.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const found: string[] = [];
    for (const screen of SCREENS) {
      await page.evaluate((s) => (window.location.hash = `#/${s}`), screen);
      await page.locator('main h1').first().waitFor();
      await requests.quiet();
      const violations = await seriousAxeViolations(page);
      found.push(...violations.map((v) => `#/${screen}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: skip link, then navigation', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Today');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Reps', level: 1 }).waitFor();
    await page.close();
  });
});
