/**
 * Hand-made records for the matching tests: the model's defaults via zod parse, so every record is
 * what the store would hold, with only the fields a test cares about spelled out.
 */
import { ActivityType, Coach, Conversation, Engagement, Rep, Survey, Task, type Settings } from '../../shared/model';
import { defaultSettings } from '../../shared/domain/defaults';
import type { MatchData } from '../../shared/matching/context';

export const NOW = '2026-01-15T12:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1 });

export function rep(id: string, over: Partial<Rep> = {}): Rep {
  return Rep.parse({ ...meta(id), name: `Rep ${id}`, email: `${id}@example.com`, country: 'Spain', timezone: 'Europe/Madrid', languages: ['es'], status: 'inactive', hoursPerMonth: 8, ...over });
}

export function task(id: string, over: Partial<Task> = {}): Task {
  return Task.parse({
    ...meta(id),
    title: `Task ${id}`,
    area: 'localization',
    languages: ['es'],
    effortHours: 4,
    expectedDays: 14,
    interaction: 'solo',
    steps: ['Read', 'Do', 'Share'],
    slots: 2,
    status: 'published',
    deliverable: 'something',
    ...over,
  });
}

export function coach(id: string, over: Partial<Coach> = {}): Coach {
  return Coach.parse({ ...meta(id), name: `Coach ${id}`, email: `${id}@example.com`, languages: ['es'], timezone: 'Europe/Madrid', capacity: 3, ...over });
}

export function conversation(id: string, repId: string, over: Partial<Conversation> = {}): Conversation {
  return Conversation.parse({ ...meta(id), repId, heldBy: 'Mentor', date: '2026-01-10T10:00:00.000Z', channel: 'video-call', ...over });
}

export function engagement(id: string, repId: string, taskId: string, coachId: string, over: Partial<Engagement> = {}): Engagement {
  return Engagement.parse({ ...meta(id), repId, taskId, coachId, status: 'active', ...over });
}

export function survey(id: string, engagementId: string, repId: string, over: Partial<Survey> = {}): Survey {
  return Survey.parse({ ...meta(id), engagementId, repId, status: 'answered', ...over });
}

export function settings(over: Partial<Pick<Settings, 'matchingWeights' | 'reasons'>> = {}): Pick<Settings, 'matchingWeights' | 'reasons'> {
  const s = defaultSettings(ActivityType.options, NOW);
  return { matchingWeights: s.matchingWeights, reasons: s.reasons, ...over };
}

export function data(over: Partial<MatchData> = {}): MatchData {
  return { reps: [], tasks: [], coaches: [], engagements: [], surveys: [], conversations: [], settings: settings(), referenceDate: NOW, ...over };
}
