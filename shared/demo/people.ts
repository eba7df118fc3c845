/**
 * People of the synthetic community: Reps (with mentors) and coaches. Names, countries, time
 * zones and languages come from vocabulary.ts; the shape of each Rep's story from plan.ts.
 */
import type { Channel, Coach, CoachStyle, FunctionalArea } from '../model';
import type { Story } from './plan';
import type { Rng } from './random';
import { AREA_SKILLS, COUNTRIES, COUNTRY_BY_NAME, INTERESTS, SKILLS, TEAM_KINDS, type CountryInfo } from './vocabulary';

const AREAS = Object.keys(AREA_SKILLS) as FunctionalArea[];
const AREA_WEIGHTS = AREAS.map((a) => (a === 'localization' || a === 'events' || a === 'community-building' ? 3 : a === 'research' ? 1 : 2));
const COUNTRY_WEIGHTS = COUNTRIES.map((c) => c.weight);
const EXTRA_LANGUAGES = ['es', 'fr', 'de', 'pt-BR', 'it'] as const;
const CHANNELS: readonly (readonly [Channel, number])[] = [['email', 10], ['portal', 4], ['chat', 3], ['in-app', 2], ['video-call', 1]];
const HOURS = [2, 3, 4, 4, 5, 6, 8, 8, 10, 12, 16, 20] as const;
const REP_NOTES = [
  'Prefers to be contacted in the evening.',
  'Ran the local campus club for three years.',
  'Changed jobs last year; said they may have less time.',
  'Great at explaining things to newcomers.',
  'Asked not to be added to large group chats.',
] as const;

/** A Rep before record metadata, status and history are attached. */
export interface Person {
  name: string;
  email: string;
  handle: string;
  country: string;
  region: string;
  timezone: string;
  languages: string[];
  areas: FunctionalArea[];
  interests: string[];
  skills: string[];
  hoursPerMonth: number;
  contactConsent: boolean;
  preferredChannel: Channel;
  notes: string;
  mentorCapacity: number;
}

/** Strips accents and spaces so names make valid, readable e-mail addresses and handles. */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Hands out unique e-mail local parts and handles across Reps and coaches. */
export class NameRegistry {
  private readonly used = new Map<string, number>();
  unique(base: string): string {
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    return n === 0 ? base : `${base}${n + 1}`;
  }
}

function languagesFor(rng: Rng, country: CountryInfo, monolingual: boolean): string[] {
  const own = country.languages[0] as string;
  if (monolingual) return [own];
  // Nigerian and Filipino Reps mostly work in English first.
  const langs = own === 'yo' || own === 'tl' ? ['en', own] : [own, 'en'];
  if (rng.chance(0.12)) {
    const extra = rng.pick(EXTRA_LANGUAGES);
    if (!langs.includes(extra)) langs.push(extra);
  }
  return langs;
}

function areasAndSkills(rng: Rng): { areas: FunctionalArea[]; skills: string[] } {
  const count = rng.int(1, 3);
  const areas: FunctionalArea[] = [];
  while (areas.length < count) {
    const a = rng.weighted(AREAS, AREA_WEIGHTS);
    if (!areas.includes(a)) areas.push(a);
  }
  const skills = new Set<string>();
  for (const a of areas) for (const s of rng.sample(AREA_SKILLS[a], rng.int(1, 2))) skills.add(s);
  if (rng.chance(0.5)) skills.add(rng.pick(SKILLS));
  return { areas, skills: [...skills] };
}

export function makePerson(rng: Rng, story: Story, names: NameRegistry): Person {
  const country = story.forceCountry ? (COUNTRY_BY_NAME.get(story.forceCountry) as CountryInfo) : rng.weighted(COUNTRIES, COUNTRY_WEIGHTS);
  const [region, timezone] = story.spanishOnly ? (['Madrid', 'Europe/Madrid'] as const) : rng.pick(country.regions);
  const monolingual = story.spanishOnly || (!story.mentor && story.mayBeMonolingual && rng.chance(country.monolingual));
  const first = rng.pick(country.firstNames);
  const last = rng.pick(country.lastNames);
  const local = names.unique(`${asciiSlug(first)}.${asciiSlug(last)}`);
  const { areas, skills } = areasAndSkills(rng);
  const interests = rng.sample(INTERESTS, rng.int(2, 5));
  return {
    name: `${first} ${last}`,
    email: `${local}@example.org`,
    handle: local.replace('.', '_').slice(0, 60),
    country: country.name,
    region,
    timezone,
    languages: languagesFor(rng, country, monolingual),
    areas,
    interests,
    skills,
    hoursPerMonth: rng.pick(HOURS),
    contactConsent: story.role !== 'none' || story.category !== 'inactive' ? true : rng.chance(0.92),
    preferredChannel: rng.weightedPairs(CHANNELS),
    notes: rng.chance(0.2) ? rng.pick(REP_NOTES) : '',
    // Capacities lean high: a community of this size needs most mentors to take several mentees.
    mentorCapacity: story.mentor ? rng.weightedPairs<number>([[3, 1], [4, 1], [5, 2], [6, 3], [7, 3], [8, 3]]) : 0,
  };
}

/**
 * Every Rep who is not a mentor gets one. A mentor must share a language with the mentee and has
 * a capacity; inactive mentors get their mentees first (at least two each), because the Council
 * flow "inactive mentor → reassign mentees" needs something to reassign.
 */
export function assignMentors(rng: Rng, people: readonly Person[], stories: readonly Story[]): (number | null)[] {
  const mentorIdx: number[] = [];
  stories.forEach((s, i) => {
    if (s.mentor) mentorIdx.push(i);
  });
  const result: (number | null)[] = people.map(() => null);
  if (mentorIdx.length === 0) return result;
  const load = new Map<number, number>(mentorIdx.map((m) => [m, 0]));
  const byLang = new Map<string, number[]>();
  for (const m of mentorIdx) {
    for (const l of (people[m] as Person).languages) {
      const list = byLang.get(l) ?? [];
      list.push(m);
      byLang.set(l, list);
    }
  }
  // Mentees share a handful of language combinations; caching per combination keeps this linear.
  const cache = new Map<string, number[]>();
  const mentorsFor = (p: Person): number[] => {
    const key = p.languages.join('|');
    let list = cache.get(key);
    if (!list) {
      const out = new Set<number>();
      for (const l of p.languages) for (const m of byLang.get(l) ?? []) out.add(m);
      list = [...out];
      cache.set(key, list);
    }
    return list;
  };
  const free = (m: number) => (load.get(m) ?? 0) < (people[m] as Person).mentorCapacity;

  // A monolingual Rep whose language no mentor speaks is made bilingual: a Rep must be mentorable.
  const mentees = people.map((_, i) => i).filter((i) => !(stories[i] as Story).mentor);
  for (const i of mentees) {
    const p = people[i] as Person;
    if (mentorsFor(p).length === 0) p.languages.push('en');
  }

  // Too little room overall: raise capacities (up to 8) round-robin, as a real program would ask
  // mentors to, leaving ~10% slack so the Council has somewhere to move mentees.
  let room = mentorIdx.reduce((a, m) => a + (people[m] as Person).mentorCapacity, 0);
  const wanted = Math.ceil(mentees.length * 1.1);
  for (let k = 0; room < wanted && mentorIdx.some((m) => (people[m] as Person).mentorCapacity < 8); k++) {
    const p = people[mentorIdx[k % mentorIdx.length] as number] as Person;
    if (p.mentorCapacity < 8) {
      p.mentorCapacity++;
      room++;
    }
  }

  const assign = (i: number, m: number) => {
    result[i] = m;
    load.set(m, (load.get(m) ?? 0) + 1);
  };

  // The Spanish-only Rep goes to an active Spanish-speaking mentor (who holds the conversation).
  for (const i of mentees) {
    if (!(stories[i] as Story).spanishOnly) continue;
    const candidates = mentorsFor(people[i] as Person).filter((m) => (stories[m] as Story).category === 'active');
    const m = candidates.find(free) ?? candidates[0];
    if (m !== undefined) assign(i, m);
  }

  const inactiveMentors = mentorIdx.filter((m) => (stories[m] as Story).category === 'inactive');
  const pool = rng.shuffle(mentees.filter((i) => result[i] === null));
  for (const m of inactiveMentors) {
    const langs = new Set((people[m] as Person).languages);
    let given = 0;
    for (const i of pool) {
      if (given >= 2) break;
      if (result[i] !== null || (stories[i] as Story).category === 'alumni') continue;
      if ((people[i] as Person).languages.some((l) => langs.has(l))) {
        assign(i, m);
        given++;
      }
    }
  }

  // Most constrained first (fewest mentors who speak their languages), so monolingual Reps find room.
  const rest = pool.filter((i) => result[i] === null);
  const choices = new Map(rest.map((i) => [i, mentorsFor(people[i] as Person).length]));
  rest.sort((a, b) => (choices.get(a) ?? 0) - (choices.get(b) ?? 0));
  for (const i of rest) {
    const p = people[i] as Person;
    const candidates = mentorsFor(p);
    // Probe randomly (cheap at 10,000 Reps), preferring a mentor from the same country.
    let chosen: number | undefined;
    for (let probe = 0; probe < 24 && chosen === undefined; probe++) {
      const m = rng.pick(candidates);
      if (free(m) && (probe >= 12 || (people[m] as Person).country === p.country)) chosen = m;
    }
    chosen ??= candidates.find(free);
    // Every mentor is full: give the Rep to the least-loaded one rather than leave them alone.
    if (chosen === undefined) {
      // Every mentor who speaks their language is full: the least-loaded one takes one more, and says so.
      chosen = candidates.reduce((a, b) => ((load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b));
      const m = people[chosen] as Person;
      m.mentorCapacity = Math.min(50, Math.max(m.mentorCapacity, (load.get(chosen) ?? 0) + 1));
    }
    assign(i, chosen);
  }
  return result;
}

const STYLES: readonly CoachStyle[] = ['hands-on', 'pair-working', 'check-in', 'async'];
const AVAILABILITY = [
  'Weekday evenings',
  'Weekends, mornings',
  'Tuesday and Thursday after work',
  'Flexible, async first',
  'Lunch breaks on weekdays',
  'Saturday afternoons',
] as const;

/** Coaches whose details the demo story relies on: three Spanish speakers, one in the Madrid events team. */
const SPECIAL_COACHES = [
  {
    name: 'Lucía Fernández', country: 'Spain', region: 'Madrid', timezone: 'Europe/Madrid', languages: ['es', 'en'],
    areas: ['events', 'community-building'] as FunctionalArea[], skills: ['event planning', 'public speaking', 'community management'],
    style: 'hands-on' as CoachStyle, teams: ['Events team Madrid', 'Mozilla Hispano'],
  },
  {
    name: 'Diego Ramírez', country: 'Mexico', region: 'Ciudad de México', timezone: 'America/Mexico_City', languages: ['es', 'en'],
    areas: ['support', 'documentation', 'localization'] as FunctionalArea[], skills: ['technical writing', 'translation', 'proofreading'],
    style: 'check-in' as CoachStyle, teams: ['Mozilla México', 'SUMO community es'],
  },
  {
    name: 'Valentina Acosta', country: 'Argentina', region: 'Córdoba', timezone: 'America/Argentina/Cordoba', languages: ['es', 'pt-BR', 'en'],
    areas: ['localization', 'education'] as FunctionalArea[], skills: ['translation', 'teaching', 'audio recording'],
    style: 'pair-working' as CoachStyle, teams: ['Mozilla Argentina', 'L10n team es-AR'],
  },
] as const;

export interface CoachDraft extends Omit<Coach, 'id' | 'createdAt' | 'updatedAt' | 'version'> {
  /** Index into the Reps array when the coach is also a Rep. */
  repIndex: number | null;
}

/**
 * Coaches: the special Spanish speakers first, then some active mentors who also coach (linked by
 * repId), then people from the country mix. A few are inactive, to show that matching skips them.
 */
export function makeCoaches(rng: Rng, count: number, people: readonly Person[], stories: readonly Story[], names: NameRegistry): CoachDraft[] {
  const coaches: CoachDraft[] = [];
  const inactiveCount = count >= 4 ? Math.max(1, Math.round(count * 0.05)) : 0;
  const linkedTarget = Math.round(count * 0.15);
  const linkable = rng.shuffle(
    stories.map((_, i) => i).filter((i) => (stories[i] as Story).mentor && (stories[i] as Story).category === 'active' && !(stories[i] as Story).forceCountry),
  );

  let linked = 0;
  const base = (): Pick<CoachDraft, 'capacity' | 'availability' | 'active' | 'externalId'> => ({
    capacity: rng.int(2, 5),
    availability: rng.pick(AVAILABILITY),
    active: true,
    externalId: null,
  });

  for (let i = 0; i < count; i++) {
    if (count >= 4 && i < SPECIAL_COACHES.length) {
      const sc = SPECIAL_COACHES[i] as (typeof SPECIAL_COACHES)[number];
      const [first, last] = sc.name.split(' ') as [string, string];
      const local = names.unique(`${asciiSlug(first)}.${asciiSlug(last)}`);
      coaches.push({
        ...base(),
        name: sc.name, email: `${local}@example.com`, languages: [...sc.languages], timezone: sc.timezone,
        areas: [...sc.areas], skills: [...sc.skills], style: sc.style, teams: [...sc.teams], repId: null, repIndex: null,
        availability: `${rng.pick(AVAILABILITY)} (${sc.timezone})`,
      });
      continue;
    }
    const linkedIdx = linked < linkedTarget ? linkable.pop() : undefined;
    if (linkedIdx !== undefined) {
      linked++;
      const p = people[linkedIdx] as Person;
      coaches.push({
        ...base(),
        name: p.name, email: p.email, languages: [...p.languages], timezone: p.timezone,
        areas: [...p.areas], skills: [...p.skills], style: rng.pick(STYLES),
        teams: [`${rng.pick(TEAM_KINDS)} ${p.region}`], repId: null, repIndex: linkedIdx,
      });
      continue;
    }
    const country = rng.weighted(COUNTRIES, COUNTRY_WEIGHTS);
    const [region, timezone] = rng.pick(country.regions);
    const first = rng.pick(country.firstNames);
    const last = rng.pick(country.lastNames);
    const local = names.unique(`${asciiSlug(first)}.${asciiSlug(last)}`);
    const { areas, skills } = areasAndSkills(rng);
    const teams = [`${rng.pick(TEAM_KINDS)} ${region}`];
    if (rng.chance(0.4)) teams.push(`Mozilla ${country.name}`);
    coaches.push({
      ...base(),
      name: `${first} ${last}`, email: `${local}@example.com`, languages: languagesFor(rng, country, false), timezone,
      areas, skills, style: rng.pick(STYLES), teams: [...new Set(teams)], repId: null, repIndex: null,
    });
  }

  // Spread the inactive coaches over the list, never on the special (story-bearing) ones.
  for (let k = 0; k < inactiveCount; k++) {
    const i = Math.min(count - 1, SPECIAL_COACHES.length + Math.floor(((k + 0.5) * (count - SPECIAL_COACHES.length)) / inactiveCount));
    const c = coaches[i] as CoachDraft;
    c.active = false;
    c.availability = 'On a break until further notice';
  }
  return coaches;
}
