import { z } from 'zod';
import { CAUSE_ARG_MAX, STATUS_CAUSE_IDS, STATUS_OCCASION_IDS } from '../status-causes';
import { Channel, Email, FunctionalArea, Id, IsoDateTime, LanguageCode, Label, LongText, RecordMeta, TimeZone } from './common';

export const RepStatus = z.enum(['active', 'at-risk', 'inactive', 're-engaging', 'returned', 'alumni']);
export type RepStatus = z.infer<typeof RepStatus>;

const CauseArgs = z.record(z.string().regex(/^[a-zA-Z]+$/), z.union([z.string().max(CAUSE_ARG_MAX), z.number()]));

/** Why a status changed, as a message the UI words in the user's language (shared/status-causes.ts). */
export const StatusCause = z.object({
  messageId: z.enum(STATUS_CAUSE_IDS),
  args: CauseArgs,
  occasion: z.object({ messageId: z.enum(STATUS_OCCASION_IDS), args: CauseArgs }).optional(),
});

export const StatusChange = z.object({
  /** `sh-…`: what a reversal points at, never the text. */
  id: Id,
  at: IsoDateTime,
  from: RepStatus.nullable(),
  to: RepStatus,
  cause: StatusCause,
  by: z.string().max(200),
  /** The Council case whose decision made this change. */
  caseId: Id.optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** A change of mentor, written on the Rep and on both mentors so each can read it back. */
export const MentorshipChange = z.object({
  at: IsoDateTime,
  /** The mentee whose mentor changed. */
  repId: Id,
  fromMentorId: Id.nullable(),
  toMentorId: Id.nullable(),
  cause: z.string().max(500),
  by: z.string().max(200),
});
export type MentorshipChange = z.infer<typeof MentorshipChange>;

export const RepFields = z.object({
  name: Label,
  email: Email,
  portalHandle: z.string().trim().max(64).default(''),
  country: Label,
  region: z.string().trim().max(100).default(''),
  timezone: TimeZone,
  languages: z.array(LanguageCode).min(1).max(20),
  areas: z.array(FunctionalArea).max(12).default([]),
  interests: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  skills: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  mentorId: Id.nullable().default(null),
  /** True when this Rep is also a mentor to others. */
  isMentor: z.boolean().default(false),
  mentorCapacity: z.number().int().min(0).max(50).default(0),
  status: RepStatus,
  statusHistory: z.array(StatusChange).default([]),
  mentorshipHistory: z.array(MentorshipChange).default([]),
  hoursPerMonth: z.number().min(0).max(200).default(4),
  contactConsent: z.boolean().default(true),
  /** The Rep asked not to get "we still exist" reminders; other contact may still be fine. */
  remindersOptOut: z.boolean().default(false),
  preferredChannel: Channel.default('email'),
  /** Confidential: never exported unless the user asks for it. */
  notes: LongText.default(''),
  joinedAt: IsoDateTime.optional(),
});
export const Rep = RecordMeta.extend(RepFields.shape);
export type Rep = z.infer<typeof Rep>;
