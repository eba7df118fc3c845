import type { activityApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { beginImport, commitImport, discardImport, previewImport, stageChunk } from './activity-import';

export const activityHandlers: FeatureHandlers<typeof activityApi> = {
  'activity.importBegin': (ctx, { fileName }) => beginImport(ctx, fileName),
  'activity.importChunk': (ctx, { importId, rows }) => stageChunk(ctx, importId, rows),
  'activity.importPreview': (ctx, { importId }) => previewImport(ctx, importId),
  'activity.importCommit': (ctx, { importId }) => commitImport(ctx, importId),
  'activity.importDiscard': (_ctx, { importId }) => discardImport(importId),
};
