/**
 * Rekindle's rules of time, in one place (see DESIGN.md, "Time").
 *
 * - The backend's clock is the only clock: every function here takes `now` as an argument.
 * - An *instant* (createdAt, an audit time, an orientation call's start) is a UTC ISO string,
 *   shown in the viewer's time zone.
 * - A *calendar date* a person types (a conversation's day, a meeting day, a due date) is
 *   `YYYY-MM-DD` in that person's time zone. "Not in the future" means "not after today where the
 *   user is", never a comparison of a date with an instant.
 * - Status thresholds ("inactive after 365 days") count whole calendar days in the community's
 *   reference time zone, so every machine of one community agrees on a Rep's status.
 *
 * Pure: Intl only, no I/O.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** `YYYY-MM-DD`, a day on the calendar rather than a moment. */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether `text` is a real calendar date (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(zone, f);
  }
  return f;
}

/** Whether `zone` is an IANA time zone this runtime knows ("Asia/Tokyo", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

let machineZone: string | undefined;

/** The time zone of the machine this runs on, for a user who has not chosen one (read once). */
export function systemTimeZone(): string {
  if (machineZone === undefined) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    machineZone = zone && isTimeZone(zone) ? zone : 'UTC';
  }
  return machineZone;
}

/** The zone a person's dates are in: the one they chose, else the machine's. */
export function effectiveTimeZone(chosen: string | null | undefined): string {
  return chosen && isTimeZone(chosen) ? chosen : systemTimeZone();
}

function exactOffset(ms: number, zone: string): number {
  const p: Record<string, number> = {};
  for (const part of zoneFormat(zone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * Offsets by zone and hour. An offset changes only at a transition, and transitions fall on whole
 * minutes at most once an hour, so an hour whose two ends agree has one offset throughout; an hour
 * with a transition inside is computed exactly each time. Building a Rep list asks per Rep, and
 * Intl is far slower than a Map.
 */
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at that instant, in milliseconds (Tokyo: +9 h). */
export function zoneOffsetMs(ms: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let byHour = offsetCache.get(zone);
  if (!byHour) offsetCache.set(zone, (byHour = new Map()));
  const hour = Math.floor(ms / HOUR_MS);
  const cached = byHour.get(hour);
  if (cached !== undefined) return cached;
  const start = exactOffset(hour * HOUR_MS, zone);
  const end = exactOffset((hour + 1) * HOUR_MS - 1, zone);
  if (start !== end) return exactOffset(ms, zone);
  if (byHour.size > 100_000) byHour.clear();
  byHour.set(hour, start);
  return start;
}

/** Days since 1970-01-01 of the calendar day the instant falls on in that zone. */
export function dayNumber(ms: number, zone: string): number {
  return Math.floor((ms + zoneOffsetMs(ms, zone)) / DAY_MS);
}

function dateOfDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dayNumberOfDate(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
}

/** The calendar day an instant falls on in that zone. */
export function localDateOf(instant: string | number, zone: string): CalendarDate {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return dateOfDayNumber(dayNumber(ms, zone));
}

/** Today where the person is, by the backend's clock. */
export function todayIn(now: string, zone: string): CalendarDate {
  return localDateOf(now, zone);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumberOfDate(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFromTo(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOfDate(to) - dayNumberOfDate(from);
}

/**
 * Whole days from one instant to another, counted on the calendar of `zone`: from 23:00 one day to
 * 01:00 the next is one day. Never negative: something dated later than `to` counts as that day.
 */
export function wholeDaysBetween(from: string | number, to: string | number, zone: string): number {
  const a = typeof from === 'number' ? from : Date.parse(from);
  const b = typeof to === 'number' ? to : Date.parse(to);
  return Math.max(0, dayNumber(b, zone) - dayNumber(a, zone));
}

/**
 * The instant a wall-clock time on a calendar day has in that zone. A time skipped by a change to
 * summer time is read as the same time in the offset before the change (02:30 becomes 03:30);
 * a time that happens twice is the first.
 */
export function wallTimeToInstant(date: CalendarDate, hours: number, minutes: number, zone: string): string {
  const wall = dayNumberOfDate(date) * DAY_MS + hours * HOUR_MS + minutes * 60_000;
  // Offsets lie within ±14 h, so these two instants bracket the one we want, and their offsets
  // are the zone's offset before and after any change near it.
  const before = zoneOffsetMs(wall - 14 * HOUR_MS, zone);
  const after = zoneOffsetMs(wall + 14 * HOUR_MS, zone);
  // Try the earlier offset first, so of two readings of a repeated hour the first wins.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const ms = wall - offset;
    if (zoneOffsetMs(ms, zone) === offset) return new Date(ms).toISOString();
  }
  return new Date(wall - before).toISOString();
}

/** The first instant of that calendar day in that zone. */
export function startOfLocalDay(date: CalendarDate, zone: string): string {
  return wallTimeToInstant(date, 0, 0, zone);
}

/**
 * A `datetime-local` field's value ("2026-12-03T08:00") read in the person's zone; null when it is
 * not a real date and time.
 */
export function localDateTimeToInstant(value: string, zone: string): string | null {
  const m = LOCAL_DATE_TIME_RE.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (!isCalendarDate(date) || hours > 23 || minutes > 59) return null;
  return wallTimeToInstant(date, hours, minutes, zone);
}

// ------------------------------------------------------------------------------------------------
// Dates people type
// ------------------------------------------------------------------------------------------------

/** What a date field of the API takes: a calendar date in the user's zone, or an exact instant. */
export type DayOrInstant = string;

/** Whether a typed date (or instant) is later than today where the user is (or than now). */
export function isInTheFuture(value: DayOrInstant, now: string, zone: string): boolean {
  if (isCalendarDate(value)) return value > todayIn(now, zone);
  return Date.parse(value) > Date.parse(now);
}

/** Whether a typed date (or instant) is before today where the user is (or before now). */
export function isInThePast(value: DayOrInstant, now: string, zone: string): boolean {
  if (isCalendarDate(value)) return value < todayIn(now, zone);
  return Date.parse(value) < Date.parse(now);
}

/**
 * The instant stored for something that happened on a typed day: now when it is today, so the
 * day's records keep their order, else noon of that day where the user is — the instant furthest
 * from either midnight, so the day stays the same for anyone within eleven hours of them.
 */
export function instantOfDay(value: DayOrInstant, now: string, zone: string): string {
  if (!isCalendarDate(value)) return new Date(value).toISOString();
  return value === todayIn(now, zone) ? now : wallTimeToInstant(value, 12, 0, zone);
}

/** The start of a typed day where the user is ("outcomes since 1 November"). */
export function startOfDay(value: DayOrInstant, zone: string): string {
  return isCalendarDate(value) ? startOfLocalDay(value, zone) : new Date(value).toISOString();
}

/** The first instant after a typed day where the user is ("up to and including 30 November"). */
export function endOfDay(value: DayOrInstant, zone: string): string {
  return isCalendarDate(value) ? startOfLocalDay(addDays(value, 1), zone) : new Date(value).toISOString();
}

/** A deadline on a typed day: one minute before its midnight where the user is. */
export function deadlineOfDay(value: DayOrInstant, zone: string): string {
  return isCalendarDate(value) ? wallTimeToInstant(value, 23, 59, zone) : new Date(value).toISOString();
}
