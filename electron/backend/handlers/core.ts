import type { auditApi, repsApi, settingsApi, systemApi, todayApi } from '../../../shared/api';
import { listAudit } from '../services/audit';
import { getRep, listReps } from '../services/reps';
import { getSettings, updateSettings } from '../services/settings';
import { clock, dismissNotice, systemInfo } from '../services/system';
import { getToday } from '../services/today';
import type { ContextFor, FeatureHandlers } from './types';

type CoreSpec = typeof systemApi & typeof settingsApi & Pick<typeof repsApi, 'reps.list' | 'reps.get'> & typeof todayApi & typeof auditApi;

export function coreHandlers(context: ContextFor): FeatureHandlers<CoreSpec> {
  return {
    'system.info': () => systemInfo(context('system.info')),
    'system.clock': () => clock(context('system.clock')),
    'system.changes': ({ after, waitMs }) => context('system.changes').changes.changesAfter(after, waitMs),
    'system.dismissNotice': ({ id }) => dismissNotice(context('system.dismissNotice'), id),
    'settings.get': () => getSettings(context('settings.get')),
    'settings.update': (patch) => updateSettings(context('settings.update'), patch),
    'reps.list': (q) => listReps(context('reps.list'), q),
    'reps.get': ({ id }) => getRep(context('reps.get'), id),
    'today.get': () => getToday(context('today.get')),
    'audit.list': ({ offset, limit }) => listAudit(context('audit.list'), offset, limit),
  };
}
