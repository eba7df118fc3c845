import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysFromTo,
  deadlineOfDay,
  effectiveTimeZone,
  endOfDay,
  instantOfDay,
  isCalendarDate,
  isInTheFuture,
  isInThePast,
  isTimeZone,
  localDateOf,
  localDateTimeToInstant,
  startOfDay,
  todayIn,
  wallTimeToInstant,
  wholeDaysBetween,
  zoneOffsetMs,
} from '../../shared/time/calendar';

/** What Intl itself says the calendar day is, the slow way. */
function intlDate(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

const ZONES = ['UTC', 'Pacific/Auckland', 'Pacific/Chatham', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Lord_Howe', 'America/Los_Angeles', 'America/St_Johns', 'Europe/Madrid', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('calendar dates', () => {
  it('knows real calendar dates from look-alikes', () => {
    expect(isCalendarDate('2026-12-03')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2026-13-01', '2026-12-3', '2026-12-03T00:00:00Z', '']) expect(isCalendarDate(bad)).toBe(false);
  });
  it('adds and counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysFromTo('2025-12-02', '2026-12-02')).toBe(365);
    expect(daysFromTo('2026-12-02', '2026-11-30')).toBe(-2);
  });
});

describe('the user’s today', () => {
  // 08:00 on 3 December in Tokyo is still 2 December in UTC.
  const tokyoMorning = '2026-12-02T23:00:00.000Z';
  it('is the day where the user is, not the UTC day', () => {
    expect(todayIn(tokyoMorning, 'Asia/Tokyo')).toBe('2026-12-03');
    expect(todayIn(tokyoMorning, 'UTC')).toBe('2026-12-02');
    expect(todayIn(tokyoMorning, 'America/Los_Angeles')).toBe('2026-12-02');
    // Late evening in Auckland (UTC+13) on 31 December is already the new year there.
    expect(todayIn('2026-12-31T10:30:00.000Z', 'Pacific/Auckland')).toBe('2026-12-31');
    expect(todayIn('2026-12-31T11:30:00.000Z', 'Pacific/Auckland')).toBe('2027-01-01');
  });
  it('refuses only days after it: today is never the future, tomorrow always is', () => {
    expect(isInTheFuture('2026-12-03', tokyoMorning, 'Asia/Tokyo')).toBe(false);
    expect(isInTheFuture('2026-12-04', tokyoMorning, 'Asia/Tokyo')).toBe(true);
    expect(isInTheFuture('2026-12-03', tokyoMorning, 'America/Los_Angeles')).toBe(true);
    expect(isInThePast('2026-12-02', tokyoMorning, 'Asia/Tokyo')).toBe(true);
    expect(isInThePast('2026-12-03', tokyoMorning, 'Asia/Tokyo')).toBe(false);
  });
  it('compares an instant with now, not with today', () => {
    expect(isInTheFuture('2026-12-02T23:00:01.000Z', tokyoMorning, 'Asia/Tokyo')).toBe(true);
    expect(isInTheFuture('2026-12-03T07:59:00+09:00', tokyoMorning, 'Asia/Tokyo')).toBe(false);
  });
  it('falls back to the machine’s zone when none is chosen or the chosen one is unknown', () => {
    const machine = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(effectiveTimeZone(null)).toBe(machine);
    expect(effectiveTimeZone('Mars/Olympus_Mons')).toBe(machine);
    expect(effectiveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('instants for typed days', () => {
  const now = '2026-12-02T23:00:00.000Z';
  it('stores today as now and another day as its local noon', () => {
    expect(instantOfDay('2026-12-03', now, 'Asia/Tokyo')).toBe(now);
    expect(instantOfDay('2026-11-30', now, 'Asia/Tokyo')).toBe('2026-11-30T03:00:00.000Z');
    expect(localDateOf(instantOfDay('2026-11-30', now, 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('2026-11-30');
    expect(instantOfDay('2026-11-30T10:00:00+01:00', now, 'Asia/Tokyo')).toBe('2026-11-30T09:00:00.000Z');
  });
  it('starts and ends a day at local midnights, and a deadline one minute before the end', () => {
    expect(startOfDay('2026-11-01', 'Asia/Kolkata')).toBe('2026-10-31T18:30:00.000Z');
    expect(endOfDay('2026-11-01', 'Asia/Kolkata')).toBe('2026-11-01T18:30:00.000Z');
    expect(deadlineOfDay('2026-12-11', 'America/Los_Angeles')).toBe('2026-12-12T07:59:00.000Z');
    expect(localDateOf(deadlineOfDay('2026-12-11', 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('2026-12-11');
  });
  it('reads wall-clock times through summer-time changes', () => {
    // Los Angeles springs forward at 02:00 on 8 March 2026: 02:30 does not exist and becomes 03:30.
    expect(wallTimeToInstant('2026-03-08', 2, 30, 'America/Los_Angeles')).toBe('2026-03-08T10:30:00.000Z');
    expect(wallTimeToInstant('2026-03-08', 3, 30, 'America/Los_Angeles')).toBe('2026-03-08T10:30:00.000Z');
    // It falls back at 02:00 on 1 November: 01:30 happens twice; the first is meant.
    expect(wallTimeToInstant('2026-11-01', 1, 30, 'America/Los_Angeles')).toBe('2026-11-01T08:30:00.000Z');
    // Lord Howe moves by half an hour.
    expect(wallTimeToInstant('2026-10-04', 3, 0, 'Australia/Lord_Howe')).toBe('2026-10-03T16:00:00.000Z');
  });
  it('reads a datetime-local field in the user’s zone', () => {
    expect(localDateTimeToInstant('2026-12-03T08:00', 'Asia/Tokyo')).toBe('2026-12-02T23:00:00.000Z');
    for (const bad of ['2026-02-30T10:00', '2026-12-03T24:00', '2026-12-03 08:00', 'soon']) expect(localDateTimeToInstant(bad, 'Asia/Tokyo')).toBeNull();
  });
});

describe('whole days in a zone', () => {
  it('counts calendar days, so late one evening to early next morning is one day', () => {
    expect(wholeDaysBetween('2026-12-01T23:00:00.000Z', '2026-12-02T01:00:00.000Z', 'UTC')).toBe(1);
    expect(wholeDaysBetween('2026-12-01T01:00:00.000Z', '2026-12-01T23:00:00.000Z', 'UTC')).toBe(0);
    // The same two instants are on one Tokyo day.
    expect(wholeDaysBetween('2026-12-01T16:00:00.000Z', '2026-12-02T14:00:00.000Z', 'Asia/Tokyo')).toBe(0);
    expect(wholeDaysBetween('2026-12-05T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'UTC')).toBe(0);
  });
  it('counts a year across a change to summer time as 365 days', () => {
    expect(wholeDaysBetween('2025-12-02T20:00:00.000Z', '2026-12-02T20:00:00.000Z', 'Europe/Madrid')).toBe(365);
  });
  it('agrees with Intl on the calendar day of any instant in any zone (the offset cache is exact)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(localDateOf(ms, zone)).toBe(intlDate(ms, zone));
        // Asked twice, the cached answer is the same as the first.
        expect(localDateOf(ms, zone)).toBe(intlDate(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });
  it('is exact in the hour of a change, on both sides of it', () => {
    const change = Date.parse('2026-03-29T01:00:00.000Z'); // Madrid: 02:00 CET becomes 03:00 CEST
    expect(zoneOffsetMs(change - 1, 'Europe/Madrid')).toBe(3_600_000);
    expect(zoneOffsetMs(change, 'Europe/Madrid')).toBe(7_200_000);
    expect(zoneOffsetMs(change - 1, 'Europe/Madrid')).toBe(3_600_000);
  });
});
