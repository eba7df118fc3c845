/**
 * UTC offsets of IANA zones at a given instant, through Intl only (pure, no clock): the same zone and
 * instant always give the same offset, and daylight saving time follows the reference date.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
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
    } catch {
      f = null; // not an IANA zone this runtime knows
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC (Madrid in winter: 60), or null when the zone is unknown. */
export function utcOffsetMinutes(zone: string, atMs: number): number | null {
  const f = formatterFor(zone);
  if (!f || !Number.isFinite(atMs)) return null;
  const part: Record<string, number> = {};
  for (const p of f.formatToParts(atMs)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return Math.round((wall - Math.floor(atMs / 1000) * 1000) / 60_000);
}

/** Hours of a 09:00–21:00 local day that two people share, given their offsets (0–12). */
export const DAYTIME_HOURS = 12;
export function sharedDaytimeHours(offsetA: number, offsetB: number): { apart: number; shared: number } {
  const diff = Math.abs(offsetA - offsetB) % 1440;
  const apart = Math.min(diff, 1440 - diff) / 60;
  return { apart, shared: Math.max(0, DAYTIME_HOURS - apart) };
}
