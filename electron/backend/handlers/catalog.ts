import type { catalogApi, coachesApi } from '../../../shared/api';
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
} from '../services/catalog';
import {
  commitCoachImport,
  createCoach,
  deactivateCoach,
  exportCoaches,
  getCoach,
  listCoaches,
  previewCoachImport,
  updateCoach,
} from '../services/coaches';
import type { ContextFor, FeatureHandlers } from './types';

export function catalogHandlers(context: ContextFor): FeatureHandlers<typeof catalogApi & typeof coachesApi> {
  return {
    'catalog.list': (q) => listTasks(context('catalog.list'), q),
    'catalog.get': ({ id }) => getTask(context('catalog.get'), id),
    'catalog.create': ({ fields }) => createTask(context('catalog.create'), fields),
    'catalog.update': ({ id, expectedVersion, fields }) => updateTask(context('catalog.update'), id, expectedVersion, fields),
    'catalog.duplicate': ({ id }) => duplicateTask(context('catalog.duplicate'), id),
    'catalog.publish': ({ id, expectedVersion }) => publishTask(context('catalog.publish'), id, expectedVersion),
    'catalog.retire': ({ id, expectedVersion }) => retireTask(context('catalog.retire'), id, expectedVersion),
    'catalog.importPreview': ({ file }) => previewTaskImport(context('catalog.importPreview'), file),
    'catalog.importCommit': ({ file, excludeBadRows }) => commitTaskImport(context('catalog.importCommit'), file, excludeBadRows),
    'catalog.export': ({ format, includeNotes }) => exportTasks(context('catalog.export'), format, includeNotes),
    'coaches.list': (q) => listCoaches(context('coaches.list'), q),
    'coaches.get': ({ id }) => getCoach(context('coaches.get'), id),
    'coaches.create': ({ fields }) => createCoach(context('coaches.create'), fields),
    'coaches.update': ({ id, expectedVersion, fields }) => updateCoach(context('coaches.update'), id, expectedVersion, fields),
    'coaches.deactivate': ({ id, expectedVersion }) => deactivateCoach(context('coaches.deactivate'), id, expectedVersion),
    'coaches.importPreview': ({ file }) => previewCoachImport(context('coaches.importPreview'), file),
    'coaches.importCommit': ({ file, excludeBadRows }) => commitCoachImport(context('coaches.importCommit'), file, excludeBadRows),
    'coaches.export': ({ format }) => exportCoaches(context('coaches.export'), format),
  };
}
