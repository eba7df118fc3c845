import type { insightsApi } from '../../../shared/api';
import { chartCsv, getOptions, getStudy } from '../services/insights';
import type { ContextFor, FeatureHandlers } from './types';

export function insightsHandlers(context: ContextFor): FeatureHandlers<typeof insightsApi> {
  return {
    'insights.study': (filters) => getStudy(context('insights.study'), filters),
    'insights.options': () => getOptions(context('insights.options')),
    'insights.csv': ({ chart, filters }) => chartCsv(context('insights.csv'), chart, filters),
  };
}
