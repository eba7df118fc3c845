/**
 * Properties of the matching engine on small random communities, checked against an independent,
 * deliberately plain re-implementation of the hard constraints written from the rules (not from the
 * engine's code), and against the engine's own naive full scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planViolations, solveBatch } from '../../shared/matching/assignment';
import type { MatchData } from '../../shared/matching/context';
import { batchProblem, prepareMatchContext, suggestForRep, suggestNaive, whyNot } from '../../shared/matching/suggest';
import type { Engagement } from '../../shared/model';
import { coach, conversation, data, engagement, rep, settings, survey, task } from '../support/match-records';

// --- Independent reference ----------------------------------------------------------------------

const OPEN = ['proposed', 'active', 'stalled'];
const CAPPING = ['interpersonal-conflict', 'bullying-toxicity', 'burnout'];
const primary = (code: string) => code.split('-')[0]!.toLowerCase();

function referenceFeasible(d: MatchData, repId: string, taskId: string, coachId: string): boolean {
  const r = d.reps.find((x) => x.id === repId)!;
  const t = d.tasks.find((x) => x.id === taskId)!;
  const c = d.coaches.find((x) => x.id === coachId)!;
  const convs = d.conversations.filter((x) => x.repId === repId);
  const withHours = convs
    .filter((x) => x.reached && x.hoursPerMonth !== null)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1))[0];
  const hours = withHours ? withHours.hoursPerMonth! : r.hoursPerMonth;
  const sensitive = d.settings.reasons.filter((x) => x.sensitive).map((x) => x.id);
  const capped = convs.some((x) => x.reasons.some((y) => CAPPING.includes(y.category) || sensitive.includes(y.category)));
  const avoidCoaches = convs.flatMap((x) => x.avoidCoachIds);
  const avoidTeams = convs.flatMap((x) => x.avoidTeams.map((y) => y.trim().toLowerCase()));

  const shared = t.languages.some((l) => r.languages.some((x) => primary(x) === primary(l)) && c.languages.some((x) => primary(x) === primary(l)));
  const openOnTask = d.engagements.filter((e) => e.taskId === t.id && OPEN.includes(e.status)).length;
  const openOnCoach = d.engagements.filter((e) => e.coachId === c.id && OPEN.includes(e.status)).length;
  return (
    t.status === 'published' &&
    t.slots - openOnTask > 0 &&
    t.languages.length > 0 &&
    shared &&
    (t.effortHours === null || t.effortHours / Math.max(1, t.expectedDays / 30) <= hours) &&
    !(capped && t.interaction === 'moderate') &&
    !d.engagements.some((e) => e.repId === repId && e.taskId === t.id) &&
    c.active &&
    c.capacity - openOnCoach > 0 &&
    c.repId !== repId &&
    !avoidCoaches.includes(c.id) &&
    !c.teams.some((team) => avoidTeams.includes(team.trim().toLowerCase()))
  );
}

// --- Random small communities -----------------------------------------------------------------

// Language sets skewed towards Spanish so most instances have possible pairs to rank.
const REP_LANGS = [['es'], ['es'], ['es', 'en'], ['en'], ['pt', 'es']];
const TASK_LANGS = [[], ['es'], ['es'], ['es-AR'], ['en'], ['pt-BR', 'es'], ['fr']];
const COACH_LANGS = [['es'], ['es'], ['es-MX', 'en'], ['en'], ['pt'], ['fr', 'es']];
const ZONES = ['Europe/Madrid', 'America/Mexico_City', 'Asia/Kolkata', 'UTC', 'Not/AZone'];
const TEAMS = ['Team A', 'team b', 'C'];
const TAGS = ['privacy', 'localization', 'common-voice', 'events'];
const SKILLS = ['translation', 'writing', 'testing'];
const REASONS = ['no-time', 'burnout', 'bullying-toxicity', 'interpersonal-conflict', 'moved-on', 'custom-sensitive'];
const STATUSES = ['proposed', 'active', 'stalled', 'completed', 'abandoned'] as const;
const DATES = ['2025-03-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'];

const sub = <T,>(xs: readonly T[], max = xs.length) => fc.subarray([...xs], { maxLength: max });

const community: fc.Arbitrary<MatchData> = fc
  .record({
    reps: fc.array(fc.record({ languages: fc.constantFrom(...REP_LANGS), zone: fc.constantFrom(...ZONES), hours: fc.constantFrom(2, 4, 8, 12), interests: sub(TAGS), skills: sub(SKILLS) }), { minLength: 1, maxLength: 3 }),
    tasks: fc.array(
      fc.record({
        languages: fc.constantFrom(...TASK_LANGS),
        interaction: fc.constantFrom('solo', 'light', 'moderate' as const),
        status: fc.constantFrom('published', 'published', 'published', 'published', 'published', 'draft', 'retired' as const),
        slots: fc.constantFrom(0, 1, 2, 2, 3, 3),
        effort: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 6 }),
        days: fc.integer({ min: 1, max: 60 }),
        steps: fc.integer({ min: 0, max: 4 }),
        tags: sub(TAGS),
        skills: sub(SKILLS),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    coaches: fc.array(
      fc.record({
        languages: fc.constantFrom(...COACH_LANGS),
        active: fc.constantFrom(true, true, true, true, true, true, false),
        capacity: fc.constantFrom(0, 1, 2, 3, 3, 3),
        teams: sub(TEAMS, 1),
        zone: fc.constantFrom(...ZONES),
        self: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
      }),
      { minLength: 2, maxLength: 7 },
    ),
    engagements: fc.array(fc.record({ r: fc.nat(), t: fc.nat(), c: fc.nat(), status: fc.constantFrom(...STATUSES, 'completed', 'abandoned'), date: fc.constantFrom(...DATES), rating: fc.option(fc.integer({ min: 1, max: 5 })) }), { maxLength: 4 }),
    conversations: fc.array(
      fc.record({
        reasons: sub(REASONS, 2),
        avoidCoach: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.nat(), weight: 1 }),
        avoidTeams: fc.constantFrom<string[]>([], [], [], ['  TEAM A '], ['Team B'], ['nobody']),
        hours: fc.option(fc.constantFrom(0, 3, 6, 8, 12), { freq: 2 }),
        reached: fc.boolean(),
        date: fc.constantFrom(...DATES),
      }),
      { maxLength: 2 },
    ),
    weights: fc.record({
      interest: fc.integer({ min: 0, max: 3 }),
      skill: fc.integer({ min: 0, max: 3 }),
      timezone: fc.integer({ min: 0, max: 3 }),
      coachLoad: fc.integer({ min: 0, max: 3 }),
      trackRecord: fc.integer({ min: 0, max: 3 }),
      variety: fc.integer({ min: 0, max: 3 }),
      smallStep: fc.integer({ min: 0, max: 3 }),
    }),
  })
  .map((x) => {
    const reps = x.reps.map((r, i) => rep(`r${i}`, { languages: r.languages, timezone: r.zone, hoursPerMonth: r.hours, interests: r.interests, skills: r.skills }));
    const tasks = x.tasks.map((t, i) =>
      task(`t${i}`, {
        languages: t.languages,
        interaction: t.interaction,
        status: t.status,
        slots: t.slots,
        effortHours: t.effort,
        expectedDays: t.days,
        steps: Array.from({ length: t.steps }, (_, k) => `step ${k}`),
        tags: t.tags,
        skills: t.skills,
      }),
    );
    const coaches = x.coaches.map((c, i) => coach(`c${i}`, { languages: c.languages, active: c.active, capacity: c.capacity, teams: c.teams, timezone: c.zone, repId: c.self ? 'r0' : null }));
    const engagements: Engagement[] = [];
    const surveys = [];
    if (tasks.length && coaches.length) {
      for (const [i, e] of x.engagements.entries()) {
        const id = `e${i}`;
        engagements.push(engagement(id, `r${e.r % reps.length}`, `t${e.t % tasks.length}`, `c${e.c % coaches.length}`, { status: e.status, startedAt: e.date, completedAt: e.status === 'completed' ? e.date : null }));
        if (e.rating !== null) surveys.push(survey(`s${i}`, id, `r${e.r % reps.length}`, { coachHelpful: e.rating, taskFit: e.rating, goodExperience: e.rating }));
      }
    }
    const conversations = x.conversations.map((v, i) =>
      conversation(`v${i}`, 'r0', {
        reasons: v.reasons.map((category) => ({ category, severity: 2, note: '' })),
        avoidCoachIds: v.avoidCoach !== null && coaches.length ? [`c${v.avoidCoach % coaches.length}`] : [],
        avoidTeams: v.avoidTeams,
        hoursPerMonth: v.hours,
        reached: v.reached,
        date: v.date,
      }),
    );
    const reasons = [...settings().reasons, { id: 'custom-sensitive', label: 'Custom', sensitive: true }];
    return data({ reps, tasks, coaches, engagements, surveys, conversations, settings: settings({ matchingWeights: x.weights, reasons }) });
  });

const everyPair = (d: MatchData) => d.tasks.flatMap((t) => d.coaches.map((c) => [t.id, c.id] as const));
const key = (t: string, c: string) => `${t}/${c}`;
const RUNS = { numRuns: 400 };

describe('matching properties', () => {
  it('never suggests a pair that breaks a hard constraint, and misses none that keeps them all', () => {
    fc.assert(
      fc.property(community, (d) => {
        const got = suggestForRep(prepareMatchContext(d), 'r0', { limit: Infinity }).suggestions.map((s) => key(s.taskId, s.coachId));
        const expected = everyPair(d).filter(([t, c]) => referenceFeasible(d, 'r0', t, c)).map(([t, c]) => key(t, c));
        expect(new Set(got)).toEqual(new Set(expected));
        expect(got.length).toBe(expected.length);
      }),
      RUNS,
    );
  });

  it('ranks exactly like the naive full scan, for any limit', () => {
    fc.assert(
      fc.property(community, fc.integer({ min: 0, max: 12 }), (d, limit) => {
        const ctx = prepareMatchContext(d);
        const fast = suggestForRep(ctx, 'r0', { limit });
        const naive = suggestNaive(ctx, 'r0', { limit });
        expect(fast.suggestions).toEqual(naive.suggestions);
        expect(fast.feasiblePairs).toBe(naive.feasiblePairs);
        // Order: fit descending, then taskId, then coachId.
        for (let i = 1; i < fast.suggestions.length; i++) {
          const a = fast.suggestions[i - 1]!;
          const b = fast.suggestions[i]!;
          expect(a.points > b.points || (a.points === b.points && key(a.taskId, a.coachId) < key(b.taskId, b.coachId))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('agrees with whyNot: a pair is suggested iff whyNot finds nothing against it, at the same rank', () => {
    fc.assert(
      fc.property(community, (d) => {
        const ctx = prepareMatchContext(d);
        const ranked = new Map(suggestForRep(ctx, 'r0', { limit: Infinity }).suggestions.map((s) => [key(s.taskId, s.coachId), s]));
        for (const [t, c] of everyPair(d)) {
          const w = whyNot(ctx, 'r0', { taskId: t, coachId: c });
          const s = ranked.get(key(t, c));
          expect(w.violations.length === 0).toBe(s !== undefined);
          if (s) expect([w.best!.rank, w.best!.points]).toEqual([s.rank, s.points]);
          else expect(w.best).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('feeds solveBatch candidates whose plan breaks no hard constraint, capacity or slot', async () => {
    await fc.assert(
      fc.asyncProperty(community, async (d) => {
        const ctx = prepareMatchContext(d);
        const problem = batchProblem(ctx, d.reps.map((r) => r.id));
        const plan = await solveBatch(problem);
        expect(planViolations(problem, plan.assignments)).toEqual([]);
        for (const a of plan.assignments) expect(referenceFeasible(d, a.repId, a.taskId, a.coachId)).toBe(true);
        for (const c of d.coaches) {
          const open = d.engagements.filter((e) => e.coachId === c.id && OPEN.includes(e.status)).length;
          expect(open + plan.assignments.filter((a) => a.coachId === c.id).length).toBeLessThanOrEqual(Math.max(open, c.capacity));
        }
        for (const t of d.tasks) {
          const open = d.engagements.filter((e) => e.taskId === t.id && OPEN.includes(e.status)).length;
          expect(open + plan.assignments.filter((a) => a.taskId === t.id).length).toBeLessThanOrEqual(Math.max(open, t.slots));
        }
      }),
      { numRuns: 100 },
    );
  });
});
