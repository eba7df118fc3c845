import { describe, expect, it } from 'vitest';
import demo from '../../resources/demo/demo-community.json';
import { ActivityType, type Activity, type Conversation, type Engagement, type Rep, type StatusChange } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import { activityHealth } from '../../shared/domain/inactivity';
import type { Community } from '../../shared/demo/generate';
import type { StudyData } from '../../shared/insights/data';
import { healthAtMs } from '../../shared/insights/indicators';
import { timeToQuiet } from '../../shared/insights/returns';
import { CHART_IDS, computeStudy, toCsvRows, type Study } from '../../shared/insights/study';

const DAY = 86_400_000;
const T0 = '2020-01-01T00:00:00.000Z';
const settings = defaultSettings(ActivityType.options, T0);
const thresholds = { atRiskDays: 90, inactiveDays: 365, mentorInactiveDays: 180, stalledAfterDays: 14 };
const significantTypes = settings.significantActivityTypes;

const meta = { createdAt: T0, updatedAt: T0, version: 1 };
const at = (d: string) => `${d}T00:00:00.000Z`;

function rep(id: string, country: string, areas: Rep['areas'], history: [string, StatusChange['to']][], extra: Partial<Rep> = {}): Rep {
  return {
    id,
    ...meta,
    name: id,
    email: `${id}@example.org`,
    portalHandle: '',
    country,
    region: '',
    timezone: 'UTC',
    languages: ['en'],
    areas,
    interests: [],
    skills: [],
    mentorId: null,
    isMentor: false,
    mentorCapacity: 0,
    status: history.at(-1)?.[1] ?? 'active',
    statusHistory: [[T0.slice(0, 10), 'active'] as [string, StatusChange['to']], ...history].map(([d, to], i, all) => ({
      at: at(d),
      from: i === 0 ? null : (all[i - 1]![1] as StatusChange['to']),
      to,
      id: `sh-${id}-${i}`,
      cause: { messageId: 'status-cause-recorded', args: { text: '' } },
      by: 'test',
    })),
    mentorshipHistory: [],
    hoursPerMonth: 4,
    contactConsent: true,
    remindersOptOut: false,
    preferredChannel: 'email',
    notes: '',
    joinedAt: T0,
    ...extra,
  };
}

function conversation(id: string, repId: string, date: string, reasons: string[]): Conversation {
  return {
    id,
    ...meta,
    repId,
    heldBy: 'mentor',
    date: at(date),
    channel: 'video-call',
    reached: true,
    reasons: reasons.map((category) => ({ category, severity: 2, note: '' })),
    wantsToContinue: 'maybe',
    hoursPerMonth: null,
    interests: [],
    avoidCoachIds: [],
    avoidTeams: [],
    consentToShare: false,
    notes: '',
  };
}

let actN = 0;
const act = (repId: string, date: string, type: Activity['type'] = 'localization') => ({ id: `a${++actN}`, repId, date: at(date), type });

function engagement(id: string, repId: string, fields: Partial<Engagement>): Engagement {
  return {
    id,
    ...meta,
    repId,
    taskId: 'task-solo',
    coachId: 'c1',
    matchSessionId: null,
    status: 'completed',
    steps: [],
    checkIns: [],
    startedAt: null,
    dueAt: null,
    completedAt: null,
    deliverableLink: '',
    abandonReason: '',
    orientationCallAt: null,
    onboarding: [],
    notes: '',
    ...fields,
  };
}

const tasks = [
  { id: 'task-solo', title: 'Solo', area: 'localization' as const, interaction: 'solo' as const },
  { id: 'task-light', title: 'Light', area: 'events' as const, interaction: 'light' as const },
];
const empty: StudyData = { reps: [], activities: [], conversations: [], engagements: [], tasks };

describe('leading causes', () => {
  // Range 2026-01-01 … 2026-07-01.
  const reps = [
    rep('A', 'Spain', ['localization'], [['2025-10-01', 'at-risk'], ['2026-02-10', 'inactive']]),
    rep('B', 'Spain', ['events'], [['2025-01-05', 'at-risk'], ['2026-04-05', 'inactive'], ['2026-05-20', 'alumni']]),
    rep('C', 'Mexico', ['events', 'localization'], [['2025-02-01', 'at-risk'], ['2026-05-01', 'inactive']]),
    rep('D', 'Mexico', ['events'], [['2025-06-01', 'inactive']]),
    rep('E', 'Spain', [], [['2026-03-01', 'inactive'], ['2026-04-01', 'returned']]),
  ];
  const conversations = [
    conversation('k1', 'A', '2026-03-01', ['no-time', 'burnout']),
    conversation('k0', 'A', '2019-05-01', ['moved-on']), // before A's episode began (joined 2020): not this lapse
    conversation('k2', 'B', '2026-04-20', ['burnout']),
    conversation('k3', 'E', '2026-03-15', ['unclear-role']),
    conversation('k4', 'E', '2026-05-01', ['disillusioned']), // after E returned: not why E left
    conversation('k5', 'D', '2026-02-01', ['burnout']), // D went inactive before the range
  ];
  const study = computeStudy({ ...empty, reps, conversations }, { now: at('2026-07-01'), from: at('2026-01-01'), to: at('2026-07-01'), thresholds, significantTypes });
  const c = study.causes;

  it('counts each Rep lost in the range once, and each of their distinct reasons once', () => {
    // Lost in range: A (Feb), B (Apr → alumni in May), C (May), E (Mar). D was lost in 2025.
    // Reasons: A {burnout, no-time}, B {burnout}, C {} → unknown, E {unclear-role} → 5 mentions.
    expect(c).toMatchObject({ repsLost: 4, wentInactive: 3, becameAlumni: 1, withReason: 3, mentions: 5, smallSample: true });
    // burnout 2/5 = 0.4 of mentions, 2/4 = 0.5 of Reps; the others 1/5 = 0.2 and 1/4 = 0.25.
    expect(c.reasons).toEqual([
      { reason: 'burnout', reps: 2, share: 0.4, repShare: 0.5 },
      { reason: 'no-time', reps: 1, share: 0.2, repShare: 0.25 },
      { reason: 'unclear-role', reps: 1, share: 0.2, repShare: 0.25 },
      { reason: 'unknown', reps: 1, share: 0.2, repShare: 0.25 },
    ]);
  });

  it('splits by quarter (empty quarters kept), by country and by each functional area', () => {
    // Q1: A (Feb 10), E (Mar 1). Q2: B (Apr 5), C (May 1). The range ends on Jul 1, so Q3 is absent.
    expect(c.byQuarter.map((q) => [q.key, q.repsLost, q.mentions])).toEqual([
      ['2026-Q1', 2, 3],
      ['2026-Q2', 2, 2],
    ]);
    expect(c.byRegion.map((g) => [g.key, g.repsLost])).toEqual([
      ['Spain', 3],
      ['Mexico', 1],
    ]);
    // C counts in both of their areas; E has none.
    expect(c.byArea.map((g) => [g.key, g.repsLost])).toEqual([
      ['events', 2],
      ['localization', 2],
      ['none', 1],
    ]);
    expect(c.byArea.find((g) => g.key === 'events')!.reasons.map((r) => [r.reason, r.reps, r.share])).toEqual([
      ['burnout', 1, 0.5],
      ['unknown', 1, 0.5],
    ]);
  });

  it('keeps the Reps of one country or area when filtered', () => {
    const mexico = computeStudy({ ...empty, reps, conversations }, { now: at('2026-07-01'), from: at('2026-01-01'), to: at('2026-07-01'), region: 'Mexico', thresholds, significantTypes });
    expect(mexico.reps).toBe(2);
    expect(mexico.causes.reasons).toEqual([{ reason: 'unknown', reps: 1, share: 1, repShare: 1 }]);
    const l10n = computeStudy({ ...empty, reps, conversations }, { now: at('2026-07-01'), from: at('2026-01-01'), to: at('2026-07-01'), area: 'localization', thresholds, significantTypes });
    expect(l10n.causes.repsLost).toBe(2);
  });
});

describe('community indicators', () => {
  // Series: complete months of 2026-04-01 … 2026-07-01 → April, May, June; baselines from 2025-04.
  const months = (from: string, count: number) => Array.from({ length: count }, (_, i) => new Date(Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1 + i, 1)).toISOString().slice(0, 7));
  const P = rep('P', 'Chile', ['design'], [], { isMentor: true });
  const Q = rep('Q', 'Chile', ['design'], []);
  const activities = [
    // P: 4 a month from 2025-04 to 2026-03, last on 2026-03-15, then silence.
    ...months('2025-04', 12).flatMap((m) => ['01', '05', '10', '15'].map((d) => act('P', `${m}-${d}`))),
    // Q: 1 a month throughout, and a login in June that does not count.
    ...months('2025-04', 15).map((m) => act('Q', `${m}-20`)),
    act('Q', '2026-06-21', 'login'),
  ];
  const engagements = [
    engagement('open-q', 'Q', { status: 'active', startedAt: at('2026-05-20'), checkIns: [{ at: at('2026-05-25'), by: 'c', note: '', stepsDone: [] }] }),
    engagement('stall-p', 'P', { status: 'stalled', startedAt: at('2026-06-01') }),
    engagement('gone', 'P', { status: 'abandoned', startedAt: at('2026-04-01'), updatedAt: at('2026-04-20') }),
    engagement('done', 'Q', { status: 'completed', startedAt: at('2026-04-01'), completedAt: at('2026-06-10') }),
  ];
  const study = computeStudy(
    { ...empty, reps: [P, Q], activities, engagements },
    { now: at('2026-07-01'), from: at('2026-04-01'), to: at('2026-07-01'), thresholds: { ...thresholds, mentorInactiveDays: 100 }, significantTypes },
  );
  const chile = study.indicators.communities.find((c) => c.kind === 'region' && c.key === 'Chile')!;

  it('computes activity against the trailing 12-month baseline', () => {
    expect(study.indicators.months).toEqual(['2026-04', '2026-05', '2026-06']);
    // Baseline months all had 4 + 1 = 5. April: 1 / 5 = 0.2, sd 0 → no z-score.
    // May: baseline (11·5 + 1)/12 = 4.6667, ratio 0.2143; sd = √((11·0.3333² + 3.6667²)/11) = 1.1547,
    //      z = (1 − 4.6667)/1.1547 = −3.1754. June: baseline (10·5 + 2)/12 = 4.3333, ratio 0.2308.
    const [apr, may, jun] = chile.points;
    expect([apr!.activity, apr!.baseline, apr!.ratio, apr!.zScore]).toEqual([1, 5, 0.2, null]);
    expect(may!.baseline).toBeCloseTo(4.6667, 4);
    expect(may!.ratio).toBeCloseTo(0.2143, 4);
    expect(may!.zScore!).toBeCloseTo(-3.1754, 4);
    expect(jun!.ratio).toBeCloseTo(0.2308, 4);
  });

  it('counts at-risk members, inactive mentors and stalled engagements at each month end', () => {
    // P's last activity 2026-03-15: 46 days at the end of April, 77 at the end of May, 107 at the
    // end of June → at risk (≥ 90) and, as a mentor, inactive (≥ 100) only in June.
    // Stalled (≥ 14 days since last touch, open at month end): April 'done' (started 04-01); May 'done'
    // ('open-q' touched 05-25, 7 days); June 'open-q' (36 days) and 'stall-p' (30 days); 'done' completed
    // 06-10; 'gone' was abandoned on 04-20.
    expect(chile.points.map((p) => [p.members, p.atRisk, p.atRiskShare, p.mentors, p.inactiveMentors, p.inactiveMentorShare, p.stalledEngagements])).toEqual([
      [2, 0, 0, 1, 0, 0, 1],
      [2, 0, 0, 1, 0, 0, 1],
      [2, 1, 0.5, 1, 1, 1, 2],
    ]);
    expect(chile).toMatchObject({ members: 2, smallSample: true });
  });

  it('lists the community as drifting, with every indicator that moved', () => {
    // Activity < 0.7 of a baseline ≥ 3 in May and June; at-risk share 0 → 0.5 (≥ 10 points); inactive
    // mentor share 0 → 1; stalled 1 → 2 (≥ 2 and up). Compared with April (the series is 3 months).
    const drift = study.indicators.drifting.find((d) => d.kind === 'region' && d.key === 'Chile')!;
    expect(drift.signals.map((s) => [s.indicator, s.reference])).toEqual([
      ['activity', 0.7],
      ['at-risk', 0],
      ['inactive-mentors', 0],
      ['stalled-engagements', 1],
    ]);
    // Same size and signals: ordered by name ('Chile' sorts before 'design').
    expect(study.indicators.drifting.map((d) => `${d.kind}:${d.key}`)).toEqual(['region:Chile', 'area:design']);
  });

  it('uses the inactivity rule of shared/domain on milliseconds', () => {
    const end = Date.parse(at('2026-06-30'));
    for (const days of [0, 1, 89, 90, 91, 364, 365, 366, 1000]) {
      for (const frac of [0, 0.4, 0.99]) {
        const last = end - (days + frac) * DAY;
        expect(healthAtMs(last, end, thresholds, 'UTC')).toBe(activityHealth(new Date(last).toISOString(), new Date(end).toISOString(), thresholds, 'UTC'));
      }
    }
    expect(healthAtMs(null, end, thresholds, 'UTC')).toBe('inactive');
  });
});

describe('what brings people back', () => {
  const reps = [
    rep('R1', 'Kenya', ['localization'], [['2025-06-01', 'at-risk'], ['2025-09-01', 'inactive'], ['2026-01-05', 're-engaging'], ['2026-02-10', 'returned']]),
    rep('R2', 'Kenya', [], [['2025-09-01', 'inactive']]),
    rep('R3', 'Kenya', [], [['2025-09-01', 'inactive']]),
    rep('R4', 'Peru', [], [['2024-01-01', 'inactive'], ['2024-06-01', 'alumni'], ['2026-03-01', 'returned']]),
  ];
  const data: StudyData = {
    ...empty,
    reps,
    conversations: [conversation('k1', 'R1', '2025-12-01', ['no-time']), conversation('k2', 'R2', '2025-12-20', ['burnout', 'no-time']), conversation('k9', 'R2', '2026-03-01', ['moved-on'])],
    matchSessions: [{ id: 'm1', repId: 'R1', conversationId: 'k1', createdAt: at('2026-01-05') }],
    engagements: [
      engagement('e1', 'R1', { matchSessionId: 'm1', startedAt: at('2026-01-06'), completedAt: at('2026-02-01') }),
      engagement('e2', 'R2', { taskId: 'task-light', coachId: 'c2', startedAt: at('2026-01-02'), completedAt: at('2026-01-10') }),
      engagement('e3', 'R3', { startedAt: at('2026-05-01'), completedAt: at('2026-05-15') }),
      engagement('e4', 'R4', { startedAt: at('2026-01-02'), completedAt: at('2026-01-20') }),
      engagement('e5', 'R4', { startedAt: at('2025-11-01'), completedAt: at('2025-12-01') }),
    ],
    activities: [act('R1', '2026-01-20'), act('R1', '2026-03-03'), act('R1', '2026-04-02'), act('R4', '2026-04-15'), act('R4', '2026-06-01'), act('R2', '2026-05-01', 'login')],
    coaches: [{ id: 'c1', name: 'Coach One' }],
    surveys: [{ repId: 'R1', engagementId: 'e1', status: 'answered', answeredAt: at('2026-02-05') }],
    reminders: [
      { repId: 'R1', kind: 'we-still-exist', status: 'sent', sentAt: at('2025-10-01') },
      { repId: 'R1', kind: 'survey', status: 'sent', sentAt: at('2026-02-02') },
    ],
  };
  const study = computeStudy(data, { now: at('2026-07-01'), from: at('2026-01-01'), to: at('2026-07-01'), thresholds, significantTypes });
  const r = study.returns;

  it('rates returns within 90 days of completion, leaving pending outcomes out', () => {
    // e1 done 02-01, activity 03-03 (30 days) → returned. e2 done 01-10, nothing (a login is passive)
    // by 04-10 → not returned. e3 done 05-15: 90 days not over by 07-01, no activity → pending.
    // e4 done 01-20, activity 04-15 (85 days) → returned. e5 was completed before the range.
    expect(r).toMatchObject({ windowDays: 90, completed: 4, pending: 1 });
    expect(r.overall).toMatchObject({ n: 3, k: 2, rate: 2 / 3, smallSample: true });
    // Wilson 2/3: centre (0.6667 + 0.6402)/2.2805 = 0.5731; half (1.96/2.2805)·√(0.07407 + 0.10672) = 0.3655.
    expect(r.overall.low!).toBeCloseTo(0.2077, 4);
    expect(r.overall.high!).toBeCloseTo(0.9385, 4);
    expect(r.byInteraction.map((x) => [x.key, x.n, x.k])).toEqual([
      ['solo', 2, 2],
      ['light', 1, 0],
    ]);
    expect(r.byCoach.map((x) => [x.key, x.label, x.n, x.k])).toEqual([
      ['c1', 'Coach One', 2, 2],
      ['c2', 'c2', 1, 0],
    ]);
    expect(r.byArea.map((x) => [x.key, x.n, x.k])).toEqual([
      ['localization', 2, 2],
      ['events', 1, 0],
    ]);
    // Reasons: e1 from its match session's conversation {no-time}; e2 from R2's latest conversation
    // before it started {burnout, no-time} (the March one is later); e4 has none → unknown.
    expect(r.byReason.map((x) => [x.key, x.n, x.k])).toEqual([
      ['no-time', 2, 1],
      ['burnout', 1, 0],
      ['unknown', 1, 1],
    ]);
  });

  it('follows retention after return as a Kaplan–Meier curve', () => {
    // R1 returned 03-03, active again 04-02, then silent: quiet from 04-02 + 90 days = 07-01 = now
    // → event at 30 + 90 = 120 days. R4 returned 04-15, last 06-01, 06-01 + 90 > now → censored at 77.
    // KM: t=77 (2 at risk, censored) S=1; t=120 (1 at risk, 1 event) S=0; median 120.
    const all = r.retention.find((c) => c.key === 'all')!;
    expect(all.steps.map((s) => [s.time, s.atRisk, s.events, s.censored, s.survival])).toEqual([
      [77, 2, 0, 1, 1],
      [120, 1, 1, 0, 0],
    ]);
    expect(all).toMatchObject({ n: 2, median: 120, smallSample: true });
    expect(all.retainedAt).toEqual([
      { days: 90, survival: 1 },
      { days: 180, survival: null },
      { days: 365, survival: null },
    ]);
    expect(r.retention.map((c) => c.key)).toEqual(['all', 'solo']);
  });

  it('measures the time to going quiet again', () => {
    const d = (s: string) => Date.parse(at(s));
    // Return 02-01, activity 03-01, next 07-01: the 122-day gap is ≥ 90, so the Rep went quiet at
    // 03-01 + 90 days → (03-01 − 02-01) + 90 = 28 + 90 = 118 days after the return.
    expect(timeToQuiet([d('2026-03-01'), d('2026-07-01')], d('2026-02-01'), d('2026-08-01'), 90)).toEqual({ time: 118, event: true });
    // No later activity and now only 60 days after return: censored at 60.
    expect(timeToQuiet([], d('2026-02-01'), d('2026-04-02'), 90)).toEqual({ time: 60, event: false });
  });

  it('counts the paths by which missing Reps and alumni came back', () => {
    // R1 (inactive): we-still-exist reminder 2025-10-01, conversation 12-01, match session 01-05,
    // engagement 01-06, completed 02-01, survey 02-05, returned 02-10. The survey reminder is not a step.
    // R4 (alumni): engagements e4 started 01-02 and completed 01-20 (e5 also in the lapse: its start
    // 2025-11-01 is the first engagement), returned 03-01.
    expect(r.cameBack).toEqual({ fromInactive: 1, fromAlumni: 1 });
    expect(r.paths.map((p) => [p.from, p.path, p.reps, p.share])).toEqual([
      ['alumni', 'engagement → completed → returned', 1, 1],
      ['inactive', 'reminder → conversation → match-session → engagement → completed → survey → returned', 1, 1],
    ]);
    expect(r.paths.every((p) => p.smallSample)).toBe(true);
  });

  it('refuses a bad date naming the field', () => {
    expect(() => computeStudy(data, { now: 'soon', thresholds, significantTypes })).toThrow(/now is not a date/);
    expect(() => computeStudy(data, { now: at('2026-07-01'), from: at('2026-08-01'), to: at('2026-07-01'), thresholds, significantTypes })).toThrow(/from/);
  });
});

/** Every number in the study is finite (NaN would turn into null in JSON and hide). */
function finiteNumbers(value: unknown, path = 'study'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteNumbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => finiteNumbers(v, `${path}.${k}`));
  return [];
}

describe('the whole study on the demo community', () => {
  const community = demo as unknown as Community;
  const demoSettings = defaultSettings(ActivityType.options, community.referenceDate);
  const input = { now: community.referenceDate, thresholds: demoSettings.thresholds, significantTypes: demoSettings.significantActivityTypes };
  const study: Study = computeStudy(community, input);

  it('computes over the past twelve months by default, and every number is finite', () => {
    expect(study.params).toMatchObject({ from: '2025-11-28T12:00:00.000Z', to: community.referenceDate, region: null, area: null });
    expect(study.reps).toBe(community.reps.length);
    expect(finiteNumbers(study)).toEqual([]);
    // Plain data: survives a JSON round trip unchanged (it crosses IPC and goes to CSV).
    expect(JSON.parse(JSON.stringify(study))).toEqual(study);
  });

  it('has totals that add up', () => {
    const c = study.causes;
    expect(c.repsLost).toBeGreaterThan(0);
    expect(c.reasons.reduce((s, r) => s + r.reps, 0)).toBe(c.mentions);
    expect(c.reasons.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
    expect(c.wentInactive + c.becameAlumni).toBe(c.repsLost);
    expect(c.byQuarter.reduce((s, q) => s + q.repsLost, 0)).toBe(c.repsLost);
    expect(c.byRegion.reduce((s, g) => s + g.repsLost, 0)).toBe(c.repsLost);
    for (const g of [...c.byRegion, ...c.byArea, ...c.byQuarter.filter((q) => q.repsLost > 0)]) {
      expect(g.reasons.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
    }
    const r = study.returns;
    expect(r.overall.n + r.pending).toBe(r.completed);
    expect(r.byInteraction.reduce((s, x) => s + x.n, 0)).toBe(r.overall.n);
    expect(r.byCoach.reduce((s, x) => s + x.k, 0)).toBe(r.overall.k);
    expect(r.paths.reduce((s, p) => s + p.reps, 0)).toBe(r.cameBack.fromInactive + r.cameBack.fromAlumni);
    const regions = study.indicators.communities.filter((c) => c.kind === 'region');
    expect(regions.reduce((s, c) => s + c.members, 0)).toBe(community.reps.filter((rep) => rep.status !== 'alumni').length);
  });

  it('gives every chart flat, rectangular rows with the small-sample flag', () => {
    for (const id of CHART_IDS) {
      const rows = toCsvRows(study, id);
      if (id !== 'drifting' && id !== 'paths') expect(rows.length, id).toBeGreaterThan(0);
      const columns = Object.keys(rows[0] ?? {}).join(',');
      for (const row of rows) {
        expect(Object.keys(row).join(','), id).toBe(columns);
        expect(typeof row.smallSample, id).toBe('boolean');
        for (const v of Object.values(row)) expect(v === null || ['string', 'number', 'boolean'].includes(typeof v), id).toBe(true);
      }
    }
    const quarters = toCsvRows(study, 'causes-by-quarter');
    expect(quarters.length).toBe(study.causes.byQuarter.length * study.causes.reasons.length);
  });

  it('filters by region and by area', () => {
    const country = community.reps[0]!.country;
    const byRegion = computeStudy(community, { ...input, region: country });
    expect(byRegion.reps).toBe(community.reps.filter((r) => r.country === country).length);
    expect(byRegion.indicators.communities.filter((c) => c.kind === 'region').map((c) => c.key)).toEqual([country]);
    const byArea = computeStudy(community, { ...input, area: 'localization' });
    expect(byArea.reps).toBe(community.reps.filter((r) => (r.areas as string[]).includes('localization')).length);
    expect(byArea.causes.repsLost).toBeLessThanOrEqual(study.causes.repsLost);
  });
});
