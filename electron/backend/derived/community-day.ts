import { todayIn } from '../../../shared/time/calendar';

/** How often the clock looks at the community's calendar: a date format, so every minute costs nothing. */
export const DAY_CHECK_MS = 60_000;

/**
 * Raises the community's day change. Statuses count whole days on the community's calendar
 * (settings.communityTimeZone), so they move only when its day turns; a small timer looks at the
 * backend's clock (injected, so tests run under fixed clocks) and calls `onTurn` once per new day.
 * The day the backend starts on is the baseline: what a start needs is done by the start itself.
 */
export class CommunityDay {
  private day: string;
  private readonly timer: ReturnType<typeof setInterval>;
  private turning: Promise<void> = Promise.resolve();

  constructor(
    private readonly today: () => string,
    private readonly onTurn: (day: string, previous: string) => Promise<void>,
    everyMs = DAY_CHECK_MS,
  ) {
    this.day = today();
    this.timer = setInterval(() => void this.check(), everyMs);
    this.timer.unref?.();
  }

  /** Looks now; resolves when a day change it found has been handled. */
  check(): Promise<void> {
    const day = this.today();
    if (day !== this.day) {
      const previous = this.day;
      this.day = day;
      this.turning = this.turning.then(() => this.onTurn(day, previous));
    }
    return this.turning;
  }

  /** Stops looking; resolves once a day change under way is handled. */
  stop(): Promise<void> {
    clearInterval(this.timer);
    return this.turning;
  }
}

export function communityToday(now: () => string, zone: () => string): () => string {
  return () => todayIn(now(), zone());
}
