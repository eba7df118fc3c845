import { create } from 'zustand';
import type { Today } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';

interface TodayState {
  today: Today | null;
  load(): Promise<void>;
}

export const useToday = create<TodayState>((set) => ({
  today: null,
  async load() {
    const today = await attempt(() => api().call('today.get'));
    if (today) set({ today });
  },
}));
