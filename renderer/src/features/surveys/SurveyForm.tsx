import { useState, type FormEvent } from 'react';
import type { SurveyAnswers } from '../../../../shared/api';
import type { Survey } from '../../../../shared/model';
import { api } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { fieldsOnPage, formRefusal, issuesOf } from '../../api/issues';

type Scale = 'goodExperience' | 'coachHelpful' | 'taskFit';
const WANTS = ['yes', 'maybe', 'no'] as const;

interface Form {
  goodExperience: number | null;
  wantsMore: 'yes' | 'maybe' | 'no' | null;
  coachHelpful: number | null;
  taskFit: number | null;
  freeText: string;
  interests: string;
}

const formOf = (s: Survey): Form => ({
  goodExperience: s.goodExperience,
  wantsMore: s.wantsMore,
  coachHelpful: s.coachHelpful,
  taskFit: s.taskFit,
  freeText: s.freeText,
  interests: s.nextInterests.join(', '),
});

const answersOf = (f: Form): SurveyAnswers => ({
  goodExperience: f.goodExperience,
  wantsMore: f.wantsMore,
  coachHelpful: f.coachHelpful,
  taskFit: f.taskFit,
  freeText: f.freeText,
  nextInterests: f.interests
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
});

/**
 * The follow-up survey, filled in by the mentor with the Rep (or printed blank for paper). Ratings
 * are radio groups, so arrow keys move within a question and Tab between questions. A refused
 * submit keeps everything typed as a draft.
 */
export function SurveyForm({ survey, onSaved }: { survey: Survey; onSaved: () => Promise<void> }) {
  const t = useT();
  const [form, setForm] = useState(() => formOf(survey));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [said, setSaid] = useState('');
  const [version, setVersion] = useState(survey.version);

  async function save(submit: boolean) {
    const answers = answersOf(form);
    try {
      const saved = await api().call('surveys.save', { id: survey.id, expectedVersion: version, answers, submit });
      setVersion(saved.version);
      setErrors({});
      setSaid(submit ? t('surveys-submitted') : t('surveys-draft-saved'));
      await onSaved();
    } catch (err) {
      const found = formRefusal(err, t, fieldsOnPage('survey'));
      setErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`survey-${first}`)?.focus();
      // Never lose what was typed: a submit refused only for missing answers is kept as a draft.
      const issues = issuesOf(err);
      if (submit && issues?.every((i) => i.messageId === 'refusal-survey-answer-missing')) {
        try {
          const draft = await api().call('surveys.save', { id: survey.id, expectedVersion: version, answers, submit: false });
          setVersion(draft.version);
          setSaid(t('surveys-kept-as-draft'));
        } catch {
          // The field messages above already say what to fix.
        }
      }
    }
  }

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void save(true);
  };

  const scale = (field: Scale) => (
    <fieldset key={field} id={`survey-${field}`} tabIndex={-1} className="surveys-scale" aria-describedby={errors[field] ? `survey-${field}-error` : undefined}>
      <legend>{t(`surveys-q-${field}`)}</legend>
      <div className="surveys-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name={`${survey.id}-${field}`} value={n} checked={form[field] === n} onChange={() => setForm((f) => ({ ...f, [field]: n }))} />
            {n}
          </label>
        ))}
      </div>
      <span className="muted small">{t('surveys-scale-hint')}</span>
      {errors[field] && (
        <span className="field-error" id={`survey-${field}-error`} role="alert">
          {errors[field]}
        </span>
      )}
    </fieldset>
  );

  return (
    <form className="surveys-form surveys-printable" onSubmit={submit} aria-labelledby="survey-title" noValidate>
      <h3 id="survey-title">{t('surveys-title')}</h3>
      <p className="muted">{t('surveys-status', { status: survey.status })}</p>
      {scale('goodExperience')}
      <fieldset id="survey-wantsMore" tabIndex={-1} className="surveys-scale" aria-describedby={errors.wantsMore ? 'survey-wantsMore-error' : undefined}>
        <legend>{t('surveys-q-wantsMore')}</legend>
        <div className="surveys-options">
          {WANTS.map((w) => (
            <label key={w}>
              <input type="radio" name={`${survey.id}-wantsMore`} value={w} checked={form.wantsMore === w} onChange={() => setForm((f) => ({ ...f, wantsMore: w }))} />
              {t(`surveys-wants-${w}`)}
            </label>
          ))}
        </div>
        {errors.wantsMore && (
          <span className="field-error" id="survey-wantsMore-error" role="alert">
            {errors.wantsMore}
          </span>
        )}
      </fieldset>
      {scale('coachHelpful')}
      {scale('taskFit')}
      <label htmlFor="survey-freeText">{t('surveys-q-freeText')}</label>
      <textarea id="survey-freeText" rows={3} value={form.freeText} onChange={(ev) => setForm((f) => ({ ...f, freeText: ev.target.value }))} />
      <label htmlFor="survey-nextInterests">{t('surveys-q-interests')}</label>
      <input id="survey-nextInterests" value={form.interests} onChange={(ev) => setForm((f) => ({ ...f, interests: ev.target.value }))} aria-describedby="survey-interests-hint" />
      <span id="survey-interests-hint" className="muted small">
        {t('surveys-interests-hint')}
      </span>
      {errors.nextInterests && (
        <span className="field-error" role="alert">
          {errors.nextInterests}
        </span>
      )}
      <p role="status" className="muted">
        {said}
      </p>
      <div className="actions wrap surveys-no-print">
        <button type="button" onClick={() => void save(false)}>
          {t('surveys-save-draft')}
        </button>
        <button type="submit">{t('surveys-submit')}</button>
        <button type="button" onClick={() => window.print()}>
          {t('surveys-print')}
        </button>
      </div>
    </form>
  );
}
