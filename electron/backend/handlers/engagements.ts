import type { engagementsApi, surveysApi } from '../../../shared/api';
import {
  abandonEngagement,
  activateEngagement,
  checkIn,
  completeEngagement,
  getEngagement,
  listEngagements,
  nudge,
  orientationIcs,
  recordStalled,
  scheduleOrientation,
  setDue,
  setOnboarding,
} from '../services/engagements';
import { followedUp, markRead, nextSteps, proposeNext, remindUnanswered, saveSurvey } from '../services/surveys';
import type { ContextFor, FeatureHandlers } from './types';

/** Engagements from proposal to completion, the follow-up survey and the next step. */
export function engagementsHandlers(context: ContextFor): FeatureHandlers<typeof engagementsApi & typeof surveysApi> {
  return {
    'engagements.list': (q) => listEngagements(context('engagements.list'), q),
    'engagements.get': ({ id }) => getEngagement(context('engagements.get'), id),
    'engagements.recordStalled': () => recordStalled(context('engagements.recordStalled')),
    'engagements.activate': ({ id, expectedVersion, dueAt }) => activateEngagement(context('engagements.activate'), id, expectedVersion, dueAt),
    'engagements.checkIn': ({ id, expectedVersion, ...rest }) => checkIn(context('engagements.checkIn'), id, expectedVersion, rest),
    'engagements.setDue': ({ id, expectedVersion, dueAt }) => setDue(context('engagements.setDue'), id, expectedVersion, dueAt),
    'engagements.complete': ({ id, expectedVersion, deliverableLink }) => completeEngagement(context('engagements.complete'), id, expectedVersion, deliverableLink),
    'engagements.abandon': ({ id, expectedVersion, reason }) => abandonEngagement(context('engagements.abandon'), id, expectedVersion, reason),
    'engagements.nudge': ({ id }) => nudge(context('engagements.nudge'), id),
    'engagements.scheduleOrientation': ({ id, expectedVersion, at }) => scheduleOrientation(context('engagements.scheduleOrientation'), id, expectedVersion, at),
    'engagements.orientationIcs': ({ id }) => orientationIcs(context('engagements.orientationIcs'), id),
    'engagements.setOnboarding': ({ id, expectedVersion, index, done }) => setOnboarding(context('engagements.setOnboarding'), id, expectedVersion, index, done),
    'surveys.save': ({ id, expectedVersion, answers, submit }) => saveSurvey(context('surveys.save'), id, expectedVersion, answers, submit),
    'surveys.markRead': ({ id, expectedVersion }) => markRead(context('surveys.markRead'), id, expectedVersion),
    'surveys.followedUp': ({ id, expectedVersion }) => followedUp(context('surveys.followedUp'), id, expectedVersion),
    'surveys.nextSteps': ({ id, limit }) => nextSteps(context('surveys.nextSteps'), id, limit),
    'surveys.proposeNext': ({ id, taskId, coachId }) => proposeNext(context('surveys.proposeNext'), id, taskId, coachId),
    'surveys.remind': () => remindUnanswered(context('surveys.remind')),
  };
}
