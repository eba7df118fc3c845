import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

describe('the match session, in Chromium', () => {
  it('from the mentor’s Today view: Raúl, who reported bullying and speaks only Spanish, gets solo or light work with a Spanish-speaking coach outside the team he named', async () => {
    // The demo user is Raúl's mentor, Nuria Navarro.
    const s = await e2e.call('settings.get');
    await e2e.call('settings.update', { expectedVersion: s.version, currentUser: { ...s.currentUser, name: 'Nuria Navarro', role: 'mentor', repId: 'rep-0003' } });

    const page = await e2e.browser.newPage({ viewport: { width: 1366, height: 1000 } });
    const watch = watchPage(page, e2e.app.origin);
    await page.goto(e2e.app.url);
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('link', { name: 'Start a match session with Raúl López' }).click();
    await page.getByRole('heading', { name: /Match session with Raúl López/ }).waitFor();
    expect(page.url()).toContain('#/match/rep-0019');

    // The conversation, by keyboard where it matters.
    const bullying = page.getByRole('checkbox', { name: /Bullying or toxicity/ });
    await bullying.focus();
    await page.keyboard.press('Space');
    await page.getByRole('combobox', { name: 'Severity for Bullying or toxicity' }).selectOption('3');
    await page.getByRole('textbox', { name: /Confidential note on Bullying or toxicity/ }).fill('Belittling comments in the Madrid events chat.');
    await page.getByRole('combobox', { name: 'Wants to continue' }).selectOption('yes');
    await page.getByRole('spinbutton', { name: 'Hours per month available' }).fill('4');
    await page.getByRole('textbox', { name: /Interests/ }).fill('localization, writing');
    await page.getByRole('listbox', { name: 'Teams to avoid' }).selectOption('Events team Madrid');
    await page.getByRole('checkbox', { name: /agrees to share/ }).check();
    await page.getByRole('textbox', { name: /^Confidential notes/ }).fill('Spoke in Spanish; prefers quiet work.');
    await page.getByRole('button', { name: 'Record the conversation' }).click();

    const list = page.getByRole('list', { name: '2. Suggestions' });
    await list.waitFor();
    const cards = list.locator(':scope > li');
    const n = await cards.count();
    expect(n).toBeGreaterThan(0);
    const coaches = (await e2e.call('match.start', { repId: 'rep-0019' })).coaches as { id: string; name: string; teams: string[] }[];
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      expect(await card.locator('.match-level').innerText()).toMatch(/^(Solo task|Light interaction)$/);
      await expect(card.getByText('speaks es')).toBeTruthy();
      expect(await card.getByText('speaks es').count()).toBe(1);
      const title = await card.locator('h3').innerText();
      const coach = coaches.find((c) => title.endsWith(` with ${c.name}`))!;
      expect(coach.teams).not.toContain('Events team Madrid');
      expect(await card.innerText()).toMatch(/matches interests|no stated interest/);
    }
    await page.getByRole('combobox', { name: 'Coach' }).selectOption({ label: 'Lucía Fernández' });
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByText('the coach belongs to Events team Madrid, a team the Rep asked to avoid').waitFor();
    await page.getByRole('heading', { name: '2. Suggestions' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshot-match.png'), fullPage: false });

    const chosenTitle = await cards.first().locator('h3').innerText();
    await cards.first().getByRole('button', { name: /^Choose / }).click();
    await page.getByRole('heading', { name: 'Proposed engagement created' }).waitFor();

    // The proposed engagement, through the API (the Engagements screen is someone else's).
    const board = await e2e.call('engagements.list', {});
    const mine = board.items.filter((e: any) => e.repId === 'rep-0019' && e.status === 'proposed');
    expect(mine).toHaveLength(1);
    expect(chosenTitle).toContain(mine[0].taskTitle);
    expect(chosenTitle).toContain(mine[0].coachName);
    const link = page.getByRole('link', { name: 'Open the proposed engagement' });
    expect(await link.getAttribute('href')).toBe(`#/engagements/${mine[0].id}`);
    const rep = (await e2e.call('reps.get', { id: 'rep-0019' })).rep;
    expect(rep.status).toBe('re-engaging');
    expect(watch.problems).toEqual([]);
  });
});
