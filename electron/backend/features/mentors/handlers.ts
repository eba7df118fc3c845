import type { mentorsApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { mentorAccountability, reassignMentees } from './mentors';

export const mentorsHandlers: FeatureHandlers<typeof mentorsApi> = {
  'mentors.accountability': mentorAccountability,
  'mentors.reassign': (ctx, { assignments, allowOverCapacity, note }) => reassignMentees(ctx, assignments, allowOverCapacity, note),
};
