import type { councilApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { auditCsv, decideCase, getDossier, getOverview, proposeCase, reverseCase, reviewPack } from './council';

export const councilHandlers: FeatureHandlers<typeof councilApi> = {
  'council.overview': (ctx, { since }) => getOverview(ctx, since),
  'council.dossier': (ctx, { repId }) => getDossier(ctx, repId),
  'council.propose': proposeCase,
  'council.decide': decideCase,
  'council.reverse': reverseCase,
  'council.reviewPack': reviewPack,
  'council.auditCsv': auditCsv,
};
