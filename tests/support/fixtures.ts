/**
 * Small hand-made records for backend tests, valid against the model, so a test says exactly
 * which Reps and activities it starts from.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity, ActivityType, Rep } from '../../shared/model';
import type { CommunityData } from '../../electron/backend/seed';

export const NOW = '2026-11-28T12:00:00.000Z';

export function daysAgo(days: number, from = NOW): string {
  return new Date(Date.parse(from) - days * 86_400_000).toISOString();
}

export function rep(id: string, fields: Partial<Rep> = {}): Rep {
  return {
    id,
    createdAt: daysAgo(900),
    updatedAt: daysAgo(900),
    version: 1,
    name: `Rep ${id}`,
    email: `${id}@example.org`,
    portalHandle: id,
    country: 'Spain',
    region: 'Europe',
    timezone: 'Europe/Madrid',
    languages: ['es', 'en'],
    areas: ['localization'],
    interests: [],
    skills: [],
    mentorId: null,
    isMentor: false,
    mentorCapacity: 0,
    status: 'active',
    statusHistory: [],
    mentorshipHistory: [],
    hoursPerMonth: 4,
    contactConsent: true,
    remindersOptOut: false,
    preferredChannel: 'email',
    notes: '',
    ...fields,
  };
}

let activityCounter = 0;
export function activity(repId: string, daysBefore: number, type: ActivityType = 'event-report'): Activity {
  const id = `act-${++activityCounter}`;
  return {
    id,
    createdAt: daysAgo(daysBefore),
    updatedAt: daysAgo(daysBefore),
    version: 1,
    repId,
    date: daysAgo(daysBefore),
    type,
    area: 'events',
    link: '',
    source: 'test',
    externalId: id,
  };
}

/** Four Reps: an active mentor, an at-risk mentee, an inactive mentee with a confidential note, one with only logins. */
export function smallCommunity(): CommunityData {
  return {
    referenceDate: NOW,
    reps: [
      rep('mentor-1', { name: 'Ana Mentor', isMentor: true, mentorCapacity: 5 }),
      rep('rep-at-risk', { name: 'Bruno Risk', mentorId: 'mentor-1', country: 'Brazil', languages: ['pt-BR'] }),
      rep('rep-inactive', { name: 'Carla Quiet', mentorId: 'mentor-1', status: 'inactive', notes: 'Left after a conflict with the events team.' }),
      rep('rep-passive', { name: 'Dev Passive', mentorId: 'mentor-1', country: 'India', languages: ['hi', 'en'] }),
    ],
    activities: [
      activity('mentor-1', 10),
      activity('rep-at-risk', 120),
      activity('rep-inactive', 400),
      activity('rep-passive', 5, 'login'),
      activity('rep-passive', 3, 'newsletter-read'),
    ],
  };
}

export async function tempDir(prefix = 'rekindle-test-'): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
