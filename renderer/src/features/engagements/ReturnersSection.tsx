import { useState, type FormEvent } from 'react';
import { useSettings } from '../../app/settings-store';
import { useT } from '../../i18n/i18n';
import { runAction } from '../../api/issues';

/** Settings for returners: the onboarding checklist (one step a line) and the "returned" rule's window. */
export function ReturnersSection() {
  const t = useT();
  const { settings, update } = useSettings();
  const [steps, setSteps] = useState(() => settings?.onboardingChecklist.join('\n') ?? '');
  const [days, setDays] = useState(() => String(settings?.returnedRule.withinDays ?? 90));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  if (!settings) return null;

  async function save(ev: FormEvent) {
    ev.preventDefault();
    const withinDays = Number(days);
    const refused = await runAction(
      () =>
        update({
          onboardingChecklist: steps
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          returnedRule: { withinDays: Number.isFinite(withinDays) && days.trim() !== '' ? withinDays : (days as never) },
        }),
      t,
      'returners',
    );
    setErrors(refused ?? {});
    setSaved(!refused);
  }

  return (
    <form className="settings" onSubmit={save} aria-labelledby="returners-title" noValidate>
      <fieldset>
        <legend id="returners-title">{t('engagements-settings-title')}</legend>
        <label htmlFor="returners-onboardingChecklist">{t('engagements-settings-onboarding')}</label>
        <textarea id="returners-onboardingChecklist" rows={5} value={steps} onChange={(e) => setSteps(e.target.value)} aria-invalid={errors.onboardingChecklist ? true : undefined} />
        {errors.onboardingChecklist && (
          <span className="field-error" role="alert">
            {errors.onboardingChecklist}
          </span>
        )}
        <label htmlFor="returners-withinDays">{t('engagements-settings-within')}</label>
        <input id="returners-withinDays" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={errors.withinDays ? true : undefined} />
        {errors.withinDays && (
          <span className="field-error" role="alert">
            {errors.withinDays}
          </span>
        )}
        <div className="actions">
          <button type="submit">{t('engagements-settings-save')}</button>
          <span role="status">{saved ? t('engagements-settings-saved') : ''}</span>
        </div>
      </fieldset>
    </form>
  );
}
