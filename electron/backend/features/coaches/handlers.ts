import type { coachesApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import {
  commitCoachImport,
  createCoach,
  deactivateCoach,
  exportCoaches,
  getCoach,
  listCoaches,
  previewCoachImport,
  updateCoach,
} from './coaches';

export const coachesHandlers: FeatureHandlers<typeof coachesApi> = {
  'coaches.list': listCoaches,
  'coaches.get': (ctx, { id }) => getCoach(ctx, id),
  'coaches.create': (ctx, { fields }) => createCoach(ctx, fields),
  'coaches.update': (ctx, { id, expectedVersion, fields }) => updateCoach(ctx, id, expectedVersion, fields),
  'coaches.deactivate': (ctx, { id, expectedVersion }) => deactivateCoach(ctx, id, expectedVersion),
  'coaches.importPreview': (ctx, { file }) => previewCoachImport(ctx, file),
  'coaches.importCommit': (ctx, { file, excludeBadRows }) => commitCoachImport(ctx, file, excludeBadRows),
  'coaches.export': (ctx, { format }) => exportCoaches(ctx, format),
};
