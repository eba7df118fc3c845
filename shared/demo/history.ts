/**
 * The re-engagement history of the synthetic community: "why" conversations, match sessions,
 * engagements with check-ins, surveys, reminders and the Council decision behind the alumni.
 * Timing comes from each Rep's story (plan.ts); coaches and tasks are chosen under the same hard
 * constraints the matching uses (shared language, capacity, slots, avoided teams), so the demo
 * never shows a match the app itself would refuse.
 */
import type {
  Coach,
  Conversation,
  CouncilCase,
  Engagement,
  EngagementStatus,
  InteractionLevel,
  MatchSession,
  ReasonEntry,
  Reminder,
  Rep,
  Survey,
  Task,
} from '../model';
import { DAY_MS, isoFromMs } from './activities';
import type { Story } from './plan';
import type { Rng } from './random';
import { LANGUAGE_NAMES } from './vocabulary';

const MINUTE_MS = 60_000;

/** What the status history needs to explain a workflow status. */
export interface WorkflowFact {
  at: string;
  to: 're-engaging' | 'returned' | 'alumni';
  /** The demo's own story, kept as recorded text (status-cause-recorded). */
  cause: string;
  by: string;
  /** The Council case whose decision this is, so a reversal finds the entry. */
  caseId?: string;
}

export interface HistoryInput {
  refMs: number;
  reps: readonly Rep[];
  stories: readonly Story[];
  coaches: readonly Coach[];
  tasks: readonly Task[];
  /** Who holds a Rep's conversation: their mentor, or another mentor when theirs is inactive. */
  heldBy: (repIndex: number) => string;
  /** The team a bullied Rep asks to avoid (a team one of the Spanish-speaking coaches belongs to). */
  avoidTeam: string;
}

export interface HistoryOutput {
  conversations: Conversation[];
  matchSessions: MatchSession[];
  engagements: Engagement[];
  surveys: Survey[];
  councilCases: CouncilCase[];
  reminders: Reminder[];
  facts: WorkflowFact[][];
}

const OPEN: ReadonlySet<EngagementStatus> = new Set(['proposed', 'active', 'stalled']);
const SENSITIVE = new Set(['interpersonal-conflict', 'bullying-toxicity']);

const REASON_NOTES: Readonly<Record<string, readonly string[]>> = {
  'no-time': ['New job with long hours; evenings are gone for now.', 'Became a parent last year.', 'Final year at university, exams until June.'],
  disillusioned: ['Feels the program lost focus after the last reorganisation.', 'Unsure Mozilla still values local communities.'],
  'unclear-role': ['Did not know what was expected after the campaign ended.', 'Lost track when the old mailing list closed.'],
  'interpersonal-conflict': ['A disagreement with another organizer about budget went sour.', 'Felt sidelined by a co-organizer at the last event.'],
  'bullying-toxicity': ['Repeated dismissive comments in a team chat; left the channel.'],
  burnout: ['Organised six events in one quarter and stopped sleeping well.', 'Took on too much during the launch campaign.'],
  'no-recognition': ['Translated a whole product and nobody said thanks.', 'Event reports were never acknowledged.'],
  'tooling-friction': ['The portal kept rejecting the budget form.', 'Could not get Pontoon access working after the login change.'],
  'moved-on': ['Now volunteers with a local civic-tech group.', 'Moved abroad and changed careers.'],
  unknown: ['Did not want to go into details.'],
};

const WORKFLOW_REASONS = ['no-time', 'unclear-role', 'burnout', 'no-recognition', 'tooling-friction', 'disillusioned'] as const;
const ANY_REASONS = [...WORKFLOW_REASONS, 'interpersonal-conflict', 'unknown'] as const;

const ABANDON_REASONS = [
  'Work got busy again and the Rep asked to pause.',
  'Health issues; the Rep will get in touch when ready.',
  'The Rep felt the task was bigger than expected.',
] as const;

const SURVEY_TEXT = [
  'Small and clear, exactly what I needed to come back.',
  'My coach answered quickly; I liked working alone with a clear goal.',
  'Nice to see the result online after a week.',
  'Good, but the steps could be described better.',
] as const;

const ONBOARDING = ['Portal profile updated', 'Joined the community chat again', 'Read the current Reps priorities', 'Orientation call held'] as const;

export function generateHistory(rng: Rng, input: HistoryInput): HistoryOutput {
  const { refMs, reps, stories, coaches, tasks } = input;
  const out: HistoryOutput = {
    conversations: [],
    matchSessions: [],
    engagements: [],
    surveys: [],
    councilCases: [],
    reminders: [],
    facts: reps.map(() => []),
  };
  const iso = (ms: number) => isoFromMs(Math.min(ms, refMs));
  /** A moment `days` before the reference date, at a given minute of that day (keeps same-day events in order). */
  const at = (days: number, minute: number) => Math.min(refMs, refMs - days * DAY_MS - 12 * 60 * MINUTE_MS + minute * MINUTE_MS);
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

  const coachLoad = new Map<string, number>();
  const taskLoad = new Map<string, number>();
  const coachLangs = coaches.map((c) => new Set(c.languages));
  const coachById = new Map(coaches.map((c) => [c.id, c]));
  const publishedOrRetired = tasks.filter((t) => t.status !== 'draft');
  const taskCreated = new Map(tasks.map((t) => [t.id, Date.parse(t.createdAt)]));
  const coachCreated = coaches.map((c) => Date.parse(c.createdAt));

  interface PairQuery {
    rep: Rep;
    atMs: number;
    open: boolean;
    avoidTeams: readonly string[];
    avoidCoachIds: readonly string[];
    maxInteraction: InteractionLevel;
    excludeTasks: ReadonlySet<string>;
    excludeCoaches: ReadonlySet<string>;
  }

  const taskFits = (t: Task, q: PairQuery): boolean => {
    if (q.open ? t.status !== 'published' : t.status === 'draft') return false;
    if (q.excludeTasks.has(t.id) || (taskCreated.get(t.id) ?? 0) > q.atMs) return false;
    if (q.maxInteraction !== 'moderate' && t.interaction === 'moderate') return false;
    if (t.languages.length > 0 && !t.languages.some((l) => q.rep.languages.includes(l))) return false;
    if (q.open && (taskLoad.get(t.id) ?? 0) >= t.slots) return false;
    return true;
  };

  const bestCoach = (t: Task, q: PairQuery): Coach | null => {
    let best: Coach | null = null;
    let bestScore = -Infinity;
    for (let i = 0; i < coaches.length; i++) {
      const c = coaches[i] as Coach;
      const langs = coachLangs[i] as Set<string>;
      if (!c.active || q.excludeCoaches.has(c.id) || q.avoidCoachIds.includes(c.id)) continue;
      if ((coachCreated[i] ?? 0) > q.atMs) continue;
      if (!q.rep.languages.some((l) => langs.has(l))) continue;
      if (t.languages.length > 0 && !t.languages.some((l) => langs.has(l))) continue;
      if (c.teams.some((team) => q.avoidTeams.includes(team))) continue;
      if (q.open && (coachLoad.get(c.id) ?? 0) >= c.capacity) continue;
      const score = (c.areas.includes(t.area) ? 2 : 0) + (t.preferredCoachIds.includes(c.id) ? 3 : 0) + rng.float();
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  };

  /** A (task, coach) pair under the matching's hard constraints; random probes first, then a full scan. */
  const findPair = (q: PairQuery): { task: Task; coach: Coach } | null => {
    for (let probe = 0; probe < 200 && publishedOrRetired.length > 0; probe++) {
      const t = rng.pick(publishedOrRetired);
      if (!taskFits(t, q)) continue;
      const coach = bestCoach(t, q);
      if (coach) return { task: t, coach };
    }
    // Full scan only for catalogs small enough to afford it; in a large one, 200 misses means none fits well.
    for (let k = 0; k < publishedOrRetired.length && k < 500; k++) {
      const t = publishedOrRetired[k] as Task;
      if (!taskFits(t, q)) continue;
      const coach = bestCoach(t, q);
      if (coach) return { task: t, coach };
    }
    return null;
  };

  const reserve = (task: Task, coach: Coach) => {
    coachLoad.set(coach.id, (coachLoad.get(coach.id) ?? 0) + 1);
    taskLoad.set(task.id, (taskLoad.get(task.id) ?? 0) + 1);
  };

  const reasonEntries = (pool: readonly string[], count: number): ReasonEntry[] =>
    rng.sample(pool, count).map((category) => ({
      category,
      severity: SENSITIVE.has(category) ? 3 : rng.int(1, 3),
      note: rng.pick(REASON_NOTES[category] ?? ['']),
    }));

  const addConversation = (repIndex: number, days: number, fields: Partial<Conversation>): Conversation => {
    const rep = reps[repIndex] as Rep;
    const when = iso(at(days, 600 + rng.int(0, 60)));
    const conv: Conversation = {
      id: id('conv', out.conversations.length + 1),
      createdAt: when,
      updatedAt: when,
      version: 1,
      repId: rep.id,
      heldBy: input.heldBy(repIndex),
      date: when,
      channel: 'video-call',
      reached: true,
      reasons: [],
      wantsToContinue: 'maybe',
      hoursPerMonth: rep.hoursPerMonth,
      interests: rep.interests.slice(0, 3),
      avoidCoachIds: [],
      avoidTeams: [],
      consentToShare: true,
      notes: '',
      ...fields,
    };
    out.conversations.push(conv);
    return conv;
  };

  const deliverableLink = (task: Task, n: number): string => {
    switch (task.area) {
      case 'localization':
        return `https://pontoon.mozilla.org/${task.languages[0] ?? 'es'}/firefox/review-${n}/`;
      case 'documentation':
      case 'support':
        return `https://support.mozilla.org/kb/community-update-${n}`;
      case 'events':
      case 'community-building':
        return `https://reps.mozilla.org/e/rekindle-${n}/`;
      case 'development':
        return `https://github.com/mozilla/rekindle-demo/issues/${n}`;
      default:
        return `https://discourse.mozilla.org/t/rekindle-deliverable/${n}`;
    }
  };

  /** Builds an engagement whose check-ins, steps and dates agree with its status. */
  const addEngagement = (
    repIndex: number,
    task: Task,
    coach: Coach,
    status: EngagementStatus,
    t: { created: number; completion?: number; abandoned?: number },
    matchSessionId: string | null,
    extra: Partial<Engagement> = {},
  ): Engagement => {
    const rep = reps[repIndex] as Rep;
    const n = out.engagements.length + 1;
    const createdMs = at(t.created, 690);
    const startedMs = status === 'proposed' ? null : Math.min(at(t.created - 1, 600), refMs);
    const steps = task.steps.map((text) => ({ text, done: false }));
    const checkIns: Engagement['checkIns'] = [];
    let updatedMs = createdMs;
    let completedMs: number | null = null;
    const markDone = (upTo: number): number[] => {
      const newly: number[] = [];
      for (let k = 0; k < Math.min(upTo, steps.length); k++) {
        const step = steps[k] as { text: string; done: boolean };
        if (!step.done) {
          step.done = true;
          newly.push(k);
        }
      }
      return newly;
    };
    const checkIn = (ms: number, doneUpTo: number, note: string) => {
      checkIns.push({ at: iso(ms), by: coach.name, note, stepsDone: markDone(doneUpTo) });
      updatedMs = Math.max(updatedMs, ms);
    };

    if (startedMs !== null) {
      updatedMs = startedMs;
      if (status === 'active') {
        const weeks = Math.min(3, Math.floor((refMs - startedMs) / (7 * DAY_MS)));
        for (let k = 1; k <= weeks; k++) {
          checkIn(startedMs + k * 7 * DAY_MS - 3 * 3600_000, Math.min(steps.length - 1, k), k === 1 ? 'Good start; first step done.' : 'On track.');
        }
      } else if (status === 'stalled') {
        checkIn(startedMs + 4 * DAY_MS, 1, 'First step done; the Rep said work is busy this week.');
      } else if (status === 'completed' && t.completion !== undefined) {
        completedMs = at(t.completion, 900);
        const mid = startedMs + Math.floor((completedMs - startedMs) / 2);
        checkIn(mid, Math.ceil(steps.length / 2), 'Halfway there, no blockers.');
        checkIn(completedMs, steps.length, 'Deliverable published. Thanks!');
      } else if (status === 'abandoned' && t.abandoned !== undefined) {
        checkIn(startedMs + 4 * DAY_MS, 1, 'First step done.');
        updatedMs = at(t.abandoned, 800);
      }
    }
    const e: Engagement = {
      id: id('eng', n),
      createdAt: iso(createdMs),
      updatedAt: iso(updatedMs),
      version: 1,
      repId: rep.id,
      taskId: task.id,
      coachId: coach.id,
      matchSessionId,
      status,
      steps,
      checkIns,
      startedAt: startedMs === null ? null : iso(startedMs),
      // Due dates may lie in the future (unlike record timestamps), so no clamping here.
      dueAt: startedMs === null ? null : isoFromMs(startedMs + task.expectedDays * DAY_MS),
      completedAt: completedMs === null ? null : iso(completedMs),
      deliverableLink: status === 'completed' ? deliverableLink(task, n) : '',
      abandonReason: status === 'abandoned' ? rng.pick(ABANDON_REASONS) : '',
      orientationCallAt: null,
      onboarding: [],
      notes: status === 'stalled' ? 'No reply to the last two messages; try another channel.' : '',
      ...extra,
    };
    out.engagements.push(e);
    if (OPEN.has(status)) reserve(task, coach);
    return e;
  };

  const langName = (rep: Rep) => LANGUAGE_NAMES[rep.languages[0] ?? 'en'] ?? 'their language';

  const addMatchSession = (repIndex: number, conv: Conversation, pair: { task: Task; coach: Coach }, q: PairQuery, days: number): MatchSession => {
    const rep = reps[repIndex] as Rep;
    const alternatives: { task: Task; coach: Coach }[] = [pair];
    const seen = new Set([pair.task.id]);
    for (let k = 0; k < 2; k++) {
      const alt = findPair({ ...q, excludeTasks: seen });
      if (!alt) break;
      seen.add(alt.task.id);
      alternatives.push(alt);
    }
    const when = iso(at(days, 660));
    const suggestions = alternatives.map((p, k) => {
      const interest = p.task.tags.some((tag) => rep.interests.some((i) => i.toLowerCase().includes(tag))) ? 0.8 : 0.4;
      const score = Math.round((0.86 - k * 0.07 - rng.float() * 0.03) * 100) / 100;
      return {
        taskId: p.task.id,
        coachId: p.coach.id,
        score,
        reasons: [
          { factor: 'language', score: 1, text: `${p.coach.name} speaks ${langName(rep)}` },
          { factor: 'interest', score: interest, text: interest > 0.5 ? 'matches interests from the conversation' : 'close to stated interests' },
          { factor: 'smallStep', score: 0.9, text: `${p.task.interaction} task, about ${p.task.effortHours ?? 4} h` },
          { factor: 'coachLoad', score: 0.7, text: `coach has room for ${p.coach.capacity} engagements` },
        ],
      };
    });
    const session: MatchSession = {
      id: id('match', out.matchSessions.length + 1),
      createdAt: when,
      updatedAt: when,
      version: 1,
      repId: rep.id,
      conversationId: conv.id,
      heldBy: conv.heldBy,
      suggestions,
      chosen: { taskId: pair.task.id, coachId: pair.coach.id },
      engagementId: null,
      plan: `Start with "${pair.task.title}" with ${pair.coach.name}; first check-in after one week.`,
    };
    out.matchSessions.push(session);
    return session;
  };

  const baseQuery = (rep: Rep, days: number, open: boolean, conv: Conversation | null): PairQuery => ({
    rep,
    atMs: at(days, 690),
    open,
    avoidTeams: conv?.avoidTeams ?? [],
    avoidCoachIds: conv?.avoidCoachIds ?? [],
    maxInteraction: conv?.reasons.some((r) => SENSITIVE.has(r.category)) ? 'light' : 'moderate',
    excludeTasks: new Set(),
    excludeCoaches: new Set(),
  });

  const reminderKeys = new Set<string>();
  const addReminder = (repId: string, kind: Reminder['kind'], channel: Reminder['channel'], ms: number, key: string) => {
    if (ms > refMs || reminderKeys.has(key)) return;
    reminderKeys.add(key);
    out.reminders.push({
      id: id('rem', out.reminders.length + 1),
      createdAt: iso(ms - DAY_MS),
      updatedAt: iso(ms),
      version: 1,
      repId,
      kind,
      channel,
      scheduledAt: iso(ms),
      status: 'sent',
      attempts: 1,
      lastError: null,
      idempotencyKey: key,
      nextAttemptAt: null,
      sentAt: iso(ms),
    });
  };

  // Open engagements go first so capacity and slots are spent on what is live today.
  const order = stories.map((_, i) => i).sort((a, b) => priority(stories[a] as Story) - priority(stories[b] as Story));

  for (const i of order) {
    const s = stories[i] as Story;
    const rep = reps[i] as Rep;
    const tl = s.t;
    if (s.role === 'none') continue;

    if (s.role === 'unreached') {
      addConversation(i, tl.conversation ?? 1, {
        reached: false,
        channel: rng.pick(['email', 'portal', 'chat'] as const),
        hoursPerMonth: null,
        interests: [],
        consentToShare: false,
        notes: rng.pick(['No reply to two e-mails and a portal message.', 'Phone number no longer in use; e-mail bounced once.', 'Message read but not answered.']),
      });
      continue;
    }

    if (s.role === 'bullied') {
      addConversation(i, tl.conversation ?? 10, {
        channel: 'video-call',
        reasons: [{ category: 'bullying-toxicity', severity: 3, note: `Repeated belittling comments in the ${input.avoidTeam} chat; does not want to work with that team again.` }],
        wantsToContinue: 'maybe',
        hoursPerMonth: 4,
        interests: ['localization', 'writing'],
        avoidTeams: [input.avoidTeam],
        consentToShare: true,
        notes: 'Spoke in Spanish. Would consider a quiet translation task with someone outside Madrid.',
      });
      continue;
    }

    if (s.role === 'reached') {
      const reasons = reasonEntries(ANY_REASONS, rng.int(1, 2));
      const avoid = reasons.some((r) => r.category === 'interpersonal-conflict') && coaches.length > 0 ? [rng.pick(coaches).id] : [];
      addConversation(i, tl.conversation ?? 1, {
        channel: rng.pick(['video-call', 'chat', 'in-person'] as const),
        reasons,
        wantsToContinue: rng.pick(['yes', 'maybe', 'no'] as const),
        avoidCoachIds: avoid,
        notes: 'Open to hearing about a small task later.',
      });
      continue;
    }

    if (s.role === 'proposed' || s.role === 'abandoned') {
      const conv = addConversation(i, tl.conversation ?? 1, {
        reasons: reasonEntries(s.role === 'proposed' ? ['no-time', 'unclear-role'] : WORKFLOW_REASONS, 1),
        wantsToContinue: 'yes',
      });
      const created = tl.created ?? 1;
      const pair = findPair(baseQuery(rep, created, s.role === 'proposed', conv));
      if (pair) addEngagement(i, pair.task, pair.coach, s.role === 'proposed' ? 'proposed' : 'abandoned', { created, abandoned: tl.abandoned }, null);
      continue;
    }

    // Workflow Reps: re-engaging, returned, alumni.
    const heldBy = input.heldBy(i);
    if (s.category === 'alumni') {
      const conv = addConversation(i, tl.conversation ?? 1, {
        reasons: [{ category: 'moved-on', severity: 2, note: rng.pick(REASON_NOTES['moved-on'] ?? ['']) }],
        wantsToContinue: 'no',
        hoursPerMonth: 0,
        notes: 'Thanked for years of work; agreed to try one small task before deciding.',
      });
      const created = tl.created ?? 1;
      const pair = findPair(baseQuery(rep, created, false, conv));
      const e = pair ? addEngagement(i, pair.task, pair.coach, 'abandoned', { created, abandoned: tl.abandoned }, null, { abandonReason: 'The Rep confirmed they have moved on and asked to close the task.' }) : null;
      const meeting = at(tl.councilMeeting ?? 1, 1080);
      const offer = e && pair ? `a re-engagement task was offered ("${pair.task.title}") and not continued` : 'a re-engagement offer was made';
      const rationale = `Conversation held by ${heldBy} (reason: moved on); ${offer}; the Rep asked to become alumni.`;
      const caseId = id('case', out.councilCases.length + 1);
      out.councilCases.push({
        id: caseId,
        createdAt: iso(meeting - 10 * DAY_MS),
        updatedAt: iso(meeting),
        version: 1,
        kind: 'alumni-move',
        subjectRepId: rep.id,
        status: 'decided',
        dossier: null,
        decision: 'approve',
        exception: false,
        rationale,
        decidedBy: 'Reps Council',
        meetingDate: iso(meeting),
        reversesCaseId: null,
      });
      out.facts[i]?.push({ at: iso(meeting), to: 'alumni', cause: `Council approved the move to alumni. ${rationale}`, by: 'Reps Council', caseId });
      continue;
    }

    const conv = addConversation(i, tl.conversation ?? 1, {
      channel: rng.pick(['video-call', 'chat', 'in-person'] as const),
      reasons: reasonEntries(WORKFLOW_REASONS, rng.int(1, 2)),
      wantsToContinue: 'yes',
      notes: 'Wants something small and self-paced to start with.',
    });
    const created = tl.created ?? 1;
    const status = tl.engagementStatus ?? 'proposed';
    const q = baseQuery(rep, created, OPEN.has(status), conv);
    const pair = findPair(q);
    if (!pair) {
      out.facts[i]?.push({ at: iso(at(created, 690)), to: 're-engaging', cause: `Agreed with ${heldBy} to try a small task; no matching task and coach yet.`, by: heldBy });
      if (s.category === 'returned') out.facts[i]?.push({ at: iso(at(tl.surveyAnswered ?? 0, 720)), to: 'returned', cause: 'Completed a small task and said they want more.', by: heldBy });
      continue;
    }

    if (s.category === 're-engaging') {
      const session = addMatchSession(i, conv, pair, q, created);
      const e = addEngagement(i, pair.task, pair.coach, status, { created }, session.id);
      session.engagementId = e.id;
      session.updatedAt = e.createdAt;
      out.facts[i]?.push({
        at: e.createdAt,
        to: 're-engaging',
        cause: `Agreed with ${heldBy} to try "${pair.task.title}" with coach ${pair.coach.name}.`,
        by: heldBy,
      });
      // Weekly check-in nudges; a stalled engagement got one after two quiet weeks.
      const lastCheck = e.checkIns.at(-1)?.at ?? e.startedAt ?? e.createdAt;
      if (status === 'active') addReminder(rep.id, 'check-in', 'in-app', Date.parse(lastCheck) + 7 * DAY_MS, `check-in:${e.id}:${lastCheck.slice(0, 10)}`);
      if (status === 'stalled') addReminder(rep.id, 'check-in', 'email', Date.parse(lastCheck) + 14 * DAY_MS, `check-in:${e.id}:${lastCheck.slice(0, 10)}`);
      continue;
    }

    // Returned: a completed engagement, an answered survey, and often a second task with another coach.
    const e = addEngagement(i, pair.task, pair.coach, 'completed', { created, completion: tl.completion }, null);
    out.facts[i]?.push({ at: e.createdAt, to: 're-engaging', cause: `Agreed with ${heldBy} to try "${pair.task.title}" with coach ${pair.coach.name}.`, by: heldBy });
    const answeredMs = at(tl.surveyAnswered ?? 0, 720);
    const happy = rng.chance(0.8);
    out.surveys.push({
      id: id('survey', out.surveys.length + 1),
      createdAt: e.completedAt ?? e.updatedAt,
      updatedAt: iso(answeredMs),
      version: 1,
      engagementId: e.id,
      repId: rep.id,
      status: 'answered',
      goodExperience: happy ? rng.int(4, 5) : 3,
      wantsMore: happy ? 'yes' : 'maybe',
      coachHelpful: rng.int(happy ? 4 : 3, 5),
      taskFit: rng.int(3, 5),
      freeText: rng.pick(SURVEY_TEXT),
      nextInterests: rep.interests.slice(0, 2),
      answeredAt: iso(answeredMs),
    });
    addReminder(rep.id, 'survey', 'email', Date.parse(e.completedAt ?? e.updatedAt) + 6 * 3600_000, `survey:${e.id}`);
    out.facts[i]?.push({
      at: iso(answeredMs),
      to: 'returned',
      cause: `Completed "${pair.task.title}" with ${pair.coach.name}; the survey says ${happy ? 'it was a good experience and they want more' : 'it went fine and they might do more'}.`,
      by: heldBy,
    });

    if (tl.followUp !== undefined) {
      const followStatus: EngagementStatus = tl.followUp >= 10 ? 'active' : 'proposed';
      const fq = baseQuery(rep, tl.followUp, true, conv);
      const next = findPair({ ...fq, excludeTasks: new Set([pair.task.id]), excludeCoaches: new Set([pair.coach.id]) }) ?? findPair({ ...fq, excludeTasks: new Set([pair.task.id]) });
      if (next) {
        const callMs = at(tl.followUp - 2, 1020);
        const onboardingDone = followStatus === 'active' ? 3 : 1;
        const f = addEngagement(i, next.task, next.coach, followStatus, { created: tl.followUp }, null, {
          orientationCallAt: iso(callMs),
          onboarding: ONBOARDING.map((item, k) => ({ item, done: k < onboardingDone })),
          notes: 'Second task after a good first experience; a different coach for variety.',
        });
        addReminder(rep.id, 'orientation', 'email', callMs - DAY_MS, `orientation:${f.id}`);
      }
    }
  }

  // "Hey, we still exist": gentle reminders to some inactive Reps who agreed to be contacted.
  reps.forEach((rep, i) => {
    const s = stories[i] as Story;
    if (s.category !== 'inactive' || s.role !== 'none' || !rep.contactConsent || s.mentor) return;
    if (!rng.chance(0.35)) return;
    const channel = rep.preferredChannel === 'portal' || rep.preferredChannel === 'in-app' ? rep.preferredChannel : 'email';
    const ms = at(rng.int(1, 30), 540);
    addReminder(rep.id, 'we-still-exist', channel, ms, `we-still-exist:${rep.id}:${iso(ms).slice(0, 10)}`);
  });

  // Sanity: coach loads never exceed capacity (findPair enforces it; this guards future edits).
  for (const [coachId, load] of coachLoad) {
    const c = coachById.get(coachId);
    if (c && load > c.capacity) throw new Error(`generator bug: ${coachId} has ${load} open engagements, capacity ${c.capacity}`);
  }
  return out;
}

/** Open, story-critical engagements claim coaches first; past ones do not use capacity. */
function priority(s: Story): number {
  if (s.role === 'bullied') return 0;
  if (s.category === 're-engaging') return 1;
  if (s.category === 'returned') return 2;
  if (s.role === 'proposed') return 3;
  return 4;
}
