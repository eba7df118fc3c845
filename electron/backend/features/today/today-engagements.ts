import type { Today } from '../../../../shared/api';
import { engagementStatusNow, lastTouch } from '../../../../shared/domain/engagements';
import type { Engagement } from '../../../../shared/model/index';
import { communityZone, type ServiceContext } from '../../context';

type Section = Today['sections'][number];
type Item = Section['items'][number];
const SHOWN = 8;

function section(id: string, items: Item[]): Section {
  return { id, total: items.length, items: items.slice(0, SHOWN) };
}

export function engagementItem(ctx: ServiceContext, e: Engagement, kind: Item['kind'] = 'check-in-due', date: string | null = lastTouch(e)): Item {
  const { reps, tasks } = ctx.store.collections;
  return { kind, id: e.id, title: `${reps.get(e.repId)?.name ?? e.repId} — ${tasks.get(e.taskId)?.title ?? e.taskId}`, date };
}

/**
 * The mentor's engagement work: mentees' stalled engagements, surveys to read (pending, draft, or
 * answered and not yet read) and the follow-ups a poor experience or a "no" asks for. Items carry
 * the engagement id, where the survey and its next step live.
 */
export function menteeEngagementSections(ctx: ServiceContext, mentees: ReadonlySet<string>): Section[] {
  const { engagements, surveys } = ctx.store.collections;
  const now = ctx.now();
  const days = ctx.store.settings.thresholds.stalledAfterDays;
  const stalled = engagements.all
    .filter((e) => mentees.has(e.repId) && engagementStatusNow(e, now, days, communityZone(ctx)) === 'stalled')
    .sort((a, b) => (lastTouch(a) ?? '').localeCompare(lastTouch(b) ?? ''))
    .map((e) => engagementItem(ctx, e));
  const toRead: Item[] = [];
  const followUps: Item[] = [];
  for (const s of [...surveys.all].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const e = engagements.get(s.engagementId);
    if (!e || !mentees.has(s.repId)) continue;
    if (s.status !== 'answered' || !s.readAt) toRead.push(engagementItem(ctx, e, 'survey-to-read', s.answeredAt ?? s.createdAt));
    if (s.nextStep === 'follow-up' && !s.followedUpAt) followUps.push(engagementItem(ctx, e, 'survey-to-read', s.answeredAt));
  }
  return [section('engagements-stalled', stalled), section('surveys-to-read', toRead), section('survey-follow-ups', followUps)];
}
