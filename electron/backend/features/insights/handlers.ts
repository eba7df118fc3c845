import type { insightsApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { chartCsv, getOptions, getStudy } from './insights';

export const insightsHandlers: FeatureHandlers<typeof insightsApi> = {
  'insights.study': getStudy,
  'insights.options': getOptions,
  'insights.csv': (ctx, { chart, filters }) => chartCsv(ctx, chart, filters),
};
