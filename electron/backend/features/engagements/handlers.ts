import type { engagementsApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
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
} from './engagements';

export const engagementsHandlers: FeatureHandlers<typeof engagementsApi> = {
  'engagements.list': listEngagements,
  'engagements.get': (ctx, { id }) => getEngagement(ctx, id),
  'engagements.recordStalled': recordStalled,
  'engagements.activate': (ctx, { id, expectedVersion, dueAt }) => activateEngagement(ctx, id, expectedVersion, dueAt),
  'engagements.checkIn': (ctx, { id, expectedVersion, ...rest }) => checkIn(ctx, id, expectedVersion, rest),
  'engagements.setDue': (ctx, { id, expectedVersion, dueAt }) => setDue(ctx, id, expectedVersion, dueAt),
  'engagements.complete': (ctx, { id, expectedVersion, deliverableLink }) => completeEngagement(ctx, id, expectedVersion, deliverableLink),
  'engagements.abandon': (ctx, { id, expectedVersion, reason }) => abandonEngagement(ctx, id, expectedVersion, reason),
  'engagements.nudge': (ctx, { id }) => nudge(ctx, id),
  'engagements.scheduleOrientation': (ctx, { id, expectedVersion, at }) => scheduleOrientation(ctx, id, expectedVersion, at),
  'engagements.orientationIcs': (ctx, { id }) => orientationIcs(ctx, id),
  'engagements.setOnboarding': (ctx, { id, expectedVersion, index, done }) => setOnboarding(ctx, id, expectedVersion, index, done),
};
