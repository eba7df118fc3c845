import type { settingsApi } from '../../../../shared/api';
import type { FeatureHandlers } from '../../handlers';
import { getSettings, updateSettings } from './settings';

export const settingsHandlers: FeatureHandlers<typeof settingsApi> = {
  'settings.get': getSettings,
  'settings.update': updateSettings,
};
