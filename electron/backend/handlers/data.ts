import type { dataApi } from '../../../shared/api';
import { exportArchive, importArchive, listBackups, makeBackup, restoreBackup } from '../services/data';
import type { ContextFor, FeatureHandlers } from './types';

export function dataHandlers(context: ContextFor): FeatureHandlers<typeof dataApi> {
  return {
    'data.listBackups': () => listBackups(context('data.listBackups').store),
    'data.createBackup': () => makeBackup(context('data.createBackup')),
    'data.restoreBackup': ({ id }) => restoreBackup(context('data.restoreBackup'), id),
    'data.exportArchive': ({ includeConfidential }) => exportArchive(context('data.exportArchive'), includeConfidential),
    'data.importArchive': ({ content }) => importArchive(context('data.importArchive'), content),
  };
}
