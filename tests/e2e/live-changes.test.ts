import { describe, expect, it } from 'vitest';
import { useRunningApp, watchPage } from './harness';

const e2e = useRunningApp();

describe('changes made elsewhere, in Chromium', () => {
  it('an engagement activated in one window moves on the board open in another within a second, without a reload', async () => {
    const board = await e2e.call('engagements.list', {});
    const proposed = board.items.find((r: { status: string }) => r.status === 'proposed') as { id: string; repName: string };
    expect(proposed).toBeDefined();

    const watching = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watchA = watchPage(watching, e2e.app.origin);
    await watching.goto(`${e2e.app.url}#/engagements`);
    const proposedList = watching.getByRole('list', { name: /^Proposed/ });
    await proposedList.getByRole('link', { name: proposed.repName }).first().waitFor();
    const activeBefore = await watching.getByRole('list', { name: /^Active/ }).getByRole('link', { name: proposed.repName }).count();

    const acting = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watchB = watchPage(acting, e2e.app.origin);
    await acting.goto(`${e2e.app.url}#/engagements/${proposed.id}`);
    const panel = acting.getByRole('complementary', { name: new RegExp(proposed.repName) });
    await panel.getByRole('button', { name: 'Activate', exact: true }).click();
    await panel.getByText('The engagement is active.').waitFor();
    const saved = performance.now();

    // The other window was not touched: it hears of the change and redraws its board.
    await watching.getByRole('list', { name: /^Active/ }).getByRole('link', { name: proposed.repName }).nth(activeBefore).waitFor({ timeout: 1_000 });
    const seenAfterMs = performance.now() - saved;
    expect(seenAfterMs).toBeLessThan(1_000);
    expect(watchA.problems).toEqual([]);
    expect(watchB.problems).toEqual([]);
  });
});
