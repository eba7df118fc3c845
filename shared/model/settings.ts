import { z } from 'zod';
import { IanaTimeZone, Id, Role } from './common';
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

/** A "we still exist" message in one language; {name}, {mentor}, {lastActivity}, {months} are filled in. */
export const ReminderTemplate = z.object({
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5_000),
});
export type ReminderTemplate = z.infer<typeof ReminderTemplate>;

export const DEFAULT_REMINDER_TEMPLATES: Record<string, ReminderTemplate> = {
  en: {
    subject: 'Hi {name}, the Reps community still exists',
    body: 'Hi {name},\n\nWe have not heard from you since {lastActivity}, and we miss you. The Mozilla Reps community is still here, with small tasks that fit a few hours a month.\n\nIf you would like to talk, just reply or write to your mentor, {mentor}.\n\nTo stop these reminders, reply "stop".',
  },
  es: {
    subject: 'Hola {name}, la comunidad de Reps sigue aquí',
    body: 'Hola {name}:\n\nNo sabemos de ti desde {lastActivity} y te echamos de menos. La comunidad de Mozilla Reps sigue aquí, con tareas pequeñas que caben en unas pocas horas al mes.\n\nSi quieres hablar, responde a este mensaje o escribe a tu mentor/a, {mentor}.\n\nPara no recibir más recordatorios, responde «stop».',
  },
};

export const DEFAULT_ONBOARDING_CHECKLIST: readonly string[] = [
  'Orientation call held',
  'Added back to the Reps Discourse and Matrix channels',
  'Reps portal profile brought up to date',
  'Introduced to the coach of the next task',
  'First monthly report filed',
];

/** Outgoing mail for reminders. The password is never stored: it comes from REKINDLE_SMTP_PASSWORD. */
export const SmtpSettings = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65_535),
  from: z.email().max(254),
  secure: z.boolean().default(false),
  user: z.string().max(200).default(''),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

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
  /** The user's time zone, in which the dates they type are read; null: the machine's. */
  timeZone: IanaTimeZone.nullable().default(null),
  /**
   * The community's reference time zone: status thresholds count whole days on its calendar, so
   * every machine of the community gives a Rep the same status.
   */
  communityTimeZone: IanaTimeZone.default('UTC'),
  thresholds: Thresholds,
  significantActivityTypes: z.array(ActivityType),
  reasons: z.array(ReasonCategory).min(1),
  matchingWeights: MatchingWeights,
  reminderCadenceDays: z.number().int().min(1).max(365),
  /** No reminder of any kind goes to a Rep contacted more recently than this. */
  reminderCooldownDays: z.number().int().min(0).max(365).default(60),
  /** By language code; a Rep gets the first of their languages that has a template, else English. */
  reminderTemplates: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/), ReminderTemplate).default(DEFAULT_REMINDER_TEMPLATES),
  /** Null until someone configures mail; reminders then go out as drafts, portal CSV and in-app. */
  smtp: SmtpSettings.nullable().default(null),
  /** The onboarding steps a returner works through after a good first task (engagements). */
  onboardingChecklist: z.array(z.string().trim().min(1).max(200)).max(30).default(() => [...DEFAULT_ONBOARDING_CHECKLIST]),
  /** A Rep becomes "returned": a completed engagement and new significant activity within this many days of it. */
  returnedRule: z.object({ withinDays: z.number().int().min(1).max(730) }).default({ withinDays: 90 }),
});
export type Settings = z.infer<typeof Settings>;
