/**
 * UTC offsets of IANA zones at a given instant, through Intl only (pure, no clock): the same zone and
 * instant always give the same offset, and daylight saving time follows the reference date.
 */
import { isTimeZone, zoneOffsetMs } from '../time/calendar';

/** Minutes east of UTC (Madrid in winter: 60), or null when the zone is unknown. */
export function utcOffsetMinutes(zone: string, atMs: number): number | null {
  if (!Number.isFinite(atMs) || !isTimeZone(zone)) return null;
  return Math.round(zoneOffsetMs(atMs, zone) / 60_000);
}

/** Hours of a 09:00–21:00 local day that two people share, given their offsets (0–12). */
export const DAYTIME_HOURS = 12;
export function sharedDaytimeHours(offsetA: number, offsetB: number): { apart: number; shared: number } {
  const diff = Math.abs(offsetA - offsetB) % 1440;
  const apart = Math.min(diff, 1440 - diff) / 60;
  return { apart, shared: Math.max(0, DAYTIME_HOURS - apart) };
}
