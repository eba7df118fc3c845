import { FunctionalArea } from '../../../../shared/model';
import { useSettings } from '../../app/settings-store';
import { useT } from '../../i18n/i18n';
import { useReasonName } from '../../i18n/reasons';

const AREAS = new Set<string>(FunctionalArea.options);
const LEVELS = new Set(['solo', 'light', 'moderate']);

/**
 * Names for the keys the study returns. Built-in reasons, areas, levels, indicators and path steps
 * are translated; a reason named in Settings shows that name.
 */
export function useLabels() {
  const t = useT();
  const reason = useReasonName();
  const settings = useSettings((s) => s.settings);
  const locale = settings?.language ?? 'en-US';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const area = (key: string) => (AREAS.has(key) ? t(`catalog-area-${key}`) : key === 'none' ? t('insights-area-none') : t('insights-unknown'));
  return {
    locale,
    reason,
    indicator: (name: string) => t(`insights-indicator-${name}`),
    step: (step: string) => t(`insights-step-${step}`),
    from: (status: string) => t(`insights-from-${status}`),
    area,
    interaction: (key: string) => (LEVELS.has(key) ? t(`catalog-interaction-${key}`) : t('insights-unknown')),
    community: (kind: string, key: string) => (kind === 'area' ? area(key) : key),
    percent: (x: number | null) => (x === null ? '—' : percent.format(x)),
    number: (x: number | null) => (x === null ? '—' : decimal.format(x)),
  };
}

export type Labels = ReturnType<typeof useLabels>;
