import type { repsApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { createRep, importRoster, updateRep } from './rep-roster';
import { getRep, listReps } from './reps';
import { readerOf } from '../../context';
import { recomputeStatuses } from './status';
import { redactFor } from '../../../../shared/domain/confidential';

export const repsHandlers: FeatureHandlers<typeof repsApi> = {
  'reps.list': listReps,
  'reps.get': (ctx, { id }) => getRep(ctx, id),
  'reps.create': createRep,
  // The reply is read like reps.get: a coach who edits a Rep does not get the notes back.
  'reps.update': async (ctx, { id, expectedVersion, changes }) => redactFor(readerOf(ctx), 'reps', await updateRep(ctx, id, expectedVersion, changes)),
  'reps.importRoster': (ctx, { fileName, rows, dryRun }) => importRoster(ctx, fileName, rows, dryRun),
  'reps.recomputeStatuses': async (ctx) => ({ changes: await recomputeStatuses(ctx) }),
};
