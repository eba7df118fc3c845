import type { RepStatus } from '../../../shared/model';
import { useT } from '../i18n/i18n';

export function StatusBadge({ status }: { status: RepStatus }) {
  const t = useT();
  return <span className={`badge badge-${status}`}>{t(`status-${status}`)}</span>;
}
