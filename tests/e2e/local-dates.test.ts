import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

/**
 * A mentor in Tokyo at 08:00 on 3 December (still 2 December in UTC): the backend runs in her zone;
 * the browser is put in Los Angeles on purpose, where it is still the afternoon of 2 December, to
 * show the screen takes "today" from the backend and not from the browser's own clock.
 */
const TOKYO_MORNING = '2026-12-02T23:00:00.000Z';
const e2e = useRunningApp({ now: TOKYO_MORNING, timeZone: 'Asia/Tokyo' });

describe('dates in the user’s zone, in Chromium', () => {
  it('pre-fills her today in the conversation form, records it, and refuses tomorrow with the field named', async () => {
    const clock = await e2e.call('system.clock');
    expect(clock).toMatchObject({ today: '2026-12-03', timeZone: 'Asia/Tokyo' });

    const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(`${e2e.app.url}#/match/rep-0019`);
    await page.getByRole('heading', { name: /Match session with Raúl López/ }).waitFor();
    const date = page.getByLabel('Date', { exact: true });
    expect(await date.inputValue()).toBe('2026-12-03');
    expect(await date.getAttribute('max')).toBe('2026-12-03');

    await page.getByRole('checkbox', { name: 'The conversation reached the Rep' }).uncheck();
    await date.fill('2026-12-04');
    await page.getByRole('button', { name: 'Record the conversation' }).click();
    await page.getByRole('alert').filter({ hasText: 'date: a conversation cannot be recorded in the future' }).waitFor();
    await page.screenshot({ path: join(e2e.files, 'tokyo-tomorrow-refused.png') });

    await date.fill('2026-12-03');
    await page.getByRole('button', { name: 'Record the conversation' }).click();
    await page.getByRole('heading', { name: '2. Suggestions' }).waitFor();
    const saved = (await e2e.call('match.conversations', { repId: 'rep-0019' })).items[0];
    // Stored as the moment it was recorded: the backend's clock, started at 08:00 in Tokyo.
    expect(Date.parse(saved.date) - Date.parse(TOKYO_MORNING)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(saved.date) - Date.parse(TOKYO_MORNING)).toBeLessThan(10 * 60_000);
    // The one refusal is the backend saying no to tomorrow; nothing else went wrong.
    expect(watch.problems).toEqual([`HTTP 400: ${e2e.app.origin}/api/match.recordConversation`]);
    await context.close();
  });
});
