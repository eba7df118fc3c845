import type { EngagementDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import { attempt } from '../../app/errors-store';
import { useSettings } from '../../app/settings-store';
import { formatDate, useT } from '../../i18n/i18n';
import { useEngagements } from '../engagements/engagements-store';
import { NextStepPanel } from './NextStepPanel';
import { SurveyForm } from './SurveyForm';

/** The survey of a completed engagement: the form until answered, then the answers and the next step. */
export function SurveySection({ detail }: { detail: EngagementDetail }) {
  const t = useT();
  const locale = useSettings((s) => s.settings?.language ?? 'en-US');
  const { refresh, next } = useEngagements();
  const survey = detail.survey!;
  if (survey.status !== 'answered') return <SurveyForm key={survey.id} survey={survey} onSaved={refresh} />;
  return (
    <section className="surveys-answers" aria-labelledby="survey-answers-title">
      <h3 id="survey-answers-title">{t('surveys-answers-title', { date: formatDate(survey.answeredAt, locale) })}</h3>
      <ul>
        <li>{t('surveys-a-goodExperience', { value: survey.goodExperience ?? 0 })}</li>
        <li>{t('surveys-a-wantsMore', { value: survey.wantsMore ?? 'no' })}</li>
        <li>{t('surveys-a-coachHelpful', { value: survey.coachHelpful ?? 0 })}</li>
        <li>{t('surveys-a-taskFit', { value: survey.taskFit ?? 0 })}</li>
        {survey.freeText && <li>{survey.freeText}</li>}
        {survey.nextInterests.length > 0 && <li>{t('surveys-a-interests', { interests: survey.nextInterests.join(', ') })}</li>}
      </ul>
      {!survey.readAt && (
        <button type="button" onClick={() => void attempt(() => api().call('surveys.markRead', { id: survey.id, expectedVersion: survey.version })).then(refresh)}>
          {t('surveys-mark-read')}
        </button>
      )}
      {next && <NextStepPanel detail={detail} next={next} />}
    </section>
  );
}
