import type { councilApi } from '../../../shared/api';
import { auditCsv, decideCase, getDossier, getOverview, proposeCase, reverseCase, reviewPack } from '../services/council';
import type { ContextFor, FeatureHandlers } from './types';

export function councilHandlers(context: ContextFor): FeatureHandlers<typeof councilApi> {
  return {
    'council.overview': ({ since }) => getOverview(context('council.overview'), since),
    'council.dossier': ({ repId }) => getDossier(context('council.dossier'), repId),
    'council.propose': (input) => proposeCase(context('council.propose'), input),
    'council.decide': (input) => decideCase(context('council.decide'), input),
    'council.reverse': (input) => reverseCase(context('council.reverse'), input),
    'council.reviewPack': (input) => reviewPack(context('council.reviewPack'), input),
    'council.auditCsv': () => auditCsv(context('council.auditCsv')),
  };
}
