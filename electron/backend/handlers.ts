import type { Handlers } from './dispatch';
import type { ServiceContext } from './services/context';
import { listAudit } from './services/audit';
import { getRep, listReps } from './services/reps';
import { getSettings, updateSettings } from './services/settings';
import { dismissNotice, systemInfo } from './services/system';
import { getToday } from './services/today';

/** One handler per contract method; each is a thin call into a service. */
export function createHandlers(context: (method: string) => ServiceContext): Handlers {
  return {
    'system.info': () => systemInfo(context('system.info')),
    'system.dismissNotice': ({ id }) => dismissNotice(context('system.dismissNotice'), id),
    'settings.get': () => getSettings(context('settings.get')),
    'settings.update': (patch) => updateSettings(context('settings.update'), patch),
    'reps.list': (q) => listReps(context('reps.list'), q),
    'reps.get': ({ id }) => getRep(context('reps.get'), id),
    'today.get': () => getToday(context('today.get')),
    'audit.list': ({ offset, limit }) => listAudit(context('audit.list'), offset, limit),
  };
}
