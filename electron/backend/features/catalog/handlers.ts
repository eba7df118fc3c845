import type { catalogApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import {
  commitTaskImport,
  createTask,
  duplicateTask,
  exportTasks,
  getTask,
  listTasks,
  previewTaskImport,
  publishTask,
  retireTask,
  updateTask,
} from './catalog';

export const catalogHandlers: FeatureHandlers<typeof catalogApi> = {
  'catalog.list': listTasks,
  'catalog.get': (ctx, { id }) => getTask(ctx, id),
  'catalog.create': (ctx, { fields }) => createTask(ctx, fields),
  'catalog.update': (ctx, { id, expectedVersion, fields }) => updateTask(ctx, id, expectedVersion, fields),
  'catalog.duplicate': (ctx, { id }) => duplicateTask(ctx, id),
  'catalog.publish': (ctx, { id, expectedVersion }) => publishTask(ctx, id, expectedVersion),
  'catalog.retire': (ctx, { id, expectedVersion }) => retireTask(ctx, id, expectedVersion),
  'catalog.importPreview': (ctx, { file }) => previewTaskImport(ctx, file),
  'catalog.importCommit': (ctx, { file, excludeBadRows }) => commitTaskImport(ctx, file, excludeBadRows),
  'catalog.export': (ctx, { format, includeNotes }) => exportTasks(ctx, format, includeNotes),
};
