import type { matchApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import {
  acceptBatch,
  batchPlan,
  choosePair,
  explainWhyNot,
  listConversations,
  matchStart,
  recordConversation,
  suggestions,
  waitingReps,
} from './match';

export const matchHandlers: FeatureHandlers<typeof matchApi> = {
  'match.start': (ctx, { repId }) => matchStart(ctx, repId),
  'match.recordConversation': recordConversation,
  'match.conversations': (ctx, { repId }) => listConversations(ctx, repId),
  'match.suggest': (ctx, { repId, limit }) => suggestions(ctx, repId, limit),
  'match.whyNot': (ctx, { repId, taskId, coachId }) => explainWhyNot(ctx, repId, taskId, coachId),
  'match.choose': choosePair,
  'match.waiting': (ctx) => ({ items: waitingReps(ctx) }),
  'match.batchPlan': (ctx, { timeLimitSeconds }) => batchPlan(ctx, timeLimitSeconds),
  'match.batchAccept': (ctx, { pairs }) => acceptBatch(ctx, pairs),
};
