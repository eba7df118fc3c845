import type { matchApi } from '../../../shared/api';
import { acceptBatch, batchPlan, choosePair, explainWhyNot, listConversations, matchStart, recordConversation, suggestions, waitingReps } from '../services/match';
import type { ContextFor, FeatureHandlers } from './types';

/** The match session: the "why" conversation, suggestions, why not, choice and batch matching. */
export function matchHandlers(context: ContextFor): FeatureHandlers<typeof matchApi> {
  return {
    'match.start': ({ repId }) => matchStart(context('match.start'), repId),
    'match.recordConversation': (input) => recordConversation(context('match.recordConversation'), input),
    'match.conversations': ({ repId }) => listConversations(context('match.conversations'), repId),
    'match.suggest': ({ repId, limit }) => suggestions(context('match.suggest'), repId, limit),
    'match.whyNot': ({ repId, taskId, coachId }) => explainWhyNot(context('match.whyNot'), repId, taskId, coachId),
    'match.choose': (input) => choosePair(context('match.choose'), input),
    'match.waiting': () => ({ items: waitingReps(context('match.waiting')) }),
    'match.batchPlan': ({ timeLimitSeconds }) => batchPlan(context('match.batchPlan'), timeLimitSeconds),
    'match.batchAccept': ({ pairs }) => acceptBatch(context('match.batchAccept'), pairs),
  };
}
