import type { todayApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { getToday } from './today';

export const todayHandlers: FeatureHandlers<typeof todayApi> = {
  'today.get': getToday,
};
