import { create } from 'zustand';
import type { Clock } from '../../../shared/api';
import { localDateTimeToInstant, systemTimeZone } from '../../../shared/time/calendar';
import { api } from '../api/client';

/**
 * The backend's clock, which is the only clock: "today" and the user's time zone come from here,
 * never from the browser's `Date`, so a default on screen and the rule that checks it agree (and
 * tests that fix the backend's clock fix the screens too). Refreshed with the settings, every
 * minute and when the window comes back, so "today" rolls over at the user's midnight.
 */
interface ClockState {
  clock: Clock | null;
  refresh(): Promise<void>;
}

export const useClock = create<ClockState>((set) => ({
  clock: null,
  async refresh() {
    try {
      set({ clock: await api().call('system.clock') });
    } catch {
      // The settings load reports a backend that does not answer; the last clock stays meanwhile.
    }
  },
}));

/** The user's today (YYYY-MM-DD), or '' before the clock has been read. */
export function useToday(): string {
  return useClock((s) => s.clock?.today ?? '');
}

/** The zone the user's dates are shown and read in; the browser's until the clock is read. */
export function currentTimeZone(): string {
  return useClock.getState().clock?.timeZone ?? systemTimeZone();
}

export function useTimeZone(): string {
  return useClock((s) => s.clock?.timeZone) ?? systemTimeZone();
}

/**
 * A date-time-local input's value (a wall-clock time in the user's zone) as an ISO instant, or
 * null when empty or invalid.
 */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  return localDateTimeToInstant(value, currentTimeZone());
}
