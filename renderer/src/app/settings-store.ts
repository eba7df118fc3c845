import { create } from 'zustand';
import type { SettingsPatch } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { api } from '../api/client';

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
      set({ settings: await api().call('settings.get'), loadError: null });
    } catch (err) {
      set({ loadError: err });
    }
  },
  async update(patch) {
    const current = get().settings;
    if (!current) throw new Error('Settings are not loaded yet.');
    const next = await api().call('settings.update', { ...patch, expectedVersion: current.version });
    set({ settings: next });
    return next;
  },
}));
