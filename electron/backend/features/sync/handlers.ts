import type { syncApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { conflicts, connect, disconnect, resolve, status } from './sync';

export const syncHandlers: FeatureHandlers<typeof syncApi> = {
  'sync.status': status,
  'sync.connect': connect,
  'sync.disconnect': disconnect,
  'sync.conflicts': conflicts,
  'sync.resolve': resolve,
};
