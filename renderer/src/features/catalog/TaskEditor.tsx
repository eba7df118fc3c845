import { useState, type FormEvent, type ReactElement } from 'react';
import type { EditableTaskFields } from '../../../../shared/api';
import { FunctionalArea, InteractionLevel, type Task } from '../../../../shared/model';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { fieldsNamed, formRefusal } from '../../api/issues';
import { splitList, type FieldErrors } from './field-errors';

interface Form {
  title: string;
  summary: string;
  deliverable: string;
  area: string;
  skills: string;
  languages: string;
  effortHours: string;
  expectedDays: string;
  interaction: string;
  steps: string;
  slots: string;
  tags: string;
  notes: string;
}

function formOf(task: Task | null): Form {
  return {
    title: task?.title ?? '',
    summary: task?.summary ?? '',
    deliverable: task?.deliverable ?? '',
    area: task?.area ?? 'documentation',
    skills: task?.skills.join(', ') ?? '',
    languages: task?.languages.join(', ') ?? '',
    effortHours: task?.effortHours == null ? '' : String(task.effortHours),
    expectedDays: String(task?.expectedDays ?? 14),
    interaction: task?.interaction ?? 'solo',
    steps: task?.steps.join('\n') ?? '',
    slots: String(task?.slots ?? 1),
    tags: task?.tags.join(', ') ?? '',
    notes: task?.notes ?? '',
  };
}

/** Numbers stay as typed when they are not numbers, so the backend names the field. */
const num = (s: string): number | null | string => (s.trim() === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);

function fieldsOf(form: Form, task: Task | null): EditableTaskFields {
  return {
    title: form.title,
    summary: form.summary,
    deliverable: form.deliverable,
    area: form.area as EditableTaskFields['area'],
    skills: splitList(form.skills),
    languages: splitList(form.languages),
    effortHours: num(form.effortHours) as number | null,
    expectedDays: (num(form.expectedDays) ?? 14) as number,
    interaction: form.interaction as EditableTaskFields['interaction'],
    steps: splitList(form.steps, /\n/),
    slots: (num(form.slots) ?? 1) as number,
    preferredCoachIds: task?.preferredCoachIds ?? [],
    tags: splitList(form.tags),
    author: task?.author ?? '',
    notes: form.notes,
  };
}

export function TaskEditor({ task, onSaved, onCancel }: { task: Task | null; onSaved: (task: Task) => void; onCancel: () => void }) {
  const t = useT();
  const [form, setForm] = useState(() => formOf(task));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const fields = fieldsOf(form, task);
      const saved = task
        ? await api().call('catalog.update', { id: task.id, expectedVersion: task.version, fields })
        : await api().call('catalog.create', { fields });
      setErrors({});
      onSaved(saved);
    } catch (err) {
      const found = formRefusal(err, t, fieldsNamed(Object.keys(form)));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`task-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  }

  function field(name: keyof Form, label: string, input: ReactElement, hint?: string) {
    return (
      <div key={name} className="catalog-field">
        <label htmlFor={`task-${name}`}>{label}</label>
        {input}
        {hint && <span className="muted">{hint}</span>}
        {errors[name] && (
          <span className="field-error" id={`task-${name}-error`}>
            {errors[name]}
          </span>
        )}
      </div>
    );
  }
  const common = (name: keyof Form) => ({
    id: `task-${name}`,
    value: form[name],
    onChange: set(name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `task-${name}-error` : undefined,
  });

  return (
    <form className="catalog-editor" onSubmit={save} aria-labelledby="task-editor-title" noValidate>
      <h2 id="task-editor-title">{task ? t('catalog-edit-title', { title: task.title }) : t('catalog-new-title')}</h2>
      {field('title', t('catalog-field-title'), <input {...common('title')} />)}
      {field('summary', t('catalog-field-summary'), <textarea rows={3} {...common('summary')} />)}
      {field('deliverable', t('catalog-field-deliverable'), <input {...common('deliverable')} />)}
      <div className="catalog-editor-row">
        {field(
          'area',
          t('catalog-field-area'),
          <select {...common('area')}>
            {FunctionalArea.options.map((a) => (
              <option key={a} value={a}>
                {t(`catalog-area-${a}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'interaction',
          t('catalog-field-interaction'),
          <select {...common('interaction')}>
            {InteractionLevel.options.map((a) => (
              <option key={a} value={a}>
                {t(`catalog-interaction-${a}`)}
              </option>
            ))}
          </select>,
        )}
      </div>
      <div className="catalog-editor-row">
        {field('effortHours', t('catalog-field-effort'), <input inputMode="decimal" {...common('effortHours')} />)}
        {field('expectedDays', t('catalog-field-days'), <input inputMode="numeric" {...common('expectedDays')} />)}
        {field('slots', t('catalog-field-slots'), <input inputMode="numeric" {...common('slots')} />)}
      </div>
      {field('languages', t('catalog-field-languages'), <input {...common('languages')} />, t('catalog-hint-comma'))}
      {field('skills', t('catalog-field-skills'), <input {...common('skills')} />, t('catalog-hint-comma'))}
      {field('tags', t('catalog-field-tags'), <input {...common('tags')} />, t('catalog-hint-comma'))}
      {field('steps', t('catalog-field-steps'), <textarea rows={5} {...common('steps')} />, t('catalog-hint-lines'))}
      {field('notes', t('catalog-field-notes'), <textarea rows={2} {...common('notes')} />)}
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
