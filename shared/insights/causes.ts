/**
 * Leading causes of attrition: the reasons recorded for Reps who went inactive or became alumni in
 * the date range, overall, by quarter, by region (country) and by functional area.
 *
 * Attribution rules (the study's report states them):
 * - A Rep counts once per range, dated at their first move to inactive or alumni inside it.
 * - Their reasons are the categories recorded in any conversation of the same episode: from the
 *   last time they became active or returned before that move, until they next became active or
 *   returned (or now). A conversation from an earlier lapse does not explain this one.
 * - A Rep with several reasons counts once for each distinct reason, so counts sum to the number of
 *   reason mentions, not of Reps; `share` is of mentions (sums to 1), `repShare` of Reps lost.
 * - A Rep with no recorded reason counts as 'unknown'.
 * - By area, a Rep counts in each of their areas (a Rep with no area counts under 'none').
 */
import type { Rep } from '../model';
import { isSmallSample } from './stats';
import { quarterKey, type StudyIndex } from './data';

export const UNKNOWN_REASON = 'unknown';
export const NO_AREA = 'none';

export interface AttritionEvent {
  repId: string;
  at: string;
  /** The last of the two statuses the Rep reached inside the range. */
  became: 'inactive' | 'alumni';
  reasons: string[];
  region: string;
  areas: string[];
}

export interface CauseRow {
  reason: string;
  /** Reps lost in the group who had this reason. */
  reps: number;
  /** reps / mentions in the group. */
  share: number;
  /** reps / Reps lost in the group (a Rep with several reasons is in several rows). */
  repShare: number;
}

export interface CauseGroup {
  key: string;
  repsLost: number;
  mentions: number;
  reasons: CauseRow[];
  smallSample: boolean;
}

export interface CausesResult {
  repsLost: number;
  wentInactive: number;
  becameAlumni: number;
  /** Reps lost with at least one recorded reason. */
  withReason: number;
  mentions: number;
  reasons: CauseRow[];
  byQuarter: CauseGroup[];
  byRegion: CauseGroup[];
  byArea: CauseGroup[];
  smallSample: boolean;
}

const LOST = new Set(['inactive', 'alumni']);
const BACK = new Set(['active', 'returned']);

/** The Rep's attrition event in [fromMs, toMs), or null. */
export function attritionEvent(rep: Rep, index: StudyIndex): AttritionEvent | null {
  const { fromMs, toMs, nowMs } = index.window;
  const history = [...rep.statusHistory].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = history.findIndex((h) => LOST.has(h.to) && Date.parse(h.at) >= fromMs && Date.parse(h.at) < toMs);
  if (first < 0) return null;
  let became = history[first]!.to as AttritionEvent['became'];
  let startMs = -Infinity;
  for (let i = first - 1; i >= 0; i--) {
    if (BACK.has(history[i]!.to)) {
      startMs = Date.parse(history[i]!.at);
      break;
    }
  }
  let endMs = nowMs;
  for (let i = first + 1; i < history.length; i++) {
    const ms = Date.parse(history[i]!.at);
    if (BACK.has(history[i]!.to)) {
      endMs = Math.min(endMs, ms);
      break;
    }
    if (ms < toMs && LOST.has(history[i]!.to)) became = history[i]!.to as AttritionEvent['became'];
  }
  const reasons = new Set<string>();
  for (const c of index.conversations.get(rep.id) ?? []) {
    const ms = Date.parse(c.date);
    if (ms < startMs || ms > endMs) continue;
    for (const r of c.reasons) reasons.add(r.category);
  }
  if (reasons.size === 0) reasons.add(UNKNOWN_REASON);
  return { repId: rep.id, at: history[first]!.at, became, reasons: [...reasons].sort(), region: rep.country, areas: rep.areas.length ? [...rep.areas] : [NO_AREA] };
}

function group(key: string, events: readonly AttritionEvent[]): CauseGroup {
  const counts = new Map<string, number>();
  let mentions = 0;
  for (const e of events) {
    for (const r of e.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    mentions += e.reasons.length;
  }
  const reasons = [...counts]
    .map(([reason, reps]) => ({ reason, reps, share: reps / mentions, repShare: reps / events.length }))
    .sort((a, b) => b.reps - a.reps || a.reason.localeCompare(b.reason));
  return { key, repsLost: events.length, mentions, reasons, smallSample: isSmallSample(events.length) };
}

function groupsOf(events: readonly AttritionEvent[], keys: (e: AttritionEvent) => readonly string[], order?: readonly string[]): CauseGroup[] {
  const buckets = new Map<string, AttritionEvent[]>((order ?? []).map((k) => [k, []]));
  for (const e of events) {
    for (const k of keys(e)) {
      const list = buckets.get(k);
      if (list) list.push(e);
      else buckets.set(k, [e]);
    }
  }
  const groups = [...buckets].map(([k, es]) => group(k, es));
  return order ? groups : groups.sort((a, b) => b.repsLost - a.repsLost || a.key.localeCompare(b.key));
}

/** Every quarter that overlaps [fromMs, toMs), so empty quarters show as zero rather than vanish. */
function quartersIn(fromMs: number, toMs: number): string[] {
  const out: string[] = [];
  const d = new Date(fromMs);
  for (let y = d.getUTCFullYear(), q = Math.floor(d.getUTCMonth() / 3); Date.UTC(y, q * 3, 1) < toMs; q === 3 ? ((q = 0), y++) : q++) {
    out.push(`${y}-Q${q + 1}`);
  }
  return out;
}

export function computeCauses(index: StudyIndex): CausesResult {
  const events = index.reps.map((r) => attritionEvent(r, index)).filter((e): e is AttritionEvent => e !== null);
  const all = group('all', events);
  return {
    repsLost: events.length,
    wentInactive: events.filter((e) => e.became === 'inactive').length,
    becameAlumni: events.filter((e) => e.became === 'alumni').length,
    withReason: events.filter((e) => !(e.reasons.length === 1 && e.reasons[0] === UNKNOWN_REASON)).length,
    mentions: all.mentions,
    reasons: all.reasons,
    byQuarter: groupsOf(events, (e) => [quarterKey(Date.parse(e.at))], quartersIn(index.window.fromMs, index.window.toMs)),
    byRegion: groupsOf(events, (e) => [e.region]),
    byArea: groupsOf(events, (e) => e.areas),
    smallSample: isSmallSample(events.length),
  };
}
