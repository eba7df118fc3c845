import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { DEMO_OPTIONS, generateCommunity } from '../../shared/demo/generate';
import { solveBatch, planViolations } from '../../shared/matching/assignment';
import { MATCH_MESSAGE_IDS, MATCH_MESSAGES } from '../../shared/matching/explain';
import { utcOffsetMinutes } from '../../shared/matching/timezone';
import {
  batchProblem,
  candidatesForBatch,
  firstStepDays,
  planFromChoice,
  prepareMatchContext,
  suggestForRep,
  suggestNaive,
  whyNot,
  type Suggestion,
} from '../../shared/matching/suggest';
import type { MatchData } from '../../shared/matching/context';
import { coach, conversation, data, engagement, NOW, rep, settings, survey, task } from '../support/match-records';

const pairs = (d: MatchData, repId = 'r1', limit = Infinity) => suggestForRep(prepareMatchContext(d), repId, { limit }).suggestions;
const ids = (s: readonly Suggestion[]) => s.map((x) => `${x.taskId}/${x.coachId}`);
const why = (d: MatchData, q: { taskId?: string; coachId?: string }, repId = 'r1') => whyNot(prepareMatchContext(d), repId, q);
const constraintsOf = (d: MatchData, q: { taskId?: string; coachId?: string }) => why(d, q).violations.map((v) => v.constraint);
const reason = (s: Suggestion, factor: string) => s.reasons.find((r) => r.factor === factor)!;

describe('hard constraints', () => {
  it('needs a language shared by the Rep, the task and the coach, compared by primary subtag', () => {
    const d = data({
      reps: [rep('r1', { languages: ['es', 'en'] })],
      tasks: [task('t-es', { languages: ['es-AR'] }), task('t-fr', { languages: ['fr'] }), task('t-none', { languages: [] }), task('t-en', { languages: ['en'] })],
      coaches: [coach('c-es', { languages: ['es-MX'] }), coach('c-en', { languages: ['en'] }), coach('c-de', { languages: ['de'] })],
    });
    expect(ids(pairs(d)).sort()).toEqual(['t-en/c-en', 't-es/c-es']);
    expect(constraintsOf(d, { taskId: 't-fr' })).toEqual(['task-language']);
    expect(constraintsOf(d, { taskId: 't-none' })).toEqual(['task-no-language']);
    expect(constraintsOf(d, { coachId: 'c-de' })).toEqual(['coach-language']);
    const w = why(d, { taskId: 't-es', coachId: 'c-en' });
    expect(w.violations.map((v) => [v.constraint, v.args])).toEqual([['pair-language', { taskLanguages: 'es-AR', coachLanguages: 'en' }]]);
    expect(w.violations[0]!.english).toMatch(/^no language shared by the Rep, the task \(.*Spanish.*\) and the coach \(English\)$/);
    expect(reason(pairs(d).find((s) => s.taskId === 't-es')!, 'language').args).toEqual({ language: 'es-AR' });
  });

  it('needs an active coach with a free place; only open engagements take a place', () => {
    const d = data({
      reps: [rep('r1'), rep('r2')],
      tasks: [task('t1', { slots: 10 }), task('t2', { slots: 10 }), task('t3', { slots: 10 })],
      coaches: [coach('c-off', { active: false }), coach('c-full', { capacity: 2 }), coach('c-ok', { capacity: 2 })],
      engagements: [
        engagement('e1', 'r2', 't2', 'c-full', { status: 'active' }),
        engagement('e2', 'r2', 't3', 'c-full', { status: 'stalled' }),
        engagement('e3', 'r2', 't2', 'c-ok', { status: 'completed' }),
        engagement('e4', 'r2', 't3', 'c-ok', { status: 'abandoned' }),
      ],
    });
    expect(new Set(pairs(d).map((s) => s.coachId))).toEqual(new Set(['c-ok']));
    expect(constraintsOf(d, { coachId: 'c-off' })).toEqual(['coach-inactive']);
    expect(why(d, { coachId: 'c-full' }).violations.map((v) => [v.constraint, v.args])).toEqual([['coach-full', { load: 2, capacity: 2 }]]);
  });

  it('keeps effort within availability: effort per 30 days, hours from the latest conversation that states them', () => {
    const d = data({
      reps: [rep('r1', { hoursPerMonth: 10 })],
      tasks: [
        task('t-fast', { effortHours: 6, expectedDays: 14 }), // 6 h this month
        task('t-slow', { effortHours: 6, expectedDays: 60 }), // 3 h a month
        task('t-unknown', { effortHours: null }),
      ],
      coaches: [coach('c1')],
      conversations: [
        conversation('old', 'r1', { date: '2025-06-01T00:00:00.000Z', hoursPerMonth: 20 }),
        conversation('new', 'r1', { date: '2025-12-01T00:00:00.000Z', hoursPerMonth: 4 }),
        conversation('attempt', 'r1', { date: '2026-01-01T00:00:00.000Z', reached: false }),
      ],
    });
    expect(ids(pairs(d)).sort()).toEqual(['t-slow/c1', 't-unknown/c1']);
    expect(why(d, { taskId: 't-fast' }).violations[0]!.args).toEqual({ taskHours: 6, repHours: 4 });
    const slow = pairs(d).find((s) => s.taskId === 't-slow')!;
    expect(reason(slow, 'availability').english).toBe('about 3 h a month fits your 4 h');
    expect(reason(pairs(d).find((s) => s.taskId === 't-unknown')!, 'availability').messageId).toBe('match-reason-availability-unknown');
    // Without any conversation stating hours, the Rep record's hoursPerMonth counts.
    expect(ids(pairs({ ...d, conversations: [] })).sort()).toEqual(['t-fast/c1', 't-slow/c1', 't-unknown/c1']);
  });

  it('caps interaction at light for sensitive reasons (built-in or from Settings) and burnout, from any conversation', () => {
    const base = {
      reps: [rep('r1')],
      tasks: [task('solo', { interaction: 'solo' as const }), task('light', { interaction: 'light' as const }), task('mod', { interaction: 'moderate' as const })],
      coaches: [coach('c1')],
    };
    const withReason = (category: string, extra: Partial<MatchData> = {}) =>
      data({ ...base, conversations: [conversation('v1', 'r1', { reasons: [{ category, severity: 2, note: '' }] })], ...extra });
    expect(ids(pairs(data(base))).length).toBe(3);
    for (const category of ['bullying-toxicity', 'interpersonal-conflict', 'burnout']) {
      expect(ids(pairs(withReason(category))).sort(), category).toEqual(['light/c1', 'solo/c1']);
    }
    expect(ids(pairs(withReason('no-time'))).length).toBe(3);
    // A category the Council marked sensitive in Settings.
    const custom = settings({ reasons: [...settings().reasons, { id: 'harassment', label: 'Harassment', sensitive: true }] });
    expect(ids(pairs(withReason('harassment', { settings: custom }))).sort()).toEqual(['light/c1', 'solo/c1']);
    // Even when a Setting un-marks bullying, it stays sensitive.
    const unmarked = settings({ reasons: settings().reasons.map((r) => ({ ...r, sensitive: false })) });
    expect(ids(pairs(withReason('bullying-toxicity', { settings: unmarked }))).sort()).toEqual(['light/c1', 'solo/c1']);
    // A later conversation that does not repeat the reason does not lift the cap.
    const later = withReason('bullying-toxicity');
    later.conversations = [...later.conversations, conversation('v2', 'r1', { date: '2026-01-12T00:00:00.000Z', reasons: [] })];
    expect(ids(pairs(later)).sort()).toEqual(['light/c1', 'solo/c1']);
    const w = why(later, { taskId: 'mod' }).violations[0]!;
    expect([w.constraint, w.english]).toEqual(['task-interaction', 'the task is moderate; the reasons recorded allow light at most']);
    expect(reason(pairs(later)[0]!, 'interaction').messageId).toBe('match-reason-interaction-quiet');
  });

  it('excludes avoided coaches, coaches in avoided teams (case-insensitive) and the Rep as their own coach', () => {
    const d = data({
      reps: [rep('r1')],
      tasks: [task('t1')],
      coaches: [
        coach('c-avoid'),
        coach('c-team', { teams: ['Other', 'Events Team  Madrid '] }),
        coach('c-self', { repId: 'r1' }),
        coach('c-ok', { teams: ['Mozilla Hispano'] }),
      ],
      conversations: [
        conversation('v1', 'r1', { avoidCoachIds: ['c-avoid'] }),
        conversation('v2', 'r1', { date: '2026-01-12T00:00:00.000Z', avoidTeams: ['events team madrid'] }),
      ],
    });
    expect(ids(pairs(d))).toEqual(['t1/c-ok']);
    expect(constraintsOf(d, { coachId: 'c-avoid' })).toEqual(['coach-avoided']);
    expect(why(d, { coachId: 'c-team' }).violations[0]!.english).toBe('the coach belongs to Events Team  Madrid, a team the Rep asked to avoid');
    expect(constraintsOf(d, { coachId: 'c-self' })).toEqual(['coach-self']);
  });

  it('excludes tasks the Rep did, abandoned or still has open; other Reps do not matter', () => {
    const d = data({
      reps: [rep('r1'), rep('r2')],
      tasks: [task('t-done'), task('t-gave-up'), task('t-open'), task('t-other', { slots: 5 }), task('t-new')],
      coaches: [coach('c1', { capacity: 10 })],
      engagements: [
        engagement('e1', 'r1', 't-done', 'c1', { status: 'completed' }),
        engagement('e2', 'r1', 't-gave-up', 'c1', { status: 'abandoned' }),
        engagement('e3', 'r1', 't-open', 'c1', { status: 'proposed' }),
        engagement('e4', 'r2', 't-other', 'c1', { status: 'completed' }),
      ],
    });
    expect(ids(pairs(d)).sort()).toEqual(['t-new/c1', 't-other/c1']);
    expect(why(d, { taskId: 't-gave-up' }).violations.map((v) => [v.constraint, v.args])).toEqual([['task-already', { status: 'abandoned' }]]);
    expect(why(d, { taskId: 't-open' }).violations[0]!.args).toEqual({ status: 'proposed' });
  });

  it('needs a published task with a free slot', () => {
    const d = data({
      reps: [rep('r1'), rep('r2')],
      tasks: [task('t-draft', { status: 'draft' }), task('t-retired', { status: 'retired' }), task('t-full', { slots: 1 }), task('t-ok', { slots: 1 })],
      coaches: [coach('c1', { capacity: 10 })],
      engagements: [engagement('e1', 'r2', 't-full', 'c1', { status: 'stalled' }), engagement('e2', 'r2', 't-ok', 'c1', { status: 'completed' })],
    });
    expect(ids(pairs(d))).toEqual(['t-ok/c1']);
    expect(why(d, { taskId: 't-draft' }).violations[0]!.english).toBe('the task is draft, not published');
    expect(constraintsOf(d, { taskId: 't-retired' })).toEqual(['task-not-published']);
    expect(why(d, { taskId: 't-full' }).violations.map((v) => [v.constraint, v.args])).toEqual([['task-no-slot', { slots: 1, open: 1 }]]);
  });

  it('lists every violated constraint at once', () => {
    const d = data({ reps: [rep('r1', { hoursPerMonth: 1 })], tasks: [task('t1', { status: 'draft', languages: ['fr'], effortHours: 20 })], coaches: [coach('c1', { active: false, languages: ['fr'] })] });
    expect(constraintsOf(d, { taskId: 't1', coachId: 'c1' })).toEqual(['task-not-published', 'task-language', 'task-effort', 'coach-inactive', 'coach-language']);
  });
});

describe('soft factors', () => {
  it('scores interest overlap from conversation interests, Rep interests and areas, normalised', () => {
    const d = data({
      reps: [rep('r1', { interests: ['Common Voice'], areas: [] })],
      tasks: [task('t-both', { area: 'localization', tags: ['common-voice'] }), task('t-one', { area: 'events', tags: ['common-voice', 'x', 'y'] }), task('t-none', { area: 'design', tags: ['z'] })],
      coaches: [coach('c1', { capacity: 5 })],
      conversations: [conversation('v1', 'r1', { interests: ['Localization'] })],
    });
    const byTask = new Map(pairs(d).map((s) => [s.taskId, reason(s, 'interest')]));
    expect(byTask.get('t-both')!.score).toBe(1);
    expect(byTask.get('t-both')!.english).toBe('matches interests: Localization, Common Voice');
    expect(byTask.get('t-one')!.score).toBe(0.5);
    expect(byTask.get('t-none')!.score).toBe(0);
    expect(byTask.get('t-none')!.messageId).toBe('match-reason-interest-none');
    expect(ids(pairs(d))[0]).toBe('t-both/c1');
  });

  it('scores skill overlap; a task that needs no skill scores 1', () => {
    const d = data({
      reps: [rep('r1', { skills: ['Translation'] })],
      tasks: [task('t-half', { skills: ['translation', 'proofreading'] }), task('t-new', { skills: ['video editing'] }), task('t-any', { skills: [] })],
      coaches: [coach('c1', { capacity: 5 })],
    });
    const byTask = new Map(pairs(d).map((s) => [s.taskId, reason(s, 'skill')]));
    expect([byTask.get('t-half')!.score, byTask.get('t-half')!.english]).toEqual([0.5, 'uses 1 of 2 skills: translation']);
    expect([byTask.get('t-new')!.score, byTask.get('t-new')!.english]).toEqual([0, 'a chance to learn video editing']);
    expect([byTask.get('t-any')!.score, byTask.get('t-any')!.messageId]).toEqual([1, 'match-reason-skill-none-needed']);
  });

  it('scores time zone overlap from IANA offsets at the reference date', () => {
    expect(utcOffsetMinutes('Europe/Madrid', Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(utcOffsetMinutes('Europe/Madrid', Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
    expect(utcOffsetMinutes('Asia/Kolkata', Date.parse('2026-01-15T12:00:00Z'))).toBe(330);
    expect(utcOffsetMinutes('Not/AZone', 0)).toBeNull();
    const d = data({
      reps: [rep('r1', { timezone: 'Europe/Madrid' })],
      tasks: [task('t1')],
      coaches: [coach('c-same', { timezone: 'Europe/Madrid' }), coach('c-mx', { timezone: 'America/Mexico_City' }), coach('c-odd', { timezone: 'Nowhere/Special' })],
    });
    const byCoach = new Map(pairs(d).map((s) => [s.coachId, reason(s, 'timezone')]));
    expect([byCoach.get('c-same')!.score, byCoach.get('c-same')!.english]).toEqual([1, 'same time zone as the coach']);
    expect([byCoach.get('c-mx')!.score, byCoach.get('c-mx')!.english]).toEqual([5 / 12, '7 h apart from the coach — 5 h of shared daytime']);
    expect([byCoach.get('c-odd')!.score, byCoach.get('c-odd')!.messageId]).toEqual([0.5, 'match-reason-timezone-unknown']);
  });

  it('scores coach load as the share of free places', () => {
    const d = data({
      reps: [rep('r1'), rep('r2')],
      tasks: [task('t1', { slots: 9 }), task('t2', { slots: 9 })],
      coaches: [coach('c1', { capacity: 4 })],
      engagements: [engagement('e1', 'r2', 't2', 'c1')],
    });
    const r = reason(pairs(d)[0]!, 'coachLoad');
    expect([r.score, r.english]).toEqual([0.75, 'coach has 3 of 4 places free']);
  });

  it('scores coach and task track records from the last 5 outcomes and surveys, neutral 0.5 without history', () => {
    const finished = ['completed', 'completed', 'abandoned', 'completed', 'completed', 'abandoned'] as const;
    const d = data({
      reps: [rep('r1'), rep('r2')],
      tasks: [task('t-new'), task('t-old', { slots: 99 })],
      coaches: [coach('c-new'), coach('c-old', { capacity: 2 })],
      // e5 (abandoned) is the oldest by completedAt, so it drops out of the window of 5: 4 of 5 completed.
      engagements: finished.map((status, i) =>
        engagement(`e${i}`, 'r2', 't-old', 'c-old', { status, completedAt: `2025-0${9 - i}-01T00:00:00.000Z` }),
      ),
      surveys: [survey('s1', 'e0', 'r2', { coachHelpful: 5, goodExperience: 5, taskFit: 3 })],
    });
    const s = pairs(d);
    const get = (t: string, c: string) => s.find((x) => x.taskId === t && x.coachId === c)!;
    const none = reason(get('t-new', 'c-new'), 'coachRecord');
    expect([none.score, none.english]).toEqual([0.5, 'coach has no finished engagements yet (neutral prior)']);
    expect(reason(get('t-new', 'c-new'), 'taskRecord').score).toBe(0.5);
    const old = reason(get('t-old', 'c-old'), 'coachRecord');
    // outcome (4+1)/(5+2); surveys (1 + 1 + 0.5)/(2 + 1)
    expect(old.score).toBeCloseTo((5 / 7 + 2.5 / 3) / 2, 12);
    expect(old.english).toBe('coach: 4 of the last 5 finished engagements completed; survey ratings 5/5 (2)');
    expect(reason(get('t-old', 'c-old'), 'taskRecord').score).toBeCloseTo((5 / 7 + (0.5 + 1 + 0.5) / 3) / 2, 12);
    expect(reason(get('t-old', 'c-old'), 'taskRecord').weight).toBe(settings().matchingWeights.trackRecord / 2);
  });

  it('prefers a different coach than last time', () => {
    const d = data({
      reps: [rep('r1')],
      tasks: [task('t1'), task('t-a'), task('t-b')],
      coaches: [coach('c-last'), coach('c-before'), coach('c-new')],
      engagements: [
        engagement('e1', 'r1', 't-a', 'c-before', { status: 'completed', startedAt: '2025-03-01T00:00:00.000Z' }),
        engagement('e2', 'r1', 't-b', 'c-last', { status: 'completed', startedAt: '2025-09-01T00:00:00.000Z' }),
      ],
    });
    const byCoach = new Map(pairs(d).map((s) => [s.coachId, reason(s, 'variety')]));
    expect([byCoach.get('c-last')!.score, byCoach.get('c-last')!.messageId]).toEqual([0, 'match-reason-variety-same']);
    expect([byCoach.get('c-before')!.score, byCoach.get('c-before')!.messageId]).toEqual([0.5, 'match-reason-variety-earlier']);
    expect([byCoach.get('c-new')!.score, byCoach.get('c-new')!.messageId]).toEqual([1, 'match-reason-variety-new']);
  });

  it('prefers the smallest useful first step', () => {
    const d = data({
      reps: [rep('r1')],
      tasks: [task('t-small', { effortHours: 2, steps: ['Open the list', 'Fix two links', 'Share'] }), task('t-big', { effortHours: 8, steps: ['All of it'] }), task('t-nosteps', { effortHours: 2, steps: [] })],
      coaches: [coach('c1')],
    });
    const byTask = new Map(pairs(d).map((s) => [s.taskId, reason(s, 'smallStep')]));
    expect(byTask.get('t-small')!.score).toBeCloseTo(0.5 * (4 / 6) + 0.5 * (1 / (1 + 2 / 3)), 12);
    expect(byTask.get('t-small')!.english).toBe('first step: “Open the list” (about 0.7 h, 3 steps in all)');
    expect(byTask.get('t-big')!.score).toBeCloseTo(0.5 * (4 / 12) + 0.5 * (1 / 9), 12);
    expect(byTask.get('t-nosteps')!.messageId).toBe('match-reason-small-step-no-steps');
    expect(ids(pairs(d))[0]).toBe('t-small/c1');
  });

  it('weights factors from Settings and sums them to a fit in 0..1', () => {
    const d = data({
      reps: [rep('r1', { interests: ['events'] })],
      tasks: [task('t-fun', { area: 'events', effortHours: 8, steps: ['x'] }), task('t-tiny', { area: 'design', effortHours: 1, steps: ['a', 'b', 'c', 'd'] })],
      coaches: [coach('c1')],
    });
    expect(pairs(d)[0]!.taskId).toBe('t-fun');
    const onlySmall = settings({ matchingWeights: { interest: 0, skill: 0, timezone: 0, coachLoad: 0, trackRecord: 0, variety: 0, smallStep: 1 } });
    expect(pairs({ ...d, settings: onlySmall })[0]!.taskId).toBe('t-tiny');
    for (const s of pairs(d)) {
      const sum = s.reasons.reduce((acc, r) => acc + r.points, 0);
      expect(sum).toBe(s.points);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const zero = settings({ matchingWeights: { interest: 0, skill: 0, timezone: 0, coachLoad: 0, trackRecord: 0, variety: 0, smallStep: 0 } });
    expect(pairs({ ...d, settings: zero }).map((s) => s.score)).toEqual([0, 0]);
  });

  it('breaks ties by taskId, then coachId', () => {
    const d = data({
      reps: [rep('r1')],
      tasks: [task('t-b'), task('t-a'), task('t-c')],
      coaches: [coach('c-2'), coach('c-1')],
    });
    expect(ids(pairs(d))).toEqual(['t-a/c-1', 't-a/c-2', 't-b/c-1', 't-b/c-2', 't-c/c-1', 't-c/c-2']);
    expect(ids(pairs(d, 'r1', 3))).toEqual(['t-a/c-1', 't-a/c-2', 't-b/c-1']);
    expect(pairs(d).map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('the bullied, Spanish-only Rep (the e2e scenario in miniature)', () => {
  const d = data({
    reps: [rep('ana', { languages: ['es'], status: 'inactive', hoursPerMonth: 6 })],
    tasks: [
      task('t-solo-es', { languages: ['es'], interaction: 'solo' }),
      task('t-light-es', { languages: ['es'], interaction: 'light' }),
      task('t-mod-es', { languages: ['es'], interaction: 'moderate' }),
      task('t-solo-en', { languages: ['en'], interaction: 'solo' }),
      task('t-solo-multi', { languages: ['en', 'es'], interaction: 'solo' }),
    ],
    coaches: [
      coach('c-lucia', { languages: ['es', 'en'], teams: ['Events team Madrid', 'Mozilla Hispano'] }),
      coach('c-diego', { languages: ['es', 'en'], teams: ['Mozilla México'], timezone: 'America/Mexico_City' }),
      coach('c-ines', { languages: ['es'], teams: ['L10n team es'] }),
      coach('c-john', { languages: ['en'], teams: [] }),
    ],
    conversations: [
      conversation('v1', 'ana', {
        reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'confidential' }],
        avoidTeams: ['Events team Madrid'],
        hoursPerMonth: 4,
        interests: ['localization'],
      }),
    ],
  });
  const result = suggestForRep(prepareMatchContext(d), 'ana', { limit: Infinity });

  it('suggests only solo or light tasks in Spanish with Spanish-speaking coaches outside the named team', () => {
    expect(result.suggestions.length).toBe(6);
    for (const s of result.suggestions) {
      const t = d.tasks.find((x) => x.id === s.taskId)!;
      const c = d.coaches.find((x) => x.id === s.coachId)!;
      expect(['solo', 'light']).toContain(t.interaction);
      expect(t.languages).toContain('es');
      expect(c.languages).toContain('es');
      expect(c.teams).not.toContain('Events team Madrid');
      expect(reason(s, 'language').english).toBe('speaks Spanish');
      expect(reason(s, 'interaction').english).toMatch(/task — fits the request for quiet work$/);
    }
    expect(result.profile).toMatchObject({ ceiling: 'light', ceilingReasons: ['bullying-toxicity'], hoursPerMonth: 4, hoursFrom: 'conversation', avoidTeams: ['Events team Madrid'] });
  });

  it('explains why the excluded ones are out', () => {
    const ctx = prepareMatchContext(d);
    expect(whyNot(ctx, 'ana', { coachId: 'c-lucia' }).violations.map((v) => v.english)).toEqual(['the coach belongs to Events team Madrid, a team the Rep asked to avoid']);
    expect(whyNot(ctx, 'ana', { taskId: 't-mod-es' }).violations.map((v) => v.constraint)).toEqual(['task-interaction']);
    expect(whyNot(ctx, 'ana', { coachId: 'c-john' }).violations.map((v) => v.english)).toEqual(['the coach speaks English; the Rep speaks Spanish']);
    // The English task with a Spanish coach: the task alone is out.
    expect(whyNot(ctx, 'ana', { taskId: 't-solo-en', coachId: 'c-ines' }).violations.map((v) => v.constraint)).toEqual(['task-language']);
  });
});

describe('whyNot', () => {
  const d = data({
    reps: [rep('r1', { languages: ['es', 'en'], interests: ['events'] })],
    tasks: [task('t1', { area: 'events' }), task('t2'), task('t-en', { languages: ['en'] }), task('t3', { effortHours: 1 })],
    coaches: [coach('c1'), coach('c2', { timezone: 'Asia/Tokyo' }), coach('c-en', { languages: ['en'] })],
  });
  const ctx = prepareMatchContext(d);
  const all = suggestForRep(ctx, 'r1', { limit: Infinity });

  it('gives a possible pair its rank and fit in the full ranking', () => {
    for (const s of all.suggestions) {
      const w = whyNot(ctx, 'r1', { taskId: s.taskId, coachId: s.coachId });
      expect(w.violations).toEqual([]);
      expect(w.best).toMatchObject({ rank: s.rank, points: s.points, of: all.feasiblePairs });
      expect(w.best!.english).toBe(`possible: ranked ${s.rank} of ${all.feasiblePairs} with a fit of ${Math.round(s.score * 100)}%`);
    }
  });

  it('gives a task or coach alone its best pair', () => {
    const best = all.suggestions.find((s) => s.taskId === 't2')!;
    expect(whyNot(ctx, 'r1', { taskId: 't2' }).best).toMatchObject({ taskId: 't2', coachId: best.coachId, rank: best.rank });
    expect(whyNot(ctx, 'r1', { coachId: 'c-en' }).best).toMatchObject({ taskId: 't-en', coachId: 'c-en' });
  });

  it('says when a possible task has no possible partner', () => {
    const lonely = prepareMatchContext({ ...d, coaches: [coach('c-en', { languages: ['en'] })] });
    expect(whyNot(lonely, 'r1', { taskId: 't1' }).violations.map((v) => v.constraint)).toEqual(['task-no-coach']);
    const noTask = prepareMatchContext({ ...d, tasks: [task('t-en', { languages: ['en'] })] });
    expect(whyNot(noTask, 'r1', { coachId: 'c1' }).violations.map((v) => v.constraint)).toEqual(['coach-no-task']);
  });

  it('answers unknown ids as violations and refuses an empty question or an unknown Rep', () => {
    expect(whyNot(ctx, 'r1', { taskId: 'nope', coachId: 'c1' }).violations.map((v) => [v.constraint, v.english])).toEqual([['task-unknown', 'there is no task nope']]);
    expect(whyNot(ctx, 'r1', { coachId: 'nope' }).violations[0]!.constraint).toBe('coach-unknown');
    expect(() => whyNot(ctx, 'r1', {})).toThrow(/needs a taskId, a coachId or both/);
    expect(() => suggestForRep(ctx, 'ghost')).toThrow(ApiError);
    expect(() => suggestForRep(ctx, 'ghost')).toThrow(/no Rep ghost/);
    expect(() => suggestForRep(ctx, 'r1', { limit: -1 })).toThrow(/limit must be a number ≥ 0/);
  });
});

describe('from choice to plan', () => {
  const d = data({
    reps: [rep('r1')],
    tasks: [task('t1', { steps: ['Read the FAQ', 'Translate', 'Review'], expectedDays: 14 })],
    coaches: [coach('c1', { capacity: 1 })],
  });
  const ctx = prepareMatchContext(d);
  const shown = suggestForRep(ctx, 'r1').suggestions;

  it('makes a proposed engagement with the steps, a first-step due date and the frozen suggestions', () => {
    const plan = planFromChoice(ctx, 'r1', { taskId: 't1', coachId: 'c1', now: NOW, shown, orientationCallAt: '2026-01-17T16:00:00.000Z' });
    expect(plan.engagement).toEqual({
      repId: 'r1',
      taskId: 't1',
      coachId: 'c1',
      status: 'proposed',
      steps: [
        { text: 'Read the FAQ', done: false },
        { text: 'Translate', done: false },
        { text: 'Review', done: false },
      ],
      dueAt: '2026-01-20T12:00:00.000Z',
      orientationCallAt: '2026-01-17T16:00:00.000Z',
    });
    expect(plan.firstStep).toBe('Read the FAQ');
    expect(plan.taskDueAt).toBe('2026-01-29T12:00:00.000Z');
    expect(plan.session.chosen).toEqual({ taskId: 't1', coachId: 'c1' });
    expect(plan.session.suggestions[0]).toMatchObject({ taskId: 't1', coachId: 'c1', score: shown[0]!.score });
    expect(plan.session.suggestions[0]!.reasons[0]).toEqual({ factor: 'language', score: 1, text: 'speaks Spanish' });
    expect([firstStepDays(14, 3), firstStepDays(60, 2), firstStepDays(3, 5)]).toEqual([5, 7, 2]);
  });

  it('refuses a pair that became impossible since it was shown, saying why', () => {
    const later = prepareMatchContext({ ...d, engagements: [engagement('e1', 'r2', 't9', 'c1')] });
    expect(() => planFromChoice(later, 'r1', { taskId: 't1', coachId: 'c1', now: NOW, shown })).toThrow(/no longer possible: the coach is at capacity \(1 of 1 engagements\)/);
    expect(() => planFromChoice(ctx, 'r1', { taskId: 't1', coachId: 'c1', now: 'tomorrow', shown })).toThrow(/now is not a date/);
  });
});

describe('batch candidates', () => {
  it('feed solveBatch with free capacities and free slots', async () => {
    const d = data({
      reps: [rep('r1'), rep('r2'), rep('r3'), rep('r-busy')],
      tasks: [task('t1', { slots: 2 }), task('t2', { slots: 1 })],
      coaches: [coach('c1', { capacity: 2 }), coach('c2', { capacity: 1 })],
      engagements: [engagement('e1', 'r-busy', 't1', 'c1')],
    });
    const ctx = prepareMatchContext(d);
    const problem = batchProblem(ctx, ['r1', 'r2', 'r3']);
    expect(problem.coaches).toEqual([{ id: 'c1', capacity: 1 }, { id: 'c2', capacity: 1 }]);
    expect(problem.tasks).toEqual([{ id: 't1', slots: 1 }, { id: 't2', slots: 1 }]);
    expect(problem.candidates.length).toBe(12);
    expect(candidatesForBatch(ctx, ['r1'], { perRep: 2 }).map((c) => `${c.taskId}/${c.coachId}`)).toEqual(ids(suggestForRep(ctx, 'r1', { limit: 2 }).suggestions));
    const plan = await solveBatch(problem);
    expect(plan.assignments.length).toBe(2);
    expect(planViolations(problem, plan.assignments)).toEqual([]);
  });
});

describe('messages', () => {
  it('lists every message with English text, and every placeholder gets an argument on the demo community', () => {
    expect(MATCH_MESSAGE_IDS.length).toBe(Object.keys(MATCH_MESSAGES).length);
    for (const id of MATCH_MESSAGE_IDS) expect(id).toMatch(/^match-(reason|why)-[a-z-]+$/);
    const c = generateCommunity(DEMO_OPTIONS);
    const ctx = prepareMatchContext({ ...c, settings: settings(), referenceDate: c.referenceDate });
    const seen = new Set<string>();
    for (const r of c.reps.slice(0, 30)) {
      const res = suggestForRep(ctx, r.id, { limit: 5 });
      for (const s of res.suggestions) for (const x of s.reasons) seen.add(x.english);
      for (const t of c.tasks.slice(0, 10)) for (const v of whyNot(ctx, r.id, { taskId: t.id }).violations) seen.add(v.english);
      for (const k of c.coaches) for (const v of whyNot(ctx, r.id, { coachId: k.id }).violations) seen.add(v.english);
      expect(ids(res.suggestions)).toEqual(ids(suggestNaive(ctx, r.id, { limit: 5 }).suggestions));
    }
    expect(seen.size).toBeGreaterThan(20);
    for (const text of seen) expect(text).not.toMatch(/\{\$|\{ \$|undefined|NaN/);
  });
});
