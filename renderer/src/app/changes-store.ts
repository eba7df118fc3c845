import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { Changes } from '../../../shared/api';
import { api } from '../api/client';

/**
 * Follows the backend's changes (`system.changes`, long polling over IPC or the HTTP bridge), so an
 * open screen shows a change made in another window, by a background job or, with sync, on
 * another machine, without a reload. Each collection has a revision that grows when one of its
 * records changes; a screen lists the collections it shows and reloads when their sum moves.
 */
interface ChangesState {
  revisions: Record<string, number>;
  /** Grows on a reset: everything may have changed. */
  resets: number;
  bump(collections: readonly string[]): void;
  reset(): void;
}

export const useChanges = create<ChangesState>((set) => ({
  revisions: {},
  resets: 0,
  bump(collections) {
    set((s) => {
      const revisions = { ...s.revisions };
      for (const c of collections) revisions[c] = (revisions[c] ?? 0) + 1;
      return { revisions };
    });
  },
  reset() {
    set((s) => ({ resets: s.resets + 1 }));
  },
}));

/** A number that changes whenever a record of one of these collections changes. */
export function useChangeRevision(...collections: string[]): number {
  return useChanges((s) => collections.reduce((sum, c) => sum + (s.revisions[c] ?? 0), s.resets));
}

/**
 * Calls `refresh` whenever a record of one of these collections changes after the screen loaded
 * (not on mount: the screen loads itself). Lists pass their `refresh`, which keeps the scroll
 * position and the selection.
 */
export function useRefreshOnChange(refresh: () => void, ...collections: string[]): void {
  const revision = useChangeRevision(...collections);
  const seen = useRef(revision);
  useEffect(() => {
    if (revision === seen.current) return;
    seen.current = revision;
    refresh();
  }, [revision, refresh]);
}

const RETRY_MS = 2_000;
const QUIET_MS = 250;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps following changes while mounted (the app frame uses it once). */
export function useFollowChanges(): void {
  useEffect(() => {
    let running = true;
    void (async () => {
      let after: number | null = null;
      while (running) {
        try {
          // The first call only learns where the feed is: what happened before the screens loaded is in them.
          const r: Changes = await api().call('system.changes', { after: after ?? 0, waitMs: after === null ? 0 : 25_000 });
          if (!running) break;
          if (after !== null) {
            if (r.reset) useChanges.getState().reset();
            else if (r.changes.length) useChanges.getState().bump([...new Set(r.changes.map((c) => c.collection))]);
          }
          after = r.seq;
          // Nothing new (a wait ran out, or a closing backend answered at once): pause before asking
          // again, so a backend that cannot wait never turns this into a busy loop.
          if (!r.reset && r.changes.length === 0) await pause(QUIET_MS);
        } catch {
          // The backend is restarting or unreachable: the screens report their own calls; try again soon.
          await pause(RETRY_MS);
        }
      }
    })();
    return () => {
      running = false;
    };
  }, []);
}
