import type { dataApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { exportArchive, importArchive, listBackups, makeBackup, restoreBackup } from './data';

export const dataHandlers: FeatureHandlers<typeof dataApi> = {
  'data.listBackups': (ctx) => listBackups(ctx.store),
  'data.createBackup': makeBackup,
  'data.restoreBackup': (ctx, { id }) => restoreBackup(ctx, id),
  'data.exportArchive': (ctx, { includeConfidential }) => exportArchive(ctx, includeConfidential),
  'data.importArchive': (ctx, { content }) => importArchive(ctx, content),
};
