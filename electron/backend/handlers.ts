import type { Handlers } from './dispatch';
import { catalogHandlers } from './handlers/catalog';
import { coreHandlers } from './handlers/core';
import { councilHandlers } from './handlers/council';
import { dataHandlers } from './handlers/data';
import { insightsHandlers } from './handlers/insights';
import { engagementsHandlers } from './handlers/engagements';
import { matchHandlers } from './handlers/match';
import { repsHandlers } from './handlers/reps';
import type { ContextFor } from './handlers/types';

/**
 * One handler per contract method, each a thin call into a service. Every feature contributes its
 * own map (handlers/<feature>.ts); TypeScript checks that together they cover the whole contract.
 */
export function createHandlers(context: ContextFor): Handlers {
  return {
    ...coreHandlers(context),
    ...dataHandlers(context),
    ...catalogHandlers(context),
    ...repsHandlers(context),
    ...councilHandlers(context),
    ...insightsHandlers(context),
    ...engagementsHandlers(context),
    ...matchHandlers(context),
  };
}
