import type { NextSteps, SurveyAnswers } from '../../../../shared/api';
import { nextStepFor, preferDifferentCoach, proposedEngagement } from '../../../../shared/domain/engagements';
import { refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { planFromChoice, prepareMatchContext, suggestForRep, type MatchData } from '../../../../shared/matching/suggest';
import type { Engagement, Survey } from '../../../../shared/model/index';
import type { ServiceContext } from '../../context';
import { queueReminder } from '../engagements/engagements';
import { createRecord, updateRecord } from '../../write-path/records';

const DAY_MS = 86_400_000;
/** An unanswered survey gets one reminder a week after it was created. */
const REMIND_AFTER_DAYS = 7;

type Answers = Required<{ [K in keyof SurveyAnswers]: Exclude<SurveyAnswers[K], undefined> }>;

const REQUIRED: { field: 'goodExperience' | 'wantsMore' | 'coachHelpful' | 'taskFit'; label: string }[] = [
  { field: 'goodExperience', label: 'good experience (1–5)' },
  { field: 'wantsMore', label: 'wants more (yes, maybe or no)' },
  { field: 'coachHelpful', label: 'coach helpful (1–5)' },
  { field: 'taskFit', label: 'task fit (1–5)' },
];

/**
 * Saves what was answered so far. A draft keeps partial answers as they are; submitting needs every
 * rating and "wants more", refuses with each missing one named, and changes nothing then.
 */
export async function saveSurvey(ctx: ServiceContext, id: string, expectedVersion: number, answers: Answers, submit: boolean): Promise<Survey> {
  const current = ctx.store.collections.surveys.require(id, 'survey');
  if (submit) {
    const missing = REQUIRED.filter((r) => answers[r.field] === null);
    if (missing.length) {
      const issues = missing.map((m) => issue(`answers.${m.field}`, 'refusal-survey-answer-missing', { label: m.label }));
      throw refuse('BAD_INPUT', issues, { message: `The survey is not complete — ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Your answers are kept as a draft.` });
    }
  }
  const now = ctx.now();
  const nextInterests = [...new Map(answers.nextInterests.map((i) => [i.toLowerCase(), i])).values()];
  return updateRecord(ctx, 'surveys', id, expectedVersion, (s) => ({
    ...s,
    ...answers,
    nextInterests,
    // An answered survey edited again stays answered; a draft becomes answered only on submit.
    status: submit || current.status === 'answered' ? 'answered' : 'draft',
    answeredAt: submit ? now : s.answeredAt,
    nextStep: submit || current.status === 'answered' ? nextStepFor(answers) : null,
  }));
}

export async function markRead(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Survey> {
  const s = ctx.store.collections.surveys.require(id, 'survey');
  if (s.status !== 'answered') throw refuse('CONFLICT', issue('', 'refusal-survey-not-answered'));
  return updateRecord(ctx, 'surveys', id, expectedVersion, (x) => ({ ...x, readAt: x.readAt ?? ctx.now() }));
}

export async function followedUp(ctx: ServiceContext, id: string, expectedVersion: number): Promise<Survey> {
  const s = ctx.store.collections.surveys.require(id, 'survey');
  if (s.nextStep !== 'follow-up') throw refuse('CONFLICT', issue('', 'refusal-survey-no-follow-up'));
  return updateRecord(ctx, 'surveys', id, expectedVersion, (x) => ({ ...x, followedUpAt: ctx.now(), readAt: x.readAt ?? ctx.now() }));
}

/** What the engine sees: the store as it is, with the survey's "interests for next time" added to the Rep's. */
function matchData(ctx: ServiceContext, survey: Survey): MatchData {
  const c = ctx.store.collections;
  return {
    reps: c.reps.all.map((r) => (r.id === survey.repId ? { ...r, interests: [...survey.nextInterests, ...r.interests].slice(0, 30) } : r)),
    tasks: c.tasks.all,
    coaches: c.coaches.all,
    engagements: c.engagements.all,
    surveys: c.surveys.all,
    conversations: c.conversations.all,
    settings: ctx.store.settings,
    referenceDate: ctx.now(),
  };
}

export function nextSteps(ctx: ServiceContext, id: string, limit: number): NextSteps {
  const survey = ctx.store.collections.surveys.require(id, 'survey');
  const engagement = ctx.store.collections.engagements.require(survey.engagementId, 'engagement');
  const previousCoachId = engagement.coachId;
  if (survey.status !== 'answered') return { choice: 'unanswered', suggestions: [], previousCoachId };
  const choice = nextStepFor(survey);
  if (choice === 'follow-up') return { choice, suggestions: [], previousCoachId };
  // Ask the engine for more than shown: the different-coach preference reorders within its ranking.
  const ranked = suggestForRep(prepareMatchContext(matchData(ctx, survey)), survey.repId, { limit: limit * 4 }).suggestions;
  const { tasks, coaches } = ctx.store.collections;
  const suggestions = preferDifferentCoach(ranked, previousCoachId)
    .slice(0, limit)
    .map((s) => ({
      taskId: s.taskId,
      taskTitle: tasks.get(s.taskId)?.title ?? s.taskId,
      coachId: s.coachId,
      coachName: coaches.get(s.coachId)?.name ?? s.coachId,
      score: s.score,
      differentCoach: s.coachId !== previousCoachId,
      reasons: s.reasons.map((r) => ({ messageId: r.messageId, args: { ...r.args }, english: r.english })),
    }));
  return { choice, suggestions, previousCoachId };
}

export async function proposeNext(ctx: ServiceContext, id: string, taskId: string, coachId: string): Promise<Engagement> {
  const survey = ctx.store.collections.surveys.require(id, 'survey');
  if (survey.status !== 'answered' || nextStepFor(survey) !== 'suggest') {
    throw refuse('CONFLICT', issue('', 'refusal-survey-no-next-task'));
  }
  const now = ctx.now();
  const plan = planFromChoice(prepareMatchContext(matchData(ctx, survey)), survey.repId, { taskId, coachId, now, shown: [] });
  return createRecord(ctx, 'engagements', 'eng', proposedEngagement(plan.engagement, null, `Next step after survey ${survey.id}.`));
}

export async function remindUnanswered(ctx: ServiceContext): Promise<{ queued: number }> {
  const nowMs = Date.parse(ctx.now());
  let queued = 0;
  for (const s of [...ctx.store.collections.surveys.all]) {
    if (s.status === 'answered' || nowMs - Date.parse(s.createdAt) < REMIND_AFTER_DAYS * DAY_MS) continue;
    if (await queueReminder(ctx, s.repId, 'survey', `survey:${s.id}`)) queued++;
  }
  return { queued };
}
