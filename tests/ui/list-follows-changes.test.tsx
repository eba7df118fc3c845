import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useErrors } from '../../renderer/src/app/errors-store';
import { useSettings } from '../../renderer/src/app/settings-store';
import { useReps } from '../../renderer/src/features/reps/reps-store';
import { rep, smallCommunity } from '../support/fixtures';
import { connectRealBackend } from '../support/ui-backend';

/** The small community plus enough Reps that the list holds more than one page (200 rows). */
function longCommunity() {
  const base = smallCommunity();
  const more = Array.from({ length: 450 }, (_, i) => rep(`rep-${String(i).padStart(3, '0')}`, { name: `Zed ${String(i).padStart(3, '0')}` }));
  return { ...base, reps: [...(base.reps ?? []), ...more] };
}

let conn: Awaited<ReturnType<typeof connectRealBackend>>;
beforeEach(async () => {
  useSettings.setState({ settings: null, loadError: null });
  useReps.setState({ items: [], total: 0, detail: null, filters: { search: '', status: [], sort: 'name', descending: false } });
  useErrors.setState({ errors: [] });
  conn = await connectRealBackend(longCommunity);
});
afterEach(async () => conn.close());

describe('a list follows changes made elsewhere', () => {
  it('updates the changed row in place, keeping the rows loaded, the scroll position and the selection', async () => {
    window.location.hash = '#/reps/rep-300';
    render(<App />);
    await waitFor(() => expect(useReps.getState().items.length).toBeGreaterThan(0));
    // The user scrolled down: two pages are loaded and the list is scrolled well past the first.
    await useReps.getState().loadMore();
    expect(useReps.getState().items).toHaveLength(400);
    const scroller = document.querySelector('.table-scroll') as HTMLElement;
    scroller.scrollTop = 9_000;

    // Another window renames the first Rep of the list.
    const ana = conn.backend.store.collections.reps.require('mentor-1');
    const r = await conn.backend.dispatch('reps.update', { id: 'mentor-1', expectedVersion: ana.version, changes: { name: 'Ana Elsewhere' } });
    expect(r.ok).toBe(true);

    await waitFor(() => expect(useReps.getState().items.find((x) => x.id === 'mentor-1')?.name).toBe('Ana Elsewhere'), { timeout: 3_000 });
    expect(useReps.getState().items).toHaveLength(400);
    expect(scroller.scrollTop).toBe(9_000);
    expect(window.location.hash).toBe('#/reps/rep-300');
    expect(await screen.findByRole('heading', { name: 'Zed 300' })).toBeInTheDocument();
  });

  it('fetches the next page the user scrolled to even when a refresh was running at that moment', async () => {
    await useReps.getState().reload();
    expect(useReps.getState().items).toHaveLength(200);
    // A change arrives (refresh) just as the list reaches its end (loadMore): the screen asks only
    // once, since the scroll position does not move again.
    const refreshing = useReps.getState().refresh();
    await useReps.getState().loadMore();
    await refreshing;
    await waitFor(() => expect(useReps.getState().items).toHaveLength(400));
    expect(useReps.getState().loading).toBe(false);
  });
});
