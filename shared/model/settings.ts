import { z } from 'zod';
import { Id, Role } from './common';
import { ActivityType } from './activity';
import { ReasonCategory } from './conversation';

export const Locale = z.enum(['en-US', 'es']);
export type Locale = z.infer<typeof Locale>;

export const Thresholds = z
  .object({
    atRiskDays: z.number().int().min(1).max(3650),
    inactiveDays: z.number().int().min(1).max(3650),
    mentorInactiveDays: z.number().int().min(1).max(3650),
    stalledAfterDays: z.number().int().min(1).max(365),
  })
  .refine((t) => t.atRiskDays < t.inactiveDays, {
    message: 'the at-risk threshold must be shorter than the inactive threshold',
    path: ['atRiskDays'],
  });
export type Thresholds = z.infer<typeof Thresholds>;

export const MatchingWeights = z.object({
  interest: z.number().min(0).max(10),
  skill: z.number().min(0).max(10),
  timezone: z.number().min(0).max(10),
  coachLoad: z.number().min(0).max(10),
  trackRecord: z.number().min(0).max(10),
  variety: z.number().min(0).max(10),
  smallStep: z.number().min(0).max(10),
});
export type MatchingWeights = z.infer<typeof MatchingWeights>;

export const Settings = z.object({
  version: z.number().int().min(1),
  updatedAt: z.string(),
  currentUser: z.object({
    name: z.string().trim().min(1).max(200),
    role: Role,
    /** Who the user is in the community, so Today can show "my mentees" or "my engagements". */
    repId: Id.nullable(),
    coachId: Id.nullable(),
  }),
  language: Locale,
  thresholds: Thresholds,
  significantActivityTypes: z.array(ActivityType),
  reasons: z.array(ReasonCategory).min(1),
  matchingWeights: MatchingWeights,
  reminderCadenceDays: z.number().int().min(1).max(365),
});
export type Settings = z.infer<typeof Settings>;
