import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import type { z } from 'zod';
import {
  Activity,
  ActivityType,
  Coach,
  Conversation,
  CouncilCase,
  Engagement,
  MatchSession,
  Reminder,
  Rep,
  Survey,
  Task,
  type RepStatus,
} from '../../shared/model';
import { PASSIVE_ACTIVITY_TYPES } from '../../shared/domain/defaults';
import { activityHealth, lastSignificantActivity } from '../../shared/domain/inactivity';
import { wholeDaysBetween } from '../../shared/time/calendar';
import { BENCH_OPTIONS, DEMO_OPTIONS, generateCommunity, type Community, type CommunityOptions } from '../../shared/demo/generate';
import { Rng } from '../../shared/demo/random';

const DAY_MS = 86_400_000;
const THRESHOLDS = { atRiskDays: 90, inactiveDays: 365 };
const SIGNIFICANT = new Set(ActivityType.options.filter((t) => !PASSIVE_ACTIVITY_TYPES.includes(t)));
const WORKFLOW = new Set<RepStatus>(['re-engaging', 'returned', 'alumni']);
const OPEN = new Set(['proposed', 'active', 'stalled']);

const MID_OPTIONS: CommunityOptions = { seed: 7, reps: 500, coaches: 40, tasks: 200, activitiesPerRep: 15, referenceDate: DEMO_OPTIONS.referenceDate };

const demo = generateCommunity(DEMO_OPTIONS);
const mid = generateCommunity(MID_OPTIONS);

const SCHEMAS: { [K in Exclude<keyof Community, 'referenceDate'>]: z.ZodType } = {
  reps: Rep,
  activities: Activity,
  coaches: Coach,
  tasks: Task,
  conversations: Conversation,
  matchSessions: MatchSession,
  engagements: Engagement,
  surveys: Survey,
  councilCases: CouncilCase,
  reminders: Reminder,
};

function collections(c: Community) {
  return Object.keys(SCHEMAS).map((k) => [k, c[k as keyof typeof SCHEMAS] as { id: string; createdAt: string; updatedAt: string; version: number }[]] as const);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k) ?? [];
    list.push(it);
    out.set(k, list);
  }
  return out;
}

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  return items.reduce((n, t) => n + (pred(t) ? 1 : 0), 0);
}

/** Health of every Rep computed with the app's own rules, from the generated activity. */
function healthByRep(c: Community) {
  const byRep = groupBy(c.activities, (a) => a.repId);
  return new Map(
    c.reps.map((r) => {
      const acts = byRep.get(r.id) ?? [];
      const last = lastSignificantActivity(acts, SIGNIFICANT, c.referenceDate);
      return [r.id, { acts, last, health: activityHealth(last?.date ?? null, c.referenceDate, THRESHOLDS, 'UTC') }] as const;
    }),
  );
}

describe.each([
  ['demo', demo],
  ['mid-size (500 reps)', mid],
])('generated community: %s', (_label, c) => {
  it('every record parses with its zod schema, unchanged (no missing defaults)', () => {
    const failures: string[] = [];
    for (const [name, records] of collections(c)) {
      const schema = SCHEMAS[name as keyof typeof SCHEMAS];
      for (const r of records) {
        const res = schema.safeParse(r);
        if (!res.success) failures.push(`${name}/${r.id}: ${res.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        else if (!isDeepStrictEqual(res.data, r)) failures.push(`${name}/${r.id}: parse changed the record`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('record metadata: unique ids, version 1, createdAt ≤ updatedAt ≤ referenceDate', () => {
    const ref = Date.parse(c.referenceDate);
    for (const [name, records] of collections(c)) {
      expect(new Set(records.map((r) => r.id)).size, name).toBe(records.length);
      for (const r of records) {
        expect(r.version).toBe(1);
        expect(r.createdAt.endsWith('Z') && r.updatedAt.endsWith('Z')).toBe(true);
        expect(Date.parse(r.createdAt), `${name}/${r.id}`).toBeLessThanOrEqual(Date.parse(r.updatedAt));
        expect(Date.parse(r.updatedAt), `${name}/${r.id}`).toBeLessThanOrEqual(ref);
      }
    }
  });

  it('referential integrity', () => {
    const reps = new Map(c.reps.map((r) => [r.id, r]));
    const coaches = new Set(c.coaches.map((x) => x.id));
    const tasks = new Set(c.tasks.map((x) => x.id));
    const engagements = new Map(c.engagements.map((e) => [e.id, e]));
    const conversations = new Map(c.conversations.map((x) => [x.id, x]));
    for (const r of c.reps) {
      if (r.mentorId !== null) {
        expect(reps.get(r.mentorId)?.isMentor, r.id).toBe(true);
        expect(r.mentorId).not.toBe(r.id);
      }
    }
    for (const a of c.activities) expect(reps.has(a.repId)).toBe(true);
    for (const co of c.coaches) if (co.repId !== null) expect(reps.get(co.repId)?.email).toBe(co.email);
    for (const t of c.tasks) for (const id of t.preferredCoachIds) expect(coaches.has(id)).toBe(true);
    for (const cv of c.conversations) {
      expect(reps.has(cv.repId)).toBe(true);
      for (const id of cv.avoidCoachIds) expect(coaches.has(id)).toBe(true);
    }
    for (const e of c.engagements) {
      expect(reps.has(e.repId) && tasks.has(e.taskId) && coaches.has(e.coachId), e.id).toBe(true);
      if (e.matchSessionId !== null) expect(c.matchSessions.find((m) => m.id === e.matchSessionId)?.engagementId).toBe(e.id);
    }
    for (const s of c.surveys) {
      const e = engagements.get(s.engagementId);
      expect(e?.repId, s.id).toBe(s.repId);
      expect(e?.status).toBe('completed');
    }
    for (const m of c.matchSessions) {
      expect(reps.has(m.repId)).toBe(true);
      if (m.conversationId !== null) expect(conversations.get(m.conversationId)?.repId).toBe(m.repId);
      for (const s of m.suggestions) expect(tasks.has(s.taskId) && coaches.has(s.coachId)).toBe(true);
      if (m.engagementId !== null) {
        const e = engagements.get(m.engagementId);
        expect(e?.repId).toBe(m.repId);
        expect(m.chosen).toEqual({ taskId: e?.taskId, coachId: e?.coachId });
      }
    }
    for (const k of c.councilCases) expect(reps.has(k.subjectRepId)).toBe(true);
    for (const rm of c.reminders) expect(reps.has(rm.repId)).toBe(true);
    expect(new Set(c.reminders.map((r) => r.idempotencyKey)).size).toBe(c.reminders.length);
  });

  it('stored status agrees with the inactivity rules, and the status history explains it', () => {
    const health = healthByRep(c);
    for (const r of c.reps) {
      const h = health.get(r.id)!;
      if (!WORKFLOW.has(r.status)) expect(r.status, r.id).toBe(h.health);
      expect(r.statusHistory.length, r.id).toBeGreaterThan(0);
      expect(r.statusHistory.at(-1)?.to, r.id).toBe(r.status);
      expect(r.statusHistory[0]?.from).toBeNull();
      for (let i = 0; i < r.statusHistory.length; i++) {
        const ch = r.statusHistory[i]!;
        expect(formatStatusCause(ch.cause).length, `${r.id} cause`).toBeGreaterThan(10);
        if (i > 0) {
          expect(ch.from).toBe(r.statusHistory[i - 1]!.to);
          expect(Date.parse(ch.at)).toBeGreaterThanOrEqual(Date.parse(r.statusHistory[i - 1]!.at));
        }
      }
    }
  });

  it('engagements respect the matching hard constraints and tell a consistent story', () => {
    const reps = new Map(c.reps.map((r) => [r.id, r]));
    const coaches = new Map(c.coaches.map((x) => [x.id, x]));
    const tasks = new Map(c.tasks.map((x) => [x.id, x]));
    const surveys = new Map(c.surveys.map((s) => [s.engagementId, s]));
    const load = new Map<string, number>();
    const slots = new Map<string, number>();
    for (const e of c.engagements) {
      const rep = reps.get(e.repId)!;
      const coach = coaches.get(e.coachId)!;
      const task = tasks.get(e.taskId)!;
      expect(coach.languages.some((l) => rep.languages.includes(l)), `${e.id}: coach speaks a language of the rep`).toBe(true);
      expect(task.status).not.toBe('draft');
      expect(e.steps.map((s) => s.text)).toEqual(task.steps);
      if (OPEN.has(e.status)) {
        load.set(coach.id, (load.get(coach.id) ?? 0) + 1);
        slots.set(task.id, (slots.get(task.id) ?? 0) + 1);
        expect(coach.active).toBe(true);
        expect(task.status).toBe('published');
      }
      if (e.status === 'completed') {
        expect(e.deliverableLink).toMatch(/^https:\/\//);
        expect(e.steps.every((s) => s.done)).toBe(true);
        expect(e.completedAt).not.toBeNull();
        const s = surveys.get(e.id);
        expect(s?.status).toBe('answered');
        expect(s?.goodExperience).toBeGreaterThanOrEqual(1);
      }
      if (e.status === 'abandoned') expect(e.abandonReason).not.toBe('');
      if (e.status === 'proposed') expect(e.startedAt).toBeNull();
      else expect(e.startedAt).not.toBeNull();
      if (e.status === 'stalled') {
        const last = e.checkIns.at(-1)?.at ?? e.startedAt!;
        expect(wholeDaysBetween(last, c.referenceDate, 'UTC')).toBeGreaterThan(14);
      }
      const conv = c.conversations.find((cv) => cv.repId === e.repId && cv.reached);
      for (const team of conv?.avoidTeams ?? []) expect(coach.teams).not.toContain(team);
    }
    for (const [id, n] of load) expect(n, id).toBeLessThanOrEqual(coaches.get(id)!.capacity);
    for (const [id, n] of slots) expect(n, id).toBeLessThanOrEqual(tasks.get(id)!.slots);
  });

  it('mentors have room for their mentees and every non-mentor has one', () => {
    const mentees = groupBy(c.reps.filter((r) => r.mentorId !== null), (r) => r.mentorId!);
    for (const r of c.reps) {
      if (!r.isMentor) expect(r.mentorId, r.id).not.toBeNull();
      else {
        const list = mentees.get(r.id) ?? [];
        expect(list.length, r.id).toBeLessThanOrEqual(r.mentorCapacity);
        for (const m of list) expect(m.languages.some((l) => r.languages.includes(l)), `${m.id} shares a language with ${r.id}`).toBe(true);
      }
    }
  });
});

describe('demo dataset properties', () => {
  const ref = Date.parse(demo.referenceDate);
  const health = healthByRep(demo);
  const byStatus = (s: RepStatus) => demo.reps.filter((r) => r.status === s);

  it('has the demo size', () => {
    expect(demo.referenceDate).toBe('2026-11-28T12:00:00.000Z');
    expect(demo.reps).toHaveLength(60);
    expect(demo.coaches).toHaveLength(12);
    expect(demo.tasks).toHaveLength(40);
  });

  it('spreads Reps over countries, time zones, languages and areas', () => {
    expect(new Set(demo.reps.map((r) => r.country)).size).toBeGreaterThanOrEqual(6);
    for (const r of demo.reps) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: r.timezone })).not.toThrow();
      expect(r.interests.length).toBeGreaterThan(0);
      expect(r.skills.length).toBeGreaterThan(0);
      expect(r.areas.length).toBeGreaterThan(0);
    }
    expect(new Set(demo.reps.map((r) => r.timezone)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.reps.flatMap((r) => r.languages)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.reps.flatMap((r) => r.areas)).size).toBeGreaterThanOrEqual(6);
    expect(count(demo.reps, (r) => r.languages.includes('en'))).toBeGreaterThanOrEqual(demo.reps.length * 0.8);
    const monolingual = demo.reps.filter((r) => r.languages.length === 1 && r.languages[0] !== 'en');
    expect(monolingual.length).toBeGreaterThanOrEqual(2);
    expect(monolingual.length).toBeLessThanOrEqual(8);
  });

  it('has a realistic status mix', () => {
    const n = demo.reps.length;
    expect(byStatus('active').length / n).toBeGreaterThan(0.38);
    expect(byStatus('active').length / n).toBeLessThan(0.52);
    expect(byStatus('at-risk').length / n).toBeGreaterThan(0.15);
    expect(byStatus('at-risk').length / n).toBeLessThan(0.25);
    expect(byStatus('inactive').length / n).toBeGreaterThan(0.22);
    expect(byStatus('inactive').length / n).toBeLessThan(0.35);
    expect(byStatus('re-engaging').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('returned').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('alumni')).toHaveLength(1);
    const inactive = byStatus('inactive').map((r) => health.get(r.id)!);
    // Quiet for over a year: no activity of any kind in the last 365 days.
    expect(count(inactive, (h) => h.acts.every((a) => wholeDaysBetween(a.date, demo.referenceDate, 'UTC') > 365))).toBeGreaterThanOrEqual(3);
    // Only passive entries (logins, newsletter reads) in the data.
    expect(count(inactive, (h) => h.acts.length > 0 && h.last === null)).toBeGreaterThanOrEqual(2);
  });

  it('has 6-8 mentors, exactly two of them inactive with at least two mentees each', () => {
    const mentors = demo.reps.filter((r) => r.isMentor);
    expect(mentors.length).toBeGreaterThanOrEqual(6);
    expect(mentors.length).toBeLessThanOrEqual(8);
    for (const m of mentors) {
      expect(m.mentorCapacity).toBeGreaterThanOrEqual(3);
      expect(m.mentorCapacity).toBeLessThanOrEqual(8);
    }
    const inactive = mentors.filter((m) => health.get(m.id)!.health === 'inactive');
    expect(inactive).toHaveLength(2);
    for (const m of inactive) {
      const last = health.get(m.id)!.last;
      expect(last === null || wholeDaysBetween(last.date, demo.referenceDate, 'UTC') > 400).toBe(true);
      expect(count(demo.reps, (r) => r.mentorId === m.id)).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a Spanish-only inactive Rep who asked to avoid a team a Spanish-speaking coach belongs to', () => {
    const spanishOnly = demo.reps.filter((r) => r.languages.length === 1 && r.languages[0] === 'es' && r.status === 'inactive');
    const withConv = spanishOnly
      .map((r) => ({ r, conv: demo.conversations.find((c) => c.repId === r.id && c.reasons.some((x) => x.category === 'bullying-toxicity')) }))
      .filter((x) => x.conv !== undefined);
    expect(withConv).toHaveLength(1);
    const conv = withConv[0]!.conv!;
    expect(conv.reached).toBe(true);
    expect(conv.avoidTeams.length).toBeGreaterThan(0);
    const spanishCoaches = demo.coaches.filter((c) => c.languages.includes('es') && c.active);
    expect(spanishCoaches.length).toBeGreaterThanOrEqual(3);
    expect(spanishCoaches.some((c) => c.teams.some((t) => conv.avoidTeams.includes(t)))).toBe(true);
    // Matching must still have somebody: a Spanish speaker outside the avoided team.
    expect(spanishCoaches.some((c) => !c.teams.some((t) => conv.avoidTeams.includes(t)))).toBe(true);
    expect(demo.tasks.some((t) => t.status === 'published' && t.languages.includes('es') && t.interaction !== 'moderate')).toBe(true);
  });

  it('has two years of mixed activity with portal links', () => {
    const types = new Set(demo.activities.map((a) => a.type));
    expect(types.size).toBeGreaterThanOrEqual(10);
    expect([...types].some((t) => SIGNIFICANT.has(t))).toBe(true);
    expect([...types].some((t) => !SIGNIFICANT.has(t))).toBe(true);
    expect(new Set(demo.activities.map((a) => a.externalId)).size).toBe(demo.activities.length);
    let oldest = ref;
    for (const a of demo.activities) {
      const ms = Date.parse(a.date);
      oldest = Math.min(oldest, ms);
      expect(ms).toBeLessThanOrEqual(ref);
      expect(ms).toBeGreaterThanOrEqual(ref - 731 * DAY_MS);
      expect(a.source).toBe('demo');
      expect(a.externalId).toMatch(/^portal-\d+$/);
      if (SIGNIFICANT.has(a.type)) {
        expect(a.link).toMatch(/^https:\/\/reps\.mozilla\.org\//);
        expect(a.area).not.toBeNull();
      }
    }
    expect(ref - oldest).toBeGreaterThan(650 * DAY_MS);
    expect(demo.activities.length / demo.reps.length).toBeGreaterThan(15);
  });

  it('has 12 varied coaches, one inactive', () => {
    const cs = demo.coaches;
    expect(new Set(cs.flatMap((c) => c.languages)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(cs.map((c) => c.timezone)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(cs.flatMap((c) => c.areas)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(cs.map((c) => c.style)).size).toBeGreaterThanOrEqual(3);
    expect(count(cs, (c) => !c.active)).toBe(1);
    for (const c of cs) {
      expect(c.capacity).toBeGreaterThanOrEqual(2);
      expect(c.capacity).toBeLessThanOrEqual(5);
      expect(c.teams.length).toBeGreaterThan(0);
      expect(c.skills.length).toBeGreaterThan(0);
    }
  });

  it('has a catalog of 40 small functional-doer tasks', () => {
    const ts = demo.tasks;
    expect(new Set(ts.map((t) => t.title)).size).toBe(ts.length);
    const status = (s: string) => count(ts, (t) => t.status === s);
    expect(status('published')).toBeGreaterThanOrEqual(30);
    expect(status('draft')).toBeGreaterThanOrEqual(4);
    expect(status('retired')).toBeGreaterThanOrEqual(2);
    expect(count(ts, (t) => t.interaction === 'moderate')).toBeLessThanOrEqual(ts.length * 0.2);
    expect(new Set(ts.map((t) => t.area)).size).toBeGreaterThanOrEqual(8);
    for (const t of ts) {
      const words = t.summary.split(/\s+/).length;
      expect(words, t.title).toBeGreaterThanOrEqual(18);
      expect(words, t.title).toBeLessThanOrEqual(40);
      expect(t.deliverable.length).toBeGreaterThan(10);
      expect(t.effortHours).toBeGreaterThanOrEqual(2);
      expect(t.effortHours).toBeLessThanOrEqual(12);
      expect(t.expectedDays).toBeGreaterThanOrEqual(5);
      expect(t.expectedDays).toBeLessThanOrEqual(21);
      expect(t.steps.length).toBeGreaterThanOrEqual(3);
      expect(t.steps.length).toBeLessThanOrEqual(6);
      expect(t.slots).toBeGreaterThanOrEqual(1);
      expect(t.slots).toBeLessThanOrEqual(5);
      expect(t.tags.length).toBeGreaterThan(0);
      expect(t.skills.length).toBeGreaterThan(0);
    }
  });

  it('has a re-engagement history', () => {
    const cv = demo.conversations;
    expect(cv.length).toBeGreaterThanOrEqual(10);
    expect(cv.length).toBeLessThanOrEqual(16);
    expect(count(cv, (c) => !c.reached)).toBeGreaterThanOrEqual(2);
    expect(new Set(cv.flatMap((c) => c.reasons.map((r) => r.category))).size).toBeGreaterThanOrEqual(4);
    for (const c of cv) if (c.reached) expect(c.reasons.length, c.id).toBeGreaterThan(0);

    const es = demo.engagements;
    expect(es.length).toBeGreaterThanOrEqual(8);
    expect(es.length).toBeLessThanOrEqual(14);
    expect(new Set(es.map((e) => e.status))).toEqual(new Set(['proposed', 'active', 'stalled', 'completed', 'abandoned']));
    expect(count(es, (e) => e.checkIns.length > 0)).toBeGreaterThanOrEqual(5);
    expect(count(es, (e) => e.dueAt !== null)).toBeGreaterThanOrEqual(5);
    expect(es.some((e) => e.orientationCallAt !== null && e.onboarding.length > 0)).toBe(true);
    expect(demo.surveys.length).toBe(count(es, (e) => e.status === 'completed'));
    expect(demo.matchSessions.length).toBeGreaterThanOrEqual(2);
    expect(demo.reminders.length).toBeGreaterThanOrEqual(3);
    for (const r of demo.reminders) expect(r.status).toBe('sent');
    // Every alumni move is backed by a decided Council case.
    for (const r of byStatus('alumni')) {
      expect(demo.councilCases.some((k) => k.subjectRepId === r.id && k.kind === 'alumni-move' && k.decision === 'approve')).toBe(true);
    }
  });
});

describe('determinism', () => {
  it('same options give identical output', () => {
    expect(JSON.stringify(generateCommunity(DEMO_OPTIONS))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateCommunity(MID_OPTIONS))).toBe(JSON.stringify(mid));
  });

  it('a different seed gives a different community', () => {
    const other = generateCommunity({ ...DEMO_OPTIONS, seed: DEMO_OPTIONS.seed + 1 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
    expect(other.reps.map((r) => r.name)).not.toEqual(demo.reps.map((r) => r.name));
  });

  it('history: false leaves the history collections empty and statuses still explained', () => {
    const c = generateCommunity({ ...DEMO_OPTIONS, history: false });
    expect(c.conversations.length + c.engagements.length + c.surveys.length + c.matchSessions.length + c.reminders.length).toBe(0);
    for (const r of c.reps) expect(r.statusHistory.at(-1)?.to).toBe(r.status);
  });

  it('the PRNG is reproducible and its helpers stay in range', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const xs = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(Array.from({ length: 100 }, () => b.int(3, 7))).toEqual(xs);
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
    expect(new Rng(1).fork('x').float()).toBe(new Rng(1).fork('x').float());
    expect(new Rng(1).fork('x').float()).not.toBe(new Rng(1).fork('y').float());
    const s = new Rng(2).sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    expect(new Rng(3).shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('benchmark scale', () => {
  it('generates BENCH_OPTIONS quickly with unique ids and consistent statuses', () => {
    const started = performance.now();
    const c = generateCommunity(BENCH_OPTIONS);
    const ms = performance.now() - started;
    expect(c.reps).toHaveLength(10_000);
    expect(c.coaches).toHaveLength(300);
    expect(c.tasks).toHaveLength(2_000);
    expect(c.activities.length).toBeGreaterThan(190_000);
    expect(c.activities.length).toBeLessThan(210_000);
    expect(c.engagements.length).toBeGreaterThan(500);
    for (const [name, records] of collections(c)) expect(new Set(records.map((r) => r.id)).size, name).toBe(records.length);
    // Generous bound: CI machines are slow and shared; on a developer machine this takes a few seconds.
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('varies task titles and summaries in a 20,000-task catalog', () => {
    const c = generateCommunity({ ...DEMO_OPTIONS, reps: 100, coaches: 50, tasks: 20_000, history: false });
    expect(c.tasks).toHaveLength(20_000);
    expect(new Set(c.tasks.map((t) => t.summary)).size).toBeGreaterThan(15_000);
    expect(new Set(c.tasks.map((t) => t.title)).size).toBeGreaterThan(5_000);
    const words = c.tasks.map((t) => t.summary.split(/\s+/).length);
    expect(words.reduce((a, b) => a + b, 0) / words.length).toBeGreaterThan(20);
    expect(words.reduce((a, b) => a + b, 0) / words.length).toBeLessThan(32);
    for (const w of ['documentation', 'localization', 'translation', 'accessibility', 'screenshots', 'newsletter']) {
      expect(c.tasks.some((t) => t.summary.toLowerCase().includes(w) || t.tags.includes(w)), w).toBe(true);
    }
  }, 60_000);
});
