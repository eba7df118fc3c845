import { DEFAULT_ONBOARDING_CHECKLIST, DEFAULT_REASONS, DEFAULT_REMINDER_TEMPLATES, type ActivityType, type Settings } from '../model';

/** Passive entries say someone looked, not that they did something; they do not count by default. */
export const PASSIVE_ACTIVITY_TYPES: readonly ActivityType[] = ['newsletter-read', 'profile-update', 'login'];

export function defaultSettings(allActivityTypes: readonly ActivityType[], now: string): Settings {
  return {
    version: 1,
    updatedAt: now,
    currentUser: { name: 'Demo user', role: 'mentor', repId: null, coachId: null },
    language: 'en-US',
    timeZone: null,
    communityTimeZone: 'UTC',
    thresholds: { atRiskDays: 90, inactiveDays: 365, mentorInactiveDays: 180, stalledAfterDays: 14 },
    significantActivityTypes: allActivityTypes.filter((t) => !PASSIVE_ACTIVITY_TYPES.includes(t)),
    reasons: DEFAULT_REASONS.map((r) => ({ id: r.id, sensitive: r.sensitive })),
    matchingWeights: { interest: 3, skill: 2, timezone: 1, coachLoad: 1, trackRecord: 2, variety: 1, smallStep: 1 },
    reminderCadenceDays: 30,
    reminderCooldownDays: 60,
    reminderTemplates: DEFAULT_REMINDER_TEMPLATES,
    smtp: null,
    onboardingChecklist: [...DEFAULT_ONBOARDING_CHECKLIST],
    returnedRule: { withinDays: 90 },
  };
}
