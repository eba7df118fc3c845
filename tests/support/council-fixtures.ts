/**
 * A community for the Council's review: Reps at every step of the alumni gate, with conversations
 * (held and attempted, with confidential notes), an engagement offer and a decided alumni move.
 */
import type { CommunityData } from '../../electron/backend/seed';
import type { Conversation, CouncilCase, Engagement, Survey } from '../../shared/model';
import { activity, daysAgo, NOW, rep } from './fixtures';

export const SECRET = 'Named the events lead as the reason she left.';

function conversation(id: string, repId: string, days: number, fields: Partial<Conversation> = {}): Conversation {
  return {
    id,
    createdAt: daysAgo(days),
    updatedAt: daysAgo(days),
    version: 1,
    repId,
    heldBy: 'Ana Mentor',
    date: daysAgo(days),
    channel: 'video-call',
    reached: true,
    reasons: [],
    wantsToContinue: 'no',
    hoursPerMonth: null,
    interests: [],
    avoidCoachIds: [],
    avoidTeams: [],
    consentToShare: false,
    notes: '',
    ...fields,
  };
}

function engagement(id: string, repId: string, days: number, fields: Partial<Engagement> = {}): Engagement {
  return {
    id,
    createdAt: daysAgo(days),
    updatedAt: daysAgo(days),
    version: 1,
    repId,
    taskId: 'task-1',
    coachId: 'coach-1',
    matchSessionId: null,
    status: 'abandoned',
    steps: [],
    checkIns: [],
    startedAt: daysAgo(days),
    dueAt: null,
    completedAt: null,
    deliverableLink: '',
    abandonReason: 'Did not answer after the first step.',
    orientationCallAt: null,
    onboarding: [],
    notes: '',
    ...fields,
  };
}

function openCase(id: string, repId: string): CouncilCase {
  return { id, createdAt: daysAgo(5), updatedAt: daysAgo(5), version: 1, kind: 'alumni-move', subjectRepId: repId, status: 'open', dossier: null, decision: null, exception: false, rationale: '', decidedBy: null, meetingDate: null, reversesCaseId: null };
}

const survey: Survey = {
  id: 'survey-1',
  createdAt: daysAgo(12),
  updatedAt: daysAgo(10),
  version: 1,
  engagementId: 'eng-done',
  repId: 'rep-back',
  status: 'answered',
  goodExperience: 5,
  wantsMore: 'yes',
  coachHelpful: 5,
  taskFit: 4,
  freeText: 'Loved it.',
  nextInterests: [],
  answeredAt: daysAgo(10),
};

/**
 * - rep-ready: reason, conversation held, offer → passes with an approving decision (open case-ready)
 * - rep-bare: nothing but an open case (case-bare) → refused; an exception with rationale passes
 * - rep-attempt: one attempt with a reason, an offer → refused for the conversation only
 * - rep-back: returned 10 days ago after a completed engagement and a survey
 */
export function councilCommunity(): CommunityData {
  return {
    referenceDate: NOW,
    reps: [
      rep('mentor-1', { name: 'Ana Mentor', isMentor: true, mentorCapacity: 5 }),
      rep('rep-ready', { name: 'Rita Ready', status: 'inactive', mentorId: 'mentor-1', notes: 'Prefers Signal.' }),
      rep('rep-bare', { name: 'Bela Bare', status: 'inactive', mentorId: 'mentor-1' }),
      rep('rep-attempt', { name: 'Teo Attempt', status: 'inactive' }),
      rep('rep-back', { name: 'Rui Back', status: 'returned', statusHistory: [{ id: 'sh-back-1', at: daysAgo(10), from: 're-engaging', to: 'returned', cause: { messageId: 'status-cause-recorded', args: { text: 'completed a task' } }, by: 'Ana Mentor' }] }),
    ],
    activities: [activity('mentor-1', 5), activity('rep-ready', 420), activity('rep-ready', 450), activity('rep-bare', 500), activity('rep-attempt', 600), activity('rep-back', 4)],
    conversations: [
      conversation('conv-1', 'rep-ready', 60, { reasons: [{ category: 'interpersonal-conflict', severity: 3, note: SECRET }], notes: 'Calm, clear she wants to stop.' }),
      conversation('conv-2', 'rep-attempt', 50, { reached: false, reasons: [{ category: 'unknown', severity: 1, note: '' }] }),
    ],
    engagements: [
      engagement('eng-1', 'rep-ready', 40),
      engagement('eng-2', 'rep-attempt', 30),
      engagement('eng-done', 'rep-back', 20, { status: 'completed', completedAt: daysAgo(12), abandonReason: '' }),
    ],
    surveys: [survey],
    councilCases: [openCase('case-ready', 'rep-ready'), openCase('case-bare', 'rep-bare')],
  };
}
