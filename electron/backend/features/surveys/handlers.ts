import type { surveysApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { followedUp, markRead, nextSteps, proposeNext, remindUnanswered, saveSurvey } from './surveys';

export const surveysHandlers: FeatureHandlers<typeof surveysApi> = {
  'surveys.save': (ctx, { id, expectedVersion, answers, submit }) => saveSurvey(ctx, id, expectedVersion, answers, submit),
  'surveys.markRead': (ctx, { id, expectedVersion }) => markRead(ctx, id, expectedVersion),
  'surveys.followedUp': (ctx, { id, expectedVersion }) => followedUp(ctx, id, expectedVersion),
  'surveys.nextSteps': (ctx, { id, limit }) => nextSteps(ctx, id, limit),
  'surveys.proposeNext': (ctx, { id, taskId, coachId }) => proposeNext(ctx, id, taskId, coachId),
  'surveys.remind': remindUnanswered,
};
