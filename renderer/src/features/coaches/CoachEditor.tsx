import { useState, type FormEvent, type ReactElement } from 'react';
import type { EditableCoachFields } from '../../../../shared/api';
import { CoachStyle, type Coach } from '../../../../shared/model';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { fieldsNamed, formRefusal } from '../../api/issues';
import { splitList, type FieldErrors } from '../catalog/field-errors';

interface Form {
  name: string;
  email: string;
  languages: string;
  timezone: string;
  areas: string;
  skills: string;
  style: string;
  capacity: string;
  availability: string;
  teams: string;
  repId: string;
}

function formOf(c: Coach | null): Form {
  return {
    name: c?.name ?? '',
    email: c?.email ?? '',
    languages: c?.languages.join(', ') ?? '',
    timezone: c?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    areas: c?.areas.join(', ') ?? '',
    skills: c?.skills.join(', ') ?? '',
    style: c?.style ?? 'check-in',
    capacity: String(c?.capacity ?? 2),
    availability: c?.availability ?? '',
    teams: c?.teams.join(', ') ?? '',
    repId: c?.repId ?? '',
  };
}

export function CoachEditor({ coach, onSaved, onCancel }: { coach: Coach | null; onSaved: (c: Coach) => void; onCancel: () => void }) {
  const t = useT();
  const [form, setForm] = useState(() => formOf(coach));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const capacity = Number(form.capacity);
    const fields = {
      name: form.name,
      email: form.email,
      languages: splitList(form.languages),
      timezone: form.timezone,
      areas: splitList(form.areas),
      skills: splitList(form.skills),
      style: form.style,
      // Not-a-number goes through as typed so the backend names the field.
      capacity: form.capacity.trim() !== '' && Number.isFinite(capacity) ? capacity : form.capacity,
      availability: form.availability,
      active: coach?.active ?? true,
      teams: splitList(form.teams),
      repId: form.repId.trim() || null,
    } as EditableCoachFields;
    try {
      const saved = coach
        ? await api().call('coaches.update', { id: coach.id, expectedVersion: coach.version, fields })
        : await api().call('coaches.create', { fields });
      onSaved(saved);
    } catch (err) {
      const found = formRefusal(err, t, fieldsNamed(Object.keys(form)));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`coach-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof Form, label: string, input?: ReactElement) => (
    <label key={name}>
      {label}
      {input ?? (
        <input
          id={`coach-${name}`}
          value={form[name]}
          onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `coach-${name}-error` : undefined}
        />
      )}
      {errors[name] && (
        <span className="field-error" id={`coach-${name}-error`}>
          {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <form onSubmit={save} className="catalog-editor" aria-labelledby="coach-editor-title" noValidate>
      <h2 id="coach-editor-title">{coach ? t('coaches-edit-title', { name: coach.name }) : t('coaches-new-title')}</h2>
      {field('name', t('coaches-field-name'))}
      {field('email', t('coaches-field-email'))}
      {field('languages', t('coaches-field-languages'))}
      {field('timezone', t('coaches-field-timezone'))}
      {field('areas', t('coaches-field-areas'))}
      {field('skills', t('coaches-field-skills'))}
      {field(
        'style',
        t('coaches-field-style'),
        <select id="coach-style" value={form.style} onChange={(e) => setForm((f) => ({ ...f, style: e.target.value }))}>
          {CoachStyle.options.map((s) => (
            <option key={s} value={s}>
              {t(`coaches-style-${s}`)}
            </option>
          ))}
        </select>,
      )}
      {field('capacity', t('coaches-field-capacity'))}
      {field('availability', t('coaches-field-availability'))}
      {field('teams', t('coaches-field-teams'))}
      {field('repId', t('coaches-field-rep'))}
      <p className="muted">{t('catalog-hint-comma')}</p>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('catalog-save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('catalog-cancel')}
        </button>
      </div>
    </form>
  );
}
