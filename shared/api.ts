/**
 * The one API contract. Every method has a zod input and output schema; the backend registers
 * exactly one handler per method, both transports (Electron IPC and the HTTP bridge) carry
 * `{method, input}` generically, and the renderer's client is typed from this table.
 *
 * Each feature declares its methods in shared/contract/<feature>.ts; this file joins them.
 */
import type { z } from 'zod';
import { activityApi } from './contract/activity';
import { auditApi } from './contract/audit';
import { catalogApi } from './contract/catalog';
import { coachesApi } from './contract/coaches';
import { councilApi } from './contract/council';
import { dataApi } from './contract/data';
import { engagementsApi } from './contract/engagements';
import { insightsApi } from './contract/insights';
import { matchApi } from './contract/match';
import type { MethodSpec } from './contract/method';
import { mentorsApi } from './contract/mentors';
import { remindersApi } from './contract/reminders';
import { repsApi } from './contract/reps';
import { settingsApi } from './contract/settings';
import { surveysApi } from './contract/surveys';
import { syncApi } from './contract/sync';
import { systemApi } from './contract/system';
import { todayApi } from './contract/today';

export * from './contract/activity';
export * from './contract/audit';
export * from './contract/catalog';
export * from './contract/coaches';
export * from './contract/council';
export * from './contract/data';
export * from './contract/engagements';
export * from './contract/insights';
export * from './contract/match';
export * from './contract/method';
export * from './contract/mentors';
export * from './contract/reminders';
export * from './contract/reps';
export * from './contract/settings';
export * from './contract/surveys';
export * from './contract/sync';
export * from './contract/system';
export * from './contract/today';

export const api = {
  ...systemApi,
  ...settingsApi,
  ...repsApi,
  ...todayApi,
  ...auditApi,
  ...dataApi,
  ...catalogApi,
  ...coachesApi,
  ...councilApi,
  ...activityApi,
  ...mentorsApi,
  ...remindersApi,
  ...engagementsApi,
  ...surveysApi,
  ...insightsApi,
  ...matchApi,
  ...syncApi,
} as const satisfies Record<string, MethodSpec>;

export type Api = typeof api;
export type Method = keyof Api;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends Method> = z.input<Api[M]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
