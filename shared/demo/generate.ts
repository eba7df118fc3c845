/**
 * A seeded, deterministic synthetic Reps community: the app's first-run demo dataset and the
 * benchmarks' large communities come from the same code. Same options ⇒ identical output: no clock,
 * no Math.random, and every part draws from its own named random stream.
 *
 * Pipeline: plan each Rep's story (plan.ts) → people and mentors (people.ts) → activity that makes
 * the planned status come true (activities.ts) → coaches and tasks → re-engagement history
 * (history.ts) → status histories that explain every status.
 */
import type {
  Activity,
  ActivityType,
  Coach,
  Conversation,
  CouncilCase,
  Engagement,
  MatchSession,
  Reminder,
  Rep,
  RepStatus,
  StatusChange,
  Survey,
  Task,
} from '../model';
import { activityHealth } from '../domain/inactivity';
import { DAY_MS, generateActivities, isoFromMs } from './activities';
import { generateHistory, type WorkflowFact } from './history';
import { assignMentors, makeCoaches, makePerson, NameRegistry, type Person } from './people';
import { planStories, type Story } from './plan';
import { Rng } from './random';
import { generateTasks } from './tasks';

export interface CommunityOptions {
  seed: number;
  reps: number;
  coaches: number;
  tasks: number;
  /** Average number of activity entries per Rep over the two years. */
  activitiesPerRep: number;
  /** ISO date-time that is "now" for the dataset. */
  referenceDate: string;
  /** Conversations, engagements, surveys, match sessions, Council cases and reminders (default true). */
  history?: boolean;
}

export interface Community {
  referenceDate: string;
  reps: Rep[];
  activities: Activity[];
  coaches: Coach[];
  tasks: Task[];
  conversations: Conversation[];
  matchSessions: MatchSession[];
  engagements: Engagement[];
  surveys: Survey[];
  councilCases: CouncilCase[];
  reminders: Reminder[];
}

export const DEMO_REFERENCE_DATE = '2026-11-28T12:00:00.000Z';

export const DEMO_OPTIONS: CommunityOptions = {
  seed: 20261128,
  reps: 60,
  coaches: 12,
  tasks: 40,
  activitiesPerRep: 24,
  referenceDate: DEMO_REFERENCE_DATE,
  history: true,
};

export const BENCH_OPTIONS: CommunityOptions = {
  seed: 424242,
  reps: 10_000,
  coaches: 300,
  tasks: 2_000,
  activitiesPerRep: 20,
  referenceDate: DEMO_REFERENCE_DATE,
  history: true,
};

/** The thresholds the planned statuses are built against (the defaults in Settings). */
const THRESHOLDS = { atRiskDays: 90, inactiveDays: 365 } as const;
const WORKFLOW: ReadonlySet<RepStatus> = new Set(['re-engaging', 'returned', 'alumni']);

function idMaker(prefix: string, count: number, minWidth: number): (n: number) => string {
  const width = Math.max(minWidth, String(count).length);
  return (n) => `${prefix}-${String(n).padStart(width, '0')}`;
}

function validate(opts: CommunityOptions): void {
  const counts = [opts.reps, opts.coaches, opts.tasks];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw new RangeError('reps, coaches and tasks must be whole numbers ≥ 0');
  if (!(opts.activitiesPerRep >= 0)) throw new RangeError('activitiesPerRep must be ≥ 0');
  if (Number.isNaN(Date.parse(opts.referenceDate))) throw new RangeError(`referenceDate is not a date: ${opts.referenceDate}`);
}

export function generateCommunity(opts: CommunityOptions): Community {
  validate(opts);
  const history = opts.history ?? true;
  const refMs = Date.parse(opts.referenceDate);
  const referenceDate = new Date(refMs).toISOString();
  const root = new Rng(opts.seed);
  const iso = (ms: number) => isoFromMs(Math.min(ms, refMs));

  const stories = planStories(root.fork('plan'), opts.reps, history);
  const names = new NameRegistry();
  const peopleRng = root.fork('people');
  const people = stories.map((s) => makePerson(peopleRng, s, names));
  const mentorOf = assignMentors(root.fork('mentors'), people, stories);

  const repId = idMaker('rep', opts.reps, 4);
  const repIds = stories.map((_, i) => repId(i + 1));
  const { activities, lastSigType, lastSigMs } = generateActivities(root.fork('activities'), people, stories, {
    refMs,
    perRep: opts.activitiesPerRep,
    makeId: idMaker('act', Math.round(opts.reps * opts.activitiesPerRep * 1.1), 6),
    repIds,
  });

  const coachRng = root.fork('coaches');
  const coachId = idMaker('coach', opts.coaches, 3);
  const coaches: Coach[] = makeCoaches(coachRng, opts.coaches, people, stories, names).map(({ repIndex, ...c }, i) => {
    const created = refMs - coachRng.int(400, 720) * DAY_MS - coachRng.int(0, 8 * 3600) * 1000;
    // Spelled out in schema order so the JSON reads like the model.
    return {
      id: coachId(i + 1),
      createdAt: iso(created),
      updatedAt: iso(created + coachRng.int(0, 200) * DAY_MS),
      version: 1,
      name: c.name,
      email: c.email,
      languages: c.languages,
      timezone: c.timezone,
      areas: c.areas,
      skills: c.skills,
      style: c.style,
      capacity: c.capacity,
      availability: c.availability,
      active: c.active,
      teams: c.teams,
      repId: repIndex === null ? null : (repIds[repIndex] as string),
      externalId: c.externalId,
    };
  });

  const tasks = generateTasks(root.fork('tasks'), { count: opts.tasks, coaches, refMs, makeId: idMaker('task', opts.tasks, 4), iso });

  // Reps without status yet: status and history depend on activity and on the re-engagement history.
  const reps: Rep[] = stories.map((s, i) => {
    const p = people[i] as Person;
    const joinedMs = refMs - s.joinDays * DAY_MS - 3 * 3600_000;
    const m = mentorOf[i];
    return {
      id: repIds[i] as string,
      createdAt: iso(joinedMs),
      updatedAt: iso(joinedMs),
      version: 1,
      name: p.name,
      email: p.email,
      portalHandle: p.handle,
      country: p.country,
      region: p.region,
      timezone: p.timezone,
      languages: p.languages,
      areas: p.areas,
      interests: p.interests,
      skills: p.skills,
      mentorId: m === null || m === undefined ? null : (repIds[m] as string),
      isMentor: s.mentor,
      mentorCapacity: p.mentorCapacity,
      status: 'active',
      statusHistory: [],
      mentorshipHistory: [],
      hoursPerMonth: p.hoursPerMonth,
      contactConsent: p.contactConsent,
      remindersOptOut: false,
      preferredChannel: p.preferredChannel,
      notes: p.notes,
      joinedAt: iso(joinedMs),
    };
  });

  const empty = { conversations: [], matchSessions: [], engagements: [], surveys: [], councilCases: [], reminders: [] };
  const hist = history
    ? generateHistory(root.fork('history'), {
        refMs,
        reps,
        stories,
        coaches,
        tasks,
        heldBy: conversationHost(reps, stories, mentorOf),
        avoidTeam: coaches.flatMap((c) => c.teams).find((t) => t.startsWith('Events team Madrid')) ?? 'Events team Madrid',
      })
    : { ...empty, facts: reps.map((): WorkflowFact[] => []) };

  reps.forEach((rep, i) => {
    const s = stories[i] as Story;
    const lastMs = lastSigMs[i] ?? null;
    const health = activityHealth(lastMs === null ? null : iso(lastMs), referenceDate, THRESHOLDS, 'UTC');
    const statusHistory = buildStatusHistory(s, rep, lastSigType[i] ?? null, hist.facts[i] ?? [], refMs, iso);
    const last = statusHistory.at(-1);
    rep.statusHistory = statusHistory;
    rep.status = last && WORKFLOW.has(last.to) ? last.to : s.category === 're-engaging' || s.category === 'returned' || s.category === 'alumni' ? s.category : health;
    rep.updatedAt = last ? last.at : rep.createdAt;
  });

  return {
    referenceDate,
    reps,
    activities,
    coaches,
    tasks,
    conversations: hist.conversations,
    matchSessions: hist.matchSessions,
    engagements: hist.engagements,
    surveys: hist.surveys,
    councilCases: hist.councilCases,
    reminders: hist.reminders,
  };
}

/** The mentor holds the conversation; when the mentor is inactive, another active mentor steps in. */
function conversationHost(reps: readonly Rep[], stories: readonly Story[], mentorOf: readonly (number | null)[]): (i: number) => string {
  const activeMentors = reps.filter((r, i) => r.isMentor && (stories[i] as Story).category === 'active');
  return (i) => {
    const m = mentorOf[i];
    if (m !== null && m !== undefined && (stories[m] as Story).category !== 'inactive') return (reps[m] as Rep).name;
    const fallback = activeMentors[i % Math.max(1, activeMentors.length)];
    return fallback ? fallback.name : 'Reps Council';
  };
}

const TYPE_PHRASES: Partial<Record<ActivityType, string>> = {
  'event-organized': 'organizing an event',
  'event-attended': 'attending an event',
  'event-report': 'an event report',
  'talk-given': 'a talk',
  localization: 'a localization contribution',
  documentation: 'a documentation contribution',
  'code-contribution': 'a code contribution',
  mentoring: 'a mentoring session',
  'blog-post': 'a blog post',
  'social-post': 'a social media post',
  'budget-request': 'a budget request',
  campaign: 'a campaign',
};

/**
 * Explains every status the Rep has held, in sentences a Council member can read back: joining,
 * crossing the 90-day and 365-day marks, and the workflow steps from the history.
 */
function buildStatusHistory(
  s: Story,
  rep: Rep,
  lastType: ActivityType | null,
  facts: readonly WorkflowFact[],
  refMs: number,
  iso: (ms: number) => string,
): StatusChange[] {
  const rule = 'Rekindle inactivity rule';
  const out: StatusChange[] = [];
  // The demo's causes are stories, not the rules' sentences: kept as recorded text.
  const push = ({ cause, ...change }: Omit<StatusChange, 'id' | 'cause'> & { cause: string }): void => {
    out.push({ ...change, id: `sh-${rep.id}-${out.length + 1}`, cause: { messageId: 'status-cause-recorded', args: { text: cause } } });
  };
  push({ at: rep.createdAt, from: null, to: 'active', cause: 'Joined the Reps program after onboarding with a mentor.', by: 'Reps portal' });
  if (s.category === 'active') return out;

  // When the Rep went quiet: the lapse before returning, else the last significant activity.
  const quiet = s.category === 'returned' ? (s.lapseDays ?? s.quietSinceDays) : (s.lastSigDays ?? s.quietSinceDays);
  const quietDate = iso(refMs - quiet * DAY_MS).slice(0, 10);
  const what =
    s.variant === 'passive-only' ? `nothing significant since around ${quietDate.slice(0, 7)}; only logins and newsletter reads since`
    : s.variant === 'silent' ? `nothing at all in the portal since around ${quietDate.slice(0, 7)}`
    : s.category === 'returned' || lastType === null ? `the last significant activity was on ${quietDate}`
    : `the last was ${TYPE_PHRASES[lastType] ?? 'an activity'} on ${quietDate}`;
  push({ at: iso(refMs - (quiet - 90) * DAY_MS), from: 'active', to: 'at-risk', cause: `No significant activity for 90 days; ${what}.`, by: rule });
  if (s.category === 'at-risk') return out;
  push({ at: iso(refMs - (quiet - 365) * DAY_MS), from: 'at-risk', to: 'inactive', cause: `No significant activity for a year; ${what}.`, by: rule });

  let current: RepStatus = 'inactive';
  for (const f of facts) {
    push({ at: f.at, from: current, to: f.to, cause: f.cause, by: f.by, ...(f.caseId ? { caseId: f.caseId } : {}) });
    current = f.to;
  }
  // Without the history collections (history: false) workflow Reps still need a reason for their status.
  if (current === 'inactive' && s.category !== 'inactive') {
    const generic: Record<string, string> = {
      're-engaging': 'Agreed with their mentor to try a small task.',
      returned: 'Completed a small task and said they want more.',
      alumni: 'Council approved the move to alumni after a conversation and a re-engagement offer.',
    };
    const at = iso(refMs - Math.max(1, Math.floor((quiet - 365) / 2)) * DAY_MS);
    if (s.category === 'returned') push({ at, from: 'inactive', to: 're-engaging', cause: generic['re-engaging'] as string, by: 'mentor' });
    push({ at, from: s.category === 'returned' ? 're-engaging' : 'inactive', to: s.category, cause: generic[s.category] as string, by: s.category === 'alumni' ? 'Reps Council' : 'mentor' });
  }
  return out;
}
