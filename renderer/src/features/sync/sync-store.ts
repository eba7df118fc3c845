import { useEffect } from 'react';
import { create } from 'zustand';
import type { Input, SyncConflict, SyncStatus } from '../../../../shared/api';
import { api } from '../../api/client';
import { useChanges } from '../../app/changes-store';
import { useSettings } from '../../app/settings-store';

/**
 * The community sync's state as the backend reports it (`sync.status`). The password never lives
 * here: `connect` passes it straight through to the backend and keeps nothing.
 */
interface SyncStoreState {
  status: SyncStatus | null;
  refresh(): Promise<void>;
  connect(input: Input<'sync.connect'>): Promise<SyncStatus>;
  disconnect(): Promise<SyncStatus>;
  conflicts(): Promise<SyncConflict[]>;
  resolve(input: Input<'sync.resolve'>): Promise<void>;
}

let inFlight: Promise<void> | null = null;
let again = false;

export const useSync = create<SyncStoreState>((set, get) => ({
  status: null,
  async refresh() {
    // One call at a time; a request while one runs asks once more after it, so the last change is seen.
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        again = false;
        try {
          set({ status: await api().call('sync.status') });
        } catch {
          // The header is not where failed calls are reported (the screens report theirs); keep the last state.
        }
      } while (again);
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  },
  async connect(input) {
    try {
      const status = await api().call('sync.connect', input);
      set({ status });
      return status;
    } finally {
      // Connecting sets who the user is (name and role from the server); a refusal may have changed nothing.
      await Promise.all([useSettings.getState().load(), get().refresh()]);
    }
  },
  async disconnect() {
    const status = await api().call('sync.disconnect');
    set({ status });
    await useSettings.getState().load();
    return status;
  },
  async conflicts() {
    return (await api().call('sync.conflicts')).items;
  },
  async resolve(input) {
    await api().call('sync.resolve', input);
    await get().refresh();
  },
}));

/** While connected, how often the header asks again: being offline or a first sync's progress makes no change event. */
export const POLL_MS = 3_000;

/**
 * Keeps `sync.status` current (the app frame uses it once): asked at start, again whenever the
 * change feed (`system.changes`) reports anything (a local change is a pending one, a change from
 * the server means it arrived), and every few seconds while connected to a community.
 */
export function useFollowSync(): void {
  const community = useSync((s) => s.status?.mode === 'community');
  useEffect(() => {
    void useSync.getState().refresh();
    return useChanges.subscribe(() => void useSync.getState().refresh());
  }, []);
  useEffect(() => {
    if (!community) return;
    const timer = setInterval(() => void useSync.getState().refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [community]);
}
