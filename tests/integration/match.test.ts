import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStatusCause } from '../../shared/status-causes';
import type { CommunityData } from '../../electron/backend/seed';
import { openTestBackend, type TestBackend } from '../support/reps-backend';

/** The demo community: Raúl (rep-0019) speaks only Spanish and reported bullying in "Events team Madrid". */
let demo: CommunityData;
let t: TestBackend;
beforeAll(async () => {
  demo = (await import('../../resources/demo/demo-community.json')).default as unknown as CommunityData;
  t = await openTestBackend({ loadDemo: async () => structuredClone(demo) });
});
afterAll(async () => t?.close());

const RAUL = 'rep-0019';
const LUCIA = 'coach-001';
const conversation = (over: Record<string, unknown> = {}) => ({
  repId: RAUL,
  date: '2026-11-27T10:00:00.000Z',
  channel: 'video-call',
  reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'Belittled in the team chat' }],
  wantsToContinue: 'yes',
  hoursPerMonth: 4,
  interests: ['localization'],
  avoidTeams: ['Events team Madrid'],
  consentToShare: true,
  notes: 'Prefers Spanish',
  ...over,
});
const count = async (method: string, input: unknown, pick: (v: any) => unknown[]) => pick(await t.value(method, input)).length;

describe('the why conversation', () => {
  it('refuses bad input with the field named and records nothing', async () => {
    const before = await count('match.conversations', { repId: RAUL }, (v) => v.items);
    const unknown = await t.call('match.recordConversation', conversation({ reasons: [{ category: 'made-up', severity: 2 }] }));
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'BAD_INPUT', message: 'reasons.0.category: "made-up" is not a reason in Settings' });
    const severity = await t.call('match.recordConversation', conversation({ reasons: [{ category: 'burnout', severity: 5 }] }));
    expect(!severity.ok && severity.error.message).toMatch(/reasons\.0\.severity.*1 \(mild\) to 3/);
    const hours = await t.call('match.recordConversation', conversation({ hoursPerMonth: -1 }));
    expect(!hours.ok && hours.error.message).toMatch(/hoursPerMonth/);
    const coach = await t.call('match.recordConversation', conversation({ avoidCoachIds: ['coach-nobody'] }));
    expect(!coach.ok && coach.error.message).toBe('avoidCoachIds.0: there is no coach "coach-nobody"');
    expect(await count('match.conversations', { repId: RAUL }, (v) => v.items)).toBe(before);
  });

  it('records an attempt that did not reach the Rep, and a full conversation', async () => {
    const attempt = await t.value('match.recordConversation', { repId: RAUL, date: '2026-11-26T10:00:00.000Z', channel: 'email', reached: false });
    expect(attempt).toMatchObject({ reached: false, reasons: [], heldBy: 'Demo user' });
    const full = await t.value('match.recordConversation', conversation());
    expect(full).toMatchObject({ reached: true, reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'Belittled in the team chat' }], notes: 'Prefers Spanish', avoidTeams: ['Events team Madrid'] });
  });

  it('shows confidential notes to the mentor and the Council, and redacts them for a coach', async () => {
    const notesOf = async () => (await t.value('match.conversations', { repId: RAUL })) as { redacted: boolean; items: any[] };
    const mentor = await notesOf();
    expect(mentor.redacted).toBe(false);
    expect(mentor.items.some((c) => c.notes === 'Prefers Spanish' && c.reasons[0].note === 'Belittled in the team chat')).toBe(true);
    await t.asRole('council');
    expect((await notesOf()).items.some((c) => c.notes === 'Prefers Spanish')).toBe(true);
    await t.asRole('coach');
    const coach = await notesOf();
    expect(coach.redacted).toBe(true);
    expect(coach.items.length).toBe(mentor.items.length);
    for (const c of coach.items) {
      expect(c.notes).toBe('');
      for (const r of c.reasons) expect(r.note).toBe('');
    }
    // The reason categories themselves stay: a coach still needs to know the ceiling.
    expect(coach.items.some((c) => c.reasons.some((r: any) => r.category === 'bullying-toxicity'))).toBe(true);
    await t.asRole('mentor');
  });
});

describe('suggestions and why not', () => {
  it('are all solo or light, with Spanish-speaking coaches outside the team Raúl named', async () => {
    const s = await t.value('match.suggest', { repId: RAUL, limit: 20 });
    expect(s.suggestions.length).toBeGreaterThan(0);
    expect(s.profile).toMatchObject({ ceiling: 'light', languages: ['es'] });
    for (const x of s.suggestions) {
      expect(['solo', 'light']).toContain(x.interaction);
      expect(x.coachLanguages.some((l: string) => l.startsWith('es'))).toBe(true);
      expect(x.coachTeams).not.toContain('Events team Madrid');
      expect(x.coachId).not.toBe(LUCIA);
      expect(x.reasons.map((r: any) => r.messageId)).toContain('match-reason-language');
    }
    const ranks = s.suggestions.map((x: any) => x.points);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('says why Lucía is out, and why a moderate task is out', async () => {
    const lucia = await t.value('match.whyNot', { repId: RAUL, coachId: LUCIA });
    expect(lucia.violations.map((v: any) => v.constraint)).toContain('coach-team-avoided');
    expect(lucia.violations[0].english).toMatch(/Events team Madrid/);
    const moderate = demo.tasks!.find((x) => x.interaction === 'moderate')!;
    const task = await t.value('match.whyNot', { repId: RAUL, taskId: moderate.id });
    expect(task.violations.map((v: any) => v.constraint)).toContain('task-interaction');
    const neither = await t.call('match.whyNot', { repId: RAUL });
    expect(!neither.ok && neither.error.message).toMatch(/taskId: choose a task or a coach/);
  });
});

describe('choosing a pair', () => {
  it('refuses a pair that breaks a constraint and changes nothing', async () => {
    const top = (await t.value('match.suggest', { repId: RAUL })).suggestions[0];
    const before = (await t.value('engagements.list', {})).items.length;
    const r = await t.call('match.choose', { repId: RAUL, taskId: top.taskId, coachId: LUCIA });
    expect(!r.ok && r.error).toMatchObject({ code: 'CONFLICT' });
    expect(!r.ok && r.error.message).toMatch(/Events team Madrid/);
    expect((await t.value('engagements.list', {})).items.length).toBe(before);
    expect((await t.value('reps.get', { id: RAUL })).rep.status).toBe('inactive');
  });

  it('creates a proposed engagement, a session with the frozen suggestions, and moves the Rep to re-engaging', async () => {
    const shown = await t.value('match.suggest', { repId: RAUL, limit: 5 });
    const pick = shown.suggestions[1];
    const freeBefore = pick.reasons.find((r: any) => r.factor === 'coachLoad').args.free;
    const done = await t.value('match.choose', { repId: RAUL, taskId: pick.taskId, coachId: pick.coachId, shown: 5, orientationCallAt: '2026-12-03T17:00:00.000Z' });
    const task = demo.tasks!.find((x) => x.id === pick.taskId)!;
    expect(done.engagement).toMatchObject({ repId: RAUL, taskId: pick.taskId, coachId: pick.coachId, status: 'proposed', matchSessionId: done.session.id, orientationCallAt: '2026-12-03T17:00:00.000Z' });
    expect(done.engagement.steps).toEqual(task.steps.map((text) => ({ text, done: false })));
    expect(done.engagement.dueAt > '2026-11-28').toBe(true);
    expect(done.session).toMatchObject({ repId: RAUL, chosen: { taskId: pick.taskId, coachId: pick.coachId }, engagementId: done.engagement.id });
    expect(done.session.suggestions.map((s: any) => [s.taskId, s.coachId])).toEqual(shown.suggestions.map((s: any) => [s.taskId, s.coachId]));
    expect(done.session.suggestions[1].reasons.map((r: any) => r.text)).toEqual(pick.reasons.map((r: any) => r.english));

    const rep = (await t.value('reps.get', { id: RAUL })).rep;
    expect(rep.status).toBe('re-engaging');
    const last = rep.statusHistory.at(-1);
    expect({ ...last, cause: formatStatusCause(last.cause) }).toMatchObject({ from: 'inactive', to: 're-engaging', cause: `match session: proposed “${task.title}” with ${pick.coachName}` });
    const detail = await t.value('engagements.get', { id: done.engagement.id });
    expect(detail.row.status).toBe('proposed');

    // The cached context was rebuilt: the coach now has one place fewer, and the task is Raúl's.
    const after = await t.value('match.whyNot', { repId: RAUL, taskId: pick.taskId });
    expect(after.violations.map((v: any) => v.constraint)).toContain('task-already');
    if (freeBefore > 1) {
      const again = (await t.value('match.suggest', { repId: RAUL, limit: 100 })).suggestions.find((s: any) => s.coachId === pick.coachId);
      expect(again.reasons.find((r: any) => r.factor === 'coachLoad').args.free).toBe(freeBefore - 1);
    } else {
      expect((await t.value('match.whyNot', { repId: RAUL, coachId: pick.coachId })).violations.map((v: any) => v.constraint)).toContain('coach-full');
    }
  });
});

describe('batch matching', () => {
  it('plans every waiting Rep within capacities, at least as well as greedy', async () => {
    const plan = await t.value('match.batchPlan', {});
    expect(plan.waiting.length).toBeGreaterThan(1);
    expect(plan.waiting.map((w: any) => w.id)).not.toContain(RAUL); // he has an open engagement now
    expect(plan.total).toBeGreaterThanOrEqual(plan.greedyTotal - 1e-9);
    expect(plan.optimal).toBe(true);
    const seen = new Set<string>();
    for (const p of plan.pairs) {
      expect(seen.has(p.repId)).toBe(false);
      seen.add(p.repId);
      const why = await t.value('match.whyNot', { repId: p.repId, taskId: p.taskId, coachId: p.coachId });
      expect(why.violations).toEqual([]);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    expect(plan.total).toBeCloseTo(plan.pairs.reduce((s: number, p: any) => s + p.score, 0), 5);
  });

  it('refuses a plan with a pair that breaks a constraint, naming the pair, and creates nothing', async () => {
    const plan = await t.value('match.batchPlan', {});
    const pairs = plan.pairs.map((p: any) => ({ repId: p.repId, taskId: p.taskId, coachId: p.coachId }));
    const before = (await t.value('engagements.list', {})).items.length;
    const bad = await t.call('match.batchAccept', { pairs: [...pairs, { ...pairs[0] }] });
    expect(!bad.ok && bad.error.message).toMatch(new RegExp(`^pairs\\.${pairs.length}: .* appears twice in the plan$`));
    const wrongCoach = await t.call('match.batchAccept', { pairs: [{ ...pairs[0], coachId: 'coach-nobody' }] });
    expect(!wrongCoach.ok && wrongCoach.error.message).toMatch(/^pairs\.0: .*there is no coach coach-nobody/);
    expect((await t.value('engagements.list', {})).items.length).toBe(before);
  });

  it('refuses a plan that gives a coach more Reps than their free places, and creates nothing', async () => {
    const reps = (await t.value('reps.list', { status: ['inactive', 'at-risk'], limit: 500 })).items.map((r: any) => r.id);
    // Every quiet Rep's best pair with one coach, until there is one more than the coach has room for.
    const coach = (await t.value('match.suggest', { repId: reps.find((id: string) => id !== RAUL), limit: 1 })).suggestions[0];
    const free = coach.reasons.find((r: any) => r.factor === 'coachLoad').args.free as number;
    const pairs: { repId: string; taskId: string; coachId: string }[] = [];
    const tasks = new Map<string, number>();
    for (const repId of reps) {
      if (pairs.length > free) break;
      const why = await t.value('match.whyNot', { repId, coachId: coach.coachId });
      if (!why.best || (tasks.get(why.best.taskId) ?? 0) > 0) continue;
      tasks.set(why.best.taskId, 1);
      pairs.push({ repId, taskId: why.best.taskId, coachId: coach.coachId });
    }
    expect(pairs.length).toBe(free + 1);
    const before = (await t.value('engagements.list', {})).items.length;
    const r = await t.call('match.batchAccept', { pairs });
    expect(!r.ok && r.error.message).toBe(`pairs.${free}: the plan gives ${coach.coachName} ${free + 1} Reps but only ${free} places are free`);
    expect((await t.value('engagements.list', {})).items.length).toBe(before);
  });

  it('accepts an edited plan (one pair dropped) as proposed engagements with sessions', async () => {
    const plan = await t.value('match.batchPlan', {});
    const kept = plan.pairs.slice(1).map((p: any) => ({ repId: p.repId, taskId: p.taskId, coachId: p.coachId }));
    const { created } = await t.value('match.batchAccept', { pairs: kept });
    expect(created.map((c: any) => [c.engagement.repId, c.engagement.taskId, c.engagement.coachId, c.engagement.status])).toEqual(kept.map((k: any) => [k.repId, k.taskId, k.coachId, 'proposed']));
    for (const c of created) expect(c.session.engagementId).toBe(c.engagement.id);
    const waiting = (await t.value('match.waiting')).items.map((w: any) => w.id);
    expect(waiting).toEqual([plan.pairs[0].repId]);
  });
});
