import { create } from 'zustand';
import type { SettingsPatch } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { api } from '../api/client';
import { useClock } from './clock-store';

interface SettingsState {
  settings: Settings | null;
  loadError: unknown;
  load(): Promise<void>;
  /** Saves a change against the version on screen; a stale edit rejects with a CONFLICT error. */
  update(patch: Omit<SettingsPatch, 'expectedVersion'>): Promise<Settings>;
}

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  loadError: null,
  async load() {
    try {
      // The clock first, so no screen that waits for settings renders a default without it.
      await useClock.getState().refresh();
      set({ settings: await api().call('settings.get'), loadError: null });
    } catch (err) {
      set({ loadError: err });
    }
  },
  async update(patch) {
    const current = get().settings;
    if (!current) throw new Error('Settings are not loaded yet.');
    const next = await api().call('settings.update', { ...patch, expectedVersion: current.version });
    // A new time zone moves "today".
    if (patch.timeZone !== undefined || patch.communityTimeZone !== undefined) await useClock.getState().refresh();
    set({ settings: next });
    return next;
  },
}));
