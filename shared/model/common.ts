import { z } from 'zod';
import { isTimeZone } from '../time/calendar';

/** ISO-8601 date-time string, e.g. 2026-11-28T10:00:00.000Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** ISO-8601 calendar date, e.g. 2026-11-28. */
export const IsoDate = z.iso.date();
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, _ and - only');
export const Email = z.email().max(254);
/** Short single-line text a person typed; trimmed, never empty. */
export const Label = z.string().trim().min(1).max(200);
export const LongText = z.string().max(10_000);
export const LanguageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as "es" or "pt-BR"');
export const TimeZone = z.string().min(1).max(64);
/** An IANA time zone the runtime knows, for the zones dates are counted in. */
export const IanaTimeZone = TimeZone.refine(isTimeZone, { message: 'not a time zone name such as "Europe/Madrid" or "Asia/Tokyo"' });
/**
 * A date field people fill in: a calendar date in the user's time zone (2026-11-28), or an exact
 * instant for callers that have one. shared/time/calendar.ts says how each is read.
 */
export const DayOrInstant = z.union([IsoDate, IsoDateTime], { error: 'a date like 2026-01-31' });

/** Fields every stored record carries: identity, timestamps and a version for optimistic concurrency. */
export const RecordMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int().min(1),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

export const Role = z.enum(['coach', 'mentor', 'council']);
export type Role = z.infer<typeof Role>;

export const FunctionalArea = z.enum([
  'community-building',
  'events',
  'localization',
  'documentation',
  'design',
  'development',
  'marketing',
  'social-media',
  'education',
  'advocacy',
  'support',
  'research',
]);
export type FunctionalArea = z.infer<typeof FunctionalArea>;

export const InteractionLevel = z.enum(['solo', 'light', 'moderate']);
export type InteractionLevel = z.infer<typeof InteractionLevel>;
export const INTERACTION_ORDER: Record<InteractionLevel, number> = { solo: 0, light: 1, moderate: 2 };

export const Channel = z.enum(['email', 'portal', 'in-app', 'video-call', 'chat', 'in-person']);
export type Channel = z.infer<typeof Channel>;
