import type { Method, Output, ParsedInput } from '../../shared/api';
import type { ServiceContext } from './context';
import { activityHandlers } from './features/activity/handlers';
import { auditHandlers } from './features/audit/handlers';
import { catalogHandlers } from './features/catalog/handlers';
import { coachesHandlers } from './features/coaches/handlers';
import { councilHandlers } from './features/council/handlers';
import { dataHandlers } from './features/data/handlers';
import { engagementsHandlers } from './features/engagements/handlers';
import { insightsHandlers } from './features/insights/handlers';
import { matchHandlers } from './features/match/handlers';
import { mentorsHandlers } from './features/mentors/handlers';
import { remindersHandlers } from './features/reminders/handlers';
import { repsHandlers } from './features/reps/handlers';
import { settingsHandlers } from './features/settings/handlers';
import { surveysHandlers } from './features/surveys/handlers';
import { syncHandlers } from './features/sync/handlers';
import { systemHandlers } from './features/system/handlers';
import { todayHandlers } from './features/today/handlers';

/** A handler gets the service context of the call and the parsed input; the method name is its key, given once. */
export type Handler<M extends Method> = (ctx: ServiceContext, input: ParsedInput<M>) => Promise<Output<M>> | Output<M>;
export type Handlers = { [M in Method]: Handler<M> };
/** The handlers of one feature: exactly the methods its contract module declares. */
export type FeatureHandlers<Spec> = Pick<Handlers, Extract<keyof Spec, keyof Handlers>>;

/** One handler per contract method; TypeScript checks that the features together cover the whole contract. */
export const handlers: Handlers = {
  ...activityHandlers,
  ...auditHandlers,
  ...catalogHandlers,
  ...coachesHandlers,
  ...councilHandlers,
  ...dataHandlers,
  ...engagementsHandlers,
  ...insightsHandlers,
  ...matchHandlers,
  ...mentorsHandlers,
  ...remindersHandlers,
  ...repsHandlers,
  ...settingsHandlers,
  ...surveysHandlers,
  ...syncHandlers,
  ...systemHandlers,
  ...todayHandlers,
};
