import { isBuiltInReason } from '../../../shared/model';
import { useSettings } from '../app/settings-store';
import { useT } from './i18n';

/**
 * The name of a reason for going quiet: the community's own name when Settings gives one, else the
 * built-in reason in the user's language, else its id (a reason since removed from Settings).
 */
export function useReasonName(): (id: string) => string {
  const t = useT();
  const reasons = useSettings((s) => s.settings?.reasons);
  return (id) => reasons?.find((r) => r.id === id)?.label ?? (isBuiltInReason(id) ? t(`reason-${id}`) : id);
}
