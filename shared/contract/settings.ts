import { z } from 'zod';
import { ActivityType, Locale, MatchingWeights, ReasonCategory, Settings, SmtpSettings, Thresholds } from '../model';
import { NoInput, type MethodSpec } from './method';

export const SettingsPatch = z
  .object({
    expectedVersion: z.number().int().min(1),
    currentUser: Settings.shape.currentUser.optional(),
    language: Locale.optional(),
    timeZone: Settings.shape.timeZone.unwrap().optional(),
    communityTimeZone: Settings.shape.communityTimeZone.unwrap().optional(),
    thresholds: Thresholds.optional(),
    significantActivityTypes: z.array(ActivityType).optional(),
    reasons: z.array(ReasonCategory).min(1).optional(),
    matchingWeights: MatchingWeights.optional(),
    reminderCadenceDays: z.number().int().min(1).max(365).optional(),
    reminderCooldownDays: z.number().int().min(0).max(365).optional(),
    reminderTemplates: Settings.shape.reminderTemplates.unwrap().optional(),
    smtp: SmtpSettings.nullable().optional(),
    onboardingChecklist: Settings.shape.onboardingChecklist.unwrap().min(1, 'list at least one onboarding step').optional(),
    returnedRule: Settings.shape.returnedRule.unwrap().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const settingsApi = {
  'settings.get': { input: NoInput, output: Settings, mutates: false },
  'settings.update': { input: SettingsPatch, output: Settings, mutates: true },
} as const satisfies Record<string, MethodSpec>;
