import type { Rep } from '../model';
import { wholeDaysBetween } from '../time/calendar';

/** A mentor is inactive when their own last significant activity is past the mentor threshold (or absent). */
export function isMentorInactive(lastSignificantAt: string | null, now: string, mentorInactiveDays: number, zone: string): boolean {
  return lastSignificantAt === null || wholeDaysBetween(lastSignificantAt, now, zone) >= mentorInactiveDays;
}

export type MentorReason =
  | { kind: 'free-capacity'; free: number; capacity: number }
  | { kind: 'over-capacity'; load: number; capacity: number }
  | { kind: 'shared-language'; languages: string[] }
  | { kind: 'no-shared-language' }
  | { kind: 'same-region'; region: string }
  | { kind: 'same-country'; country: string };

export interface MentorSuggestion {
  mentorId: string;
  score: number;
  free: number;
  overCapacity: boolean;
  reasons: MentorReason[];
}

type Mentee = Pick<Rep, 'languages' | 'region' | 'country'>;
type Candidate = Pick<Rep, 'id' | 'languages' | 'region' | 'country' | 'mentorCapacity'> & { load: number };

/**
 * Ranks active mentors for one mentee: a shared language first (without one they cannot talk),
 * then free capacity, then the same region and country. Full mentors stay in the list, last, so
 * the Council can still choose one knowingly.
 */
export function rankMentors(mentee: Mentee, candidates: readonly Candidate[]): MentorSuggestion[] {
  const ranked = candidates.map((c) => {
    const free = c.mentorCapacity - c.load;
    const shared = mentee.languages.filter((l) => c.languages.includes(l));
    const reasons: MentorReason[] = [];
    let score = 0;
    if (shared.length) {
      score += 1000;
      reasons.push({ kind: 'shared-language', languages: shared });
    } else reasons.push({ kind: 'no-shared-language' });
    if (free > 0) {
      score += 100 + Math.min(free, 20) * 4;
      reasons.push({ kind: 'free-capacity', free, capacity: c.mentorCapacity });
    } else reasons.push({ kind: 'over-capacity', load: c.load, capacity: c.mentorCapacity });
    if (mentee.region && c.region === mentee.region) {
      score += 20;
      reasons.push({ kind: 'same-region', region: c.region });
    }
    if (c.country === mentee.country) {
      score += 10;
      reasons.push({ kind: 'same-country', country: c.country });
    }
    return { mentorId: c.id, score, free, overCapacity: free <= 0, reasons };
  });
  return ranked.sort((a, b) => b.score - a.score || b.free - a.free || a.mentorId.localeCompare(b.mentorId));
}
