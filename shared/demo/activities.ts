/**
 * Two years of portal activity per Rep, shaped by the Rep's story: the most recent significant
 * activity falls exactly on the planned day, so activityHealth() agrees with the planned status.
 * This is the hot loop at benchmark size (200,000 rows), so it avoids per-row allocations
 * beyond the record itself.
 */
import { PASSIVE_ACTIVITY_TYPES } from '../domain/defaults';
import type { Activity, ActivityType, FunctionalArea } from '../model';
import type { Person } from './people';
import type { Story } from './plan';
import type { Rng } from './random';
import { ACTIVITY_AREAS, EVENT_SLUGS, PASSIVE_TYPE_WEIGHTS, SIGNIFICANT_TYPE_WEIGHTS } from './vocabulary';

export const DAY_MS = 86_400_000;

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();

/**
 * `new Date(ms).toISOString()` with the date part cached per day. Same output, several times faster;
 * formatting 200,000 timestamps otherwise dominates benchmark-size generation.
 */
export function isoFromMs(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  const milliText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${prefix}${TWO_DIGITS[hour]}:${TWO_DIGITS[min]}:${TWO_DIGITS[sec]}.${milliText}Z`;
}
/** The data window: activity is generated for the two years before the reference date. */
export const WINDOW_DAYS = 730;

const SIG_TYPES = SIGNIFICANT_TYPE_WEIGHTS.map((p) => p[0]);
const SIG_WEIGHTS = SIGNIFICANT_TYPE_WEIGHTS.map((p) => p[1]);
const PASSIVE_TYPES = PASSIVE_TYPE_WEIGHTS.map((p) => p[0]);
const PASSIVE_WEIGHTS = PASSIVE_TYPE_WEIGHTS.map((p) => p[1]);
const ALL_TYPES: readonly ActivityType[] = [...SIG_TYPES, ...PASSIVE_TYPES];
const TYPE_INDEX = new Map(ALL_TYPES.map((t, i) => [t, i]));
const PASSIVE: ReadonlySet<ActivityType> = new Set(PASSIVE_ACTIVITY_TYPES);
const EVENT_TYPES: ReadonlySet<ActivityType> = new Set(['event-organized', 'event-attended', 'event-report', 'budget-request']);

/** Significant types that fit each area, so a localizer's history is mostly localization. */
const TYPES_BY_AREA = new Map<FunctionalArea, ActivityType[]>();
for (const t of SIG_TYPES) {
  for (const a of ACTIVITY_AREAS[t]) {
    const list = TYPES_BY_AREA.get(a) ?? [];
    list.push(t);
    TYPES_BY_AREA.set(a, list);
  }
}

/** How busy each kind of Rep is, relative to the average. */
function activityWeight(s: Story): number {
  const w =
    s.category === 'active' ? 1.6
    : s.category === 'at-risk' ? 0.9
    : s.category === 'returned' ? 0.8
    : s.category === 're-engaging' ? 0.5
    : s.category === 'alumni' ? 0.4
    : s.variant === 'passive-only' ? 0.25
    : s.variant === 'silent' ? 0
    : 0.45;
  return s.mentor ? w * 1.4 : w;
}

/** Share of a Rep's entries that are significant (the rest are logins, newsletter reads...). */
function significantShare(s: Story): number {
  if (s.variant === 'passive-only' || s.variant === 'silent') return 0;
  return s.category === 'active' || s.category === 'returned' ? 0.75 : 0.6;
}

interface Window {
  near: number;
  far: number;
}

/** Day ranges (days before the reference date) where significant activity may fall, besides the forced ones. */
function significantWindows(s: Story): Window[] {
  const far = Math.min(WINDOW_DAYS, s.joinDays);
  if (s.lastSigDays === null) return [];
  if (s.category === 'returned' && s.lapseDays !== null) {
    return [
      { near: s.lastSigDays + 1, far: s.t.completion ?? s.lastSigDays + 1 },
      { near: s.lapseDays + 1, far },
    ];
  }
  return [{ near: s.lastSigDays + 1, far }];
}

/** Passive entries: lapsed Reps stopped everything when they went quiet; others still log in now and then. */
function passiveWindow(s: Story): Window | null {
  const far = Math.min(WINDOW_DAYS, s.joinDays);
  if (s.variant === 'silent') return null;
  if ((s.category === 'inactive' && s.variant === 'lapsed') || s.category === 'alumni') {
    return s.lastSigDays === null ? null : { near: s.lastSigDays, far };
  }
  return { near: 0, far };
}

/** Forced significant entries: the last one on the planned day (and for returned Reps, the task's deliverable). */
function forcedDays(s: Story): number[] {
  const out: number[] = [];
  if (s.lastSigDays !== null) out.push(s.lastSigDays);
  if (s.category === 'returned') {
    if (s.t.completion !== undefined && s.t.completion !== s.lastSigDays) out.push(s.t.completion);
    if (s.lapseDays !== null) out.push(s.lapseDays);
  }
  return out;
}

export interface ActivityOptions {
  refMs: number;
  perRep: number;
  makeId: (n: number) => string;
  repIds: readonly string[];
}

export interface ActivityResult {
  activities: Activity[];
  /** Per Rep, the type of their last significant activity (for status-history sentences). */
  lastSigType: (ActivityType | null)[];
  /** Per Rep, when that activity happened (epoch ms), or null. */
  lastSigMs: (number | null)[];
}

export function generateActivities(rng: Rng, people: readonly Person[], stories: readonly Story[], opts: ActivityOptions): ActivityResult {
  const { refMs } = opts;
  // Scale per-Rep counts so the total comes out near reps × perRep.
  const jitter = stories.map((s) => activityWeight(s) * rng.between(0.4, 1.6));
  const sum = jitter.reduce((a, b) => a + b, 0);
  const scale = sum > 0 ? (opts.perRep * stories.length) / sum : 0;

  const activities: Activity[] = [];
  const lastSigType: (ActivityType | null)[] = [];
  const lastSigMs: (number | null)[] = [];
  let serial = 0;

  for (let i = 0; i < stories.length; i++) {
    const s = stories[i] as Story;
    const p = people[i] as Person;
    const repId = opts.repIds[i] as string;
    const forced = forcedDays(s);
    const minCount = s.variant === 'passive-only' ? 3 : forced.length;
    const count = Math.max(minCount, Math.round(scale * (jitter[i] as number)));
    const sigWins = significantWindows(s).filter((w) => w.far >= w.near);
    const passWin = passiveWindow(s);
    const rest = count - forced.length;
    let sigExtra = sigWins.length > 0 ? Math.round(rest * significantShare(s)) : 0;
    let passive = rest - sigExtra;
    if (passWin === null || passWin.far < passWin.near) {
      sigExtra = sigWins.length > 0 ? rest : 0;
      passive = 0;
    }

    // Each entry is packed as ms * 16 + type index in one Float64Array: sorting plain numbers is far
    // cheaper than sorting objects at 200,000 rows, and the packing is exact (ms < 2^48).
    const packed = new Float64Array(forced.length + sigExtra + (passWin !== null ? passive : 0));
    let n = 0;
    // The forced entries land within their day (a few hours before the reference time of day).
    for (let k = 0; k < forced.length; k++) {
      packed[n++] = (refMs - (forced[k] as number) * DAY_MS - rng.int(0, 10 * 3600) * 1000) * 16 + sigType(rng, p);
    }
    const totalLen = sigWins.reduce((a, w) => a + (w.far - w.near + 1), 0);
    for (let k = 0; k < sigExtra; k++) {
      let r = rng.int(0, totalLen - 1);
      let day = 0;
      for (const w of sigWins) {
        const len = w.far - w.near + 1;
        if (r < len) {
          day = w.near + r;
          break;
        }
        r -= len;
      }
      packed[n++] = (refMs - day * DAY_MS - rng.int(0, 23 * 3600) * 1000) * 16 + sigType(rng, p);
    }
    if (passWin !== null) {
      for (let k = 0; k < passive; k++) {
        const day = rng.int(passWin.near, passWin.far);
        const ms = Math.min(refMs, refMs - day * DAY_MS - rng.int(0, 23 * 3600) * 1000);
        packed[n++] = ms * 16 + (TYPE_INDEX.get(rng.weighted(PASSIVE_TYPES, PASSIVE_WEIGHTS)) as number);
      }
    }
    packed.sort();

    let lastSig: ActivityType | null = null;
    let lastMs: number | null = null;
    for (const code of packed) {
      const row = { ms: Math.floor(code / 16), type: ALL_TYPES[code % 16] as ActivityType };
      serial++;
      const date = isoFromMs(row.ms);
      const areas = ACTIVITY_AREAS[row.type];
      const area = areas.length === 0 ? null : (areas.find((a) => p.areas.includes(a)) ?? (areas[0] as FunctionalArea));
      const passiveRow = PASSIVE.has(row.type);
      if (!passiveRow) {
        lastSig = row.type;
        lastMs = row.ms;
      }
      const externalNum = 100_000 + serial;
      activities.push({
        id: opts.makeId(serial),
        createdAt: date,
        updatedAt: date,
        version: 1,
        repId,
        date,
        type: row.type,
        area,
        link: passiveRow
          ? ''
          : EVENT_TYPES.has(row.type)
            ? `https://reps.mozilla.org/e/${EVENT_SLUGS[externalNum % EVENT_SLUGS.length]}-${externalNum}/`
            : `https://reps.mozilla.org/u/${p.handle}/a/${externalNum}/`,
        source: 'demo',
        externalId: `portal-${externalNum}`,
      });
    }
    lastSigType.push(lastSig);
    lastSigMs.push(lastMs);
  }
  return { activities, lastSigType, lastSigMs };
}

/** A significant type for this Rep (as its index in ALL_TYPES), leaning towards their areas. */
function sigType(rng: Rng, p: Person): number {
  if (p.areas.length > 0 && rng.chance(0.55)) {
    const fits = TYPES_BY_AREA.get(rng.pick(p.areas));
    if (fits && fits.length > 0) return TYPE_INDEX.get(rng.pick(fits)) as number;
  }
  return TYPE_INDEX.get(rng.weighted(SIG_TYPES, SIG_WEIGHTS)) as number;
}
