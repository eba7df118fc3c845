/** Tasks, coaches, engagements and surveys for catalog and roster tests, on top of smallCommunity. */
import type { CommunityData } from '../../electron/backend/seed';
import type { Coach, Engagement, Survey, Task } from '../../shared/model';
import { daysAgo, smallCommunity } from './fixtures';

const meta = (id: string) => ({ id, createdAt: daysAgo(100), updatedAt: daysAgo(100), version: 1 });

export function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    ...meta(id),
    title: `Task ${id}`,
    summary: '',
    deliverable: 'A finished thing',
    area: 'documentation',
    skills: [],
    languages: ['en'],
    effortHours: 4,
    expectedDays: 14,
    interaction: 'solo',
    steps: ['Do it'],
    slots: 1,
    preferredCoachIds: [],
    tags: [],
    status: 'published',
    author: 'Test',
    externalId: null,
    notes: '',
    ...fields,
  };
}

export function coach(id: string, fields: Partial<Coach> = {}): Coach {
  return {
    ...meta(id),
    name: `Coach ${id}`,
    email: `${id}@example.org`,
    languages: ['en'],
    timezone: 'Europe/Madrid',
    areas: ['documentation'],
    skills: [],
    style: 'check-in',
    capacity: 2,
    availability: '',
    active: true,
    teams: [],
    repId: null,
    externalId: null,
    ...fields,
  };
}

function engagement(id: string, taskId: string, coachId: string, status: Engagement['status']): Engagement {
  return {
    ...meta(id),
    repId: 'rep-inactive',
    taskId,
    coachId,
    matchSessionId: null,
    status,
    steps: [],
    checkIns: [],
    startedAt: daysAgo(30),
    dueAt: null,
    completedAt: status === 'completed' ? daysAgo(5) : null,
    deliverableLink: '',
    abandonReason: '',
    orientationCallAt: null,
    onboarding: [],
    notes: '',
  };
}

function survey(id: string, engagementId: string, good: number, helpful: number, fit: number): Survey {
  return {
    ...meta(id),
    engagementId,
    repId: 'rep-inactive',
    status: 'answered',
    goodExperience: good,
    wantsMore: 'yes',
    coachHelpful: helpful,
    taskFit: fit,
    freeText: '',
    nextInterests: [],
    answeredAt: daysAgo(4),
  };
}

export function catalogCommunity(): CommunityData {
  return {
    ...smallCommunity(),
    tasks: [
      task('task-docs', {
        title: 'Update the documentation for Firefox Relay',
        summary: 'Rewrite the setup guide so new users succeed on the first try.',
        skills: ['technical writing'],
        tags: ['documentation'],
        notes: 'Confidential: the last volunteer left this half-done.',
      }),
      task('task-l10n', { title: 'Review Pontoon strings', area: 'localization', languages: ['es'], effortHours: 2, interaction: 'light', tags: ['localization'] }),
      task('task-event', { title: 'Host a Common Voice workshop', area: 'events', effortHours: 10, interaction: 'moderate', status: 'retired' }),
      task('task-draft', { title: 'Draft newsletter story', area: 'marketing', deliverable: '', steps: [], effortHours: null, status: 'draft' }),
    ],
    coaches: [
      coach('coach-ana', { name: 'Ana Coach', capacity: 2, languages: ['es', 'en'], skills: ['translation'], teams: ['Mozilla Hispano'] }),
      coach('coach-ben', { name: 'Ben Helper', capacity: 3, areas: ['events'] }),
      coach('coach-old', { name: 'Olga Former', active: false }),
    ],
    engagements: [
      engagement('eng-1', 'task-docs', 'coach-ana', 'completed'),
      engagement('eng-2', 'task-docs', 'coach-ana', 'abandoned'),
      engagement('eng-3', 'task-docs', 'coach-ana', 'active'),
      engagement('eng-4', 'task-l10n', 'coach-ana', 'proposed'),
      engagement('eng-5', 'task-l10n', 'coach-ben', 'stalled'),
    ],
    surveys: [survey('sv-1', 'eng-1', 5, 4, 4), survey('sv-2', 'eng-2', 2, 3, 1)],
  };
}
