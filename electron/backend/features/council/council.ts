import type { CaseRow, CouncilOverview, Dossier, ParsedInput, ReviewPackCase, TimelineEntry } from '../../../../shared/api';
import { alumniGate, gateRefusal, type GateResult } from '../../../../shared/domain/alumni-gate';
import { changedFields, mayRead, redactFor } from '../../../../shared/domain/confidential';
import { toCsv } from '../../../../shared/import/export';
import type { Activity, Conversation, CouncilCase, Engagement, MatchSession, Reminder, RepStatus, Survey } from '../../../../shared/model/index';
import { formatStatusCause } from '../../../../shared/status-causes';
import { refuse } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { instantOfDay, localDateOf, startOfDay } from '../../../../shared/time/calendar';
import { readerOf, userZone, type ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { allRepRows, repRow } from '../reps/reps';
import { changeStatus } from '../reps/status';
import { nearThresholdRows } from '../today/today';

const DAY_MS = 86_400_000;
const LATEST_ACTIVITIES = 5;

/** Everything the dossier reads about one Rep. */
export interface RepRecords {
  activities: Activity[];
  conversations: Conversation[];
  reminders: Reminder[];
  engagements: Engagement[];
  surveys: Survey[];
  matchSessions: MatchSession[];
  cases: CouncilCase[];
}

function emptyRecords(): RepRecords {
  return { activities: [], conversations: [], reminders: [], engagements: [], surveys: [], matchSessions: [], cases: [] };
}

/**
 * The records of the given Reps, in one pass over each collection. A review pack covers hundreds of
 * Reps: scanning ~200,000 activities once instead of once per case is what keeps it fast.
 */
export function recordsOf(ctx: ServiceContext, repIds: Iterable<string>): Map<string, RepRecords> {
  const out = new Map<string, RepRecords>();
  for (const id of repIds) out.set(id, emptyRecords());
  const c = ctx.store.collections;
  const collect = <T extends { repId: string }>(list: readonly T[], key: Exclude<keyof RepRecords, 'cases'>) => {
    for (const r of list) (out.get(r.repId)?.[key] as T[] | undefined)?.push(r);
  };
  collect(c.activities.all, 'activities');
  collect(c.conversations.all, 'conversations');
  collect(c.reminders.all, 'reminders');
  collect(c.engagements.all, 'engagements');
  collect(c.surveys.all, 'surveys');
  collect(c.matchSessions.all, 'matchSessions');
  for (const k of c.councilCases.all) out.get(k.subjectRepId)?.cases.push(k);
  return out;
}

function recordsOfOne(ctx: ServiceContext, repId: string): RepRecords {
  return recordsOf(ctx, [repId]).get(repId)!;
}

/** Case id → the id of the decision that reversed it. */
function reversals(cases: readonly CouncilCase[]): Map<string, string> {
  return new Map(cases.filter((c) => c.reversesCaseId).map((c) => [c.reversesCaseId!, c.id]));
}

/** The approving alumni-move decision still in force (not reversed), if any. */
function approvalInForce(cases: readonly CouncilCase[]): CouncilCase | undefined {
  const reversed = reversals(cases);
  return cases.find((c) => c.kind === 'alumni-move' && c.status === 'decided' && c.decision === 'approve' && !c.reversesCaseId && !reversed.has(c.id));
}

/** The gate as it stands: an approval in force counts, with its exception and rationale if it took that path. */
function currentGate(r: RepRecords): GateResult {
  const approval = approvalInForce(r.cases);
  return gateFor(r, approval !== undefined, approval?.exception ? { rationale: approval.rationale } : null);
}

function gateFor(r: RepRecords, approved: boolean, exception?: { rationale: string } | null): GateResult {
  return alumniGate({ conversations: r.conversations, engagements: r.engagements.length, matchSessions: r.matchSessions.length, approved, exception });
}

/** The dossier as the current role may read it (see 'dossiers' in shared/domain/confidential.ts). */
export function getDossier(ctx: ServiceContext, repId: string, records?: RepRecords): Dossier {
  return redactFor(readerOf(ctx), 'dossiers', fullDossier(ctx, repId, records));
}

/** Everything the Council's evidence holds, confidential text included; callers redact. */
function fullDossier(ctx: ServiceContext, repId: string, records?: RepRecords): Dossier {
  const rep = ctx.store.collections.reps.require(repId, 'Rep');
  const r = records ?? recordsOfOne(ctx, repId);
  const { tasks, coaches } = ctx.store.collections;

  const mine = [...r.activities].sort((a, b) => b.date.localeCompare(a.date));
  const months = new Map<string, number>();
  for (const a of mine) months.set(a.date.slice(0, 7), (months.get(a.date.slice(0, 7)) ?? 0) + 1);

  const timeline: TimelineEntry[] = [];
  for (const s of rep.statusHistory) {
    timeline.push({ at: s.at, kind: 'status', id: s.id, text: `${s.from ?? '—'} → ${s.to}: ${formatStatusCause(s.cause)} (${s.by})`, cause: s.cause, state: s.to, confidential: '' });
  }
  for (const c of r.conversations) {
    const reasons = c.reasons.map((r) => r.category).join(', ') || 'no reason recorded';
    const notes = [c.notes, ...c.reasons.map((r) => (r.note ? `${r.category}: ${r.note}` : ''))].filter(Boolean).join(' · ');
    timeline.push({
      at: c.date,
      kind: 'conversation',
      id: c.id,
      text: `${c.heldBy}, ${c.channel}; reasons: ${reasons}; wants to continue: ${c.wantsToContinue}`,
      state: c.reached ? 'reached' : 'attempt',
      confidential: notes,
    });
  }
  for (const m of r.reminders) {
    timeline.push({ at: m.sentAt ?? m.scheduledAt, kind: 'reminder', id: m.id, text: `${m.kind} via ${m.channel}`, state: m.status, confidential: '' });
  }
  for (const e of r.engagements) {
    const task = tasks.get(e.taskId)?.title ?? e.taskId;
    const coach = coaches.get(e.coachId)?.name ?? e.coachId;
    const why = e.abandonReason ? ` — ${e.abandonReason}` : '';
    timeline.push({ at: e.startedAt ?? e.createdAt, kind: 'engagement', id: e.id, text: `${task} with ${coach}${why}`, state: e.status, confidential: e.notes });
  }
  for (const s of r.surveys) {
    const text = s.status === 'answered' ? `experience ${s.goodExperience ?? '?'}/5, wants more: ${s.wantsMore ?? '?'}` : 'not answered yet';
    timeline.push({ at: s.answeredAt ?? s.createdAt, kind: 'survey', id: s.id, text, state: s.status, confidential: s.freeText });
  }
  const cases = r.cases;
  const reversed = reversals(cases);
  for (const c of cases.filter((x) => x.status === 'decided')) {
    const reverses = c.reversesCaseId ? `reverses ${c.reversesCaseId}; ` : '';
    timeline.push({ at: c.meetingDate ?? c.updatedAt, kind: 'decision', id: c.id, text: `${c.kind}: ${reverses}${c.rationale} (${c.decidedBy ?? '?'})`, state: c.decision ?? 'open', confidential: '' });
  }
  timeline.sort((a, b) => b.at.localeCompare(a.at));

  return {
    rep: repRow(ctx, rep),
    confidentialShown: mayRead(readerOf(ctx), 'dossiers'),
    notes: rep.notes,
    activity: {
      total: mine.length,
      byMonth: [...months].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count })),
      latest: mine.slice(0, LATEST_ACTIVITIES).map((a) => ({ date: a.date, type: a.type, area: a.area, link: a.link })),
    },
    timeline,
    gate: currentGate(r),
    openCase: cases.find((c) => c.status === 'open') ?? null,
    decisions: cases
      .filter((c) => c.status === 'decided')
      .sort((a, b) => (b.meetingDate ?? b.updatedAt).localeCompare(a.meetingDate ?? a.updatedAt) || b.createdAt.localeCompare(a.createdAt))
      .map((c) => ({ ...c, reversedBy: reversed.get(c.id) ?? null })),
  };
}

function caseRow(ctx: ServiceContext, c: CouncilCase, reversed: Map<string, string>, records: Map<string, RepRecords>): CaseRow {
  const rep = ctx.store.collections.reps.require(c.subjectRepId, 'Rep');
  return { case: c, rep: repRow(ctx, rep), gate: currentGate(records.get(rep.id)!), reversedBy: reversed.get(c.id) ?? null };
}

export function getOverview(ctx: ServiceContext, since?: string): CouncilOverview {
  const from = since ? startOfDay(since, userZone(ctx)) : new Date(Date.parse(ctx.now()) - 30 * DAY_MS).toISOString();
  const { councilCases, engagements, surveys, reps } = ctx.store.collections;
  const reversed = reversals(councilCases.all);
  const lastMeeting = councilCases.all.reduce<string | null>((m, c) => (c.meetingDate && (!m || c.meetingDate > m) ? c.meetingDate : m), null);
  const answered = surveys.all.filter((s) => s.status === 'answered' && s.answeredAt && s.answeredAt >= from);
  const rated = answered.filter((s) => s.goodExperience !== null);
  const returned = reps.all.filter((r) => r.statusHistory.some((h) => h.to === 'returned' && h.at >= from));
  const open = councilCases.all.filter((c) => c.status === 'open').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const records = recordsOf(ctx, new Set(open.map((c) => c.subjectRepId)));
  return {
    since: from,
    lastMeeting,
    openCases: open.map((c) => caseRow(ctx, c, reversed, records)),
    outcomes: {
      engagementsStarted: engagements.all.filter((e) => e.startedAt && e.startedAt >= from).length,
      engagementsCompleted: engagements.all.filter((e) => e.completedAt && e.status === 'completed' && e.completedAt >= from).length,
      returned: returned.map((r) => repRow(ctx, r)),
      surveysAnswered: answered.length,
      wantsMore: answered.filter((s) => s.wantsMore === 'yes').length,
      averageExperience: rated.length ? Math.round((rated.reduce((n, s) => n + s.goodExperience!, 0) / rated.length) * 10) / 10 : null,
    },
    nearThreshold: nearThresholdRows(ctx, allRepRows(ctx)),
  };
}

export async function proposeCase(ctx: ServiceContext, input: ParsedInput<'council.propose'>): Promise<CouncilCase> {
  const rep = ctx.store.collections.reps.require(input.repId, 'Rep');
  if (input.kind === 'alumni-move' && rep.status === 'alumni') throw refuse('CONFLICT', issue('repId', 'refusal-already-alumni', { name: rep.name }));
  const open = ctx.store.collections.councilCases.all.find((c) => c.subjectRepId === rep.id && c.status === 'open' && c.kind === input.kind);
  if (open) throw refuse('CONFLICT', issue('repId', 'refusal-case-open', { name: rep.name, kind: input.kind, caseId: open.id }), { extra: { caseId: open.id } });
  return createRecord(ctx, 'councilCases', 'case', {
    kind: input.kind,
    subjectRepId: rep.id,
    status: 'open',
    dossier: null,
    decision: null,
    exception: false,
    rationale: input.note,
    decidedBy: null,
    meetingDate: null,
    reversesCaseId: null,
  });
}

/** The dossier frozen on the case, without confidential text: a decided case is exported and archived. */
function snapshot(ctx: ServiceContext, repId: string): unknown {
  const d = redactFor('export', 'dossiers', fullDossier(ctx, repId));
  return { ...d, confidentialShown: false, openCase: null, decisions: d.decisions.map((c) => ({ ...c, dossier: null })) };
}

/** A meeting's typed day as stored (an instant on that day where the user is) and as said in causes. */
function meetingOf(ctx: ServiceContext, meetingDate: string): { at: string; day: string } {
  const zone = userZone(ctx);
  const at = instantOfDay(meetingDate, ctx.now(), zone);
  return { at, day: localDateOf(at, zone) };
}

export async function decideCase(ctx: ServiceContext, input: ParsedInput<'council.decide'>): Promise<{ case: CouncilCase; repStatus: RepStatus; nextCaseId: string | null }> {
  const current = ctx.store.collections.councilCases.require(input.caseId, 'Council case');
  if (current.status !== 'open') {
    throw refuse('CONFLICT', issue('caseId', 'refusal-case-decided', { caseId: current.id, decision: String(current.decision) }));
  }
  const rep = ctx.store.collections.reps.require(current.subjectRepId, 'Rep');
  const moving = current.kind === 'alumni-move' && input.decision === 'approve';
  if (moving) {
    if (rep.status === 'alumni') throw refuse('CONFLICT', issue('caseId', 'refusal-already-alumni', { name: rep.name }));
    const gate = gateFor(recordsOfOne(ctx, rep.id), true, input.exception ? { rationale: input.rationale } : null);
    // Refused before anything is written, so a failed move changes nothing.
    if (!gate.passes) {
      const missing = gate.missing.map((m) => `${m.item} (${m.detail})`).join('; ');
      throw refuse('FORBIDDEN', issue('', 'refusal-alumni-gate', { missing }, gateRefusal(gate)), { extra: { missing: gate.missing.map((m) => m.item) } });
    }
  }
  const user = ctx.store.settings.currentUser;
  const meeting = meetingOf(ctx, input.meetingDate);
  const decided = await updateRecord(ctx, 'councilCases', current.id, input.expectedVersion, (c) => ({
    ...c,
    status: 'decided',
    decision: input.decision,
    exception: input.exception,
    rationale: input.rationale,
    decidedBy: user.name,
    meetingDate: meeting.at,
    dossier: snapshot(ctx, rep.id),
  }));
  let repStatus = rep.status;
  if (moving) {
    const messageId = input.exception ? 'status-cause-council-approved-exception' : 'status-cause-council-approved';
    const cause = { messageId, args: { decision: decided.id, meeting: meeting.day, rationale: input.rationale } } as const;
    await changeStatus(ctx, rep, 'alumni', { cause, caseId: decided.id });
    repStatus = 'alumni';
  }
  let nextCaseId: string | null = null;
  // A deferred case goes on the next meeting's agenda as a new open case, so this one stays as decided.
  if (input.decision === 'defer') {
    const next = await createRecord(ctx, 'councilCases', 'case', {
      kind: current.kind,
      subjectRepId: rep.id,
      status: 'open',
      dossier: null,
      decision: null,
      exception: false,
      rationale: `Deferred by decision ${decided.id}: ${input.rationale}`.slice(0, 5_000),
      decidedBy: null,
      meetingDate: null,
      reversesCaseId: null,
    });
    nextCaseId = next.id;
  }
  return { case: decided, repStatus, nextCaseId };
}

export async function reverseCase(ctx: ServiceContext, input: ParsedInput<'council.reverse'>): Promise<{ case: CouncilCase; repStatus: RepStatus }> {
  const original = ctx.store.collections.councilCases.require(input.caseId, 'Council case');
  if (original.status !== 'decided') throw refuse('CONFLICT', issue('caseId', 'refusal-case-still-open', { caseId: original.id }));
  if (original.reversesCaseId) throw refuse('CONFLICT', issue('caseId', 'refusal-case-is-reversal', { caseId: original.id }));
  const already = reversals(ctx.store.collections.councilCases.all).get(original.id);
  if (already) throw refuse('CONFLICT', issue('caseId', 'refusal-case-reversed', { caseId: original.id, by: already }));
  const rep = ctx.store.collections.reps.require(original.subjectRepId, 'Rep');
  const user = ctx.store.settings.currentUser;
  const undoesMove = original.kind === 'alumni-move' && original.decision === 'approve';
  const meeting = meetingOf(ctx, input.meetingDate);
  const reversal = await createRecord(ctx, 'councilCases', 'case', {
    kind: original.kind,
    subjectRepId: rep.id,
    status: 'decided',
    dossier: snapshot(ctx, rep.id),
    // Reversing an approval rejects the move; reversing a rejection or deferral leaves it to a new proposal.
    decision: undoesMove ? 'reject' : 'defer',
    exception: false,
    rationale: input.rationale,
    decidedBy: user.name,
    meetingDate: meeting.at,
    reversesCaseId: original.id,
  });
  let repStatus = rep.status;
  if (undoesMove && rep.status === 'alumni') {
    const entry = rep.statusHistory.findLast((h) => h.to === 'alumni' && h.caseId === original.id);
    const back = entry?.from && entry.from !== 'alumni' ? entry.from : 'inactive';
    const cause = { messageId: 'status-cause-council-reversed', args: { decision: reversal.id, meeting: meeting.day, reverses: original.id, rationale: input.rationale } } as const;
    await changeStatus(ctx, rep, back, { cause, caseId: reversal.id });
    repStatus = back;
  }
  return { case: reversal, repStatus };
}

const PACK_COLUMNS = [
  'caseId',
  'kind',
  'caseStatus',
  'decision',
  'exception',
  'rationale',
  'decidedBy',
  'meetingDate',
  'reversesCaseId',
  'repId',
  'repName',
  'repStatus',
  'lastSignificantAt',
  'gatePasses',
  'gate',
  'conversations',
  'reasons',
  'engagements',
  'surveys',
  'remindersSent',
  'confidentialNotes',
] as const;

export function reviewPack(ctx: ServiceContext, input: ParsedInput<'council.reviewPack'>) {
  const reader = readerOf(ctx);
  if (input.includeConfidential && !mayRead(reader, 'reviewPackCases')) throw refuse('FORBIDDEN', issue('includeConfidential', 'refusal-confidential-council-only'));
  const since = input.since ? startOfDay(input.since, userZone(ctx)) : new Date(Date.parse(ctx.now()) - 30 * DAY_MS).toISOString();
  const all = ctx.store.collections.councilCases.all;
  const chosen = all
    .filter((c) => c.status === 'open' || (c.meetingDate ?? c.updatedAt) >= since)
    .sort((a, b) => a.status.localeCompare(b.status) || (a.meetingDate ?? a.createdAt).localeCompare(b.meetingDate ?? b.createdAt));
  const records = recordsOf(ctx, new Set(chosen.map((c) => c.subjectRepId)));
  const dossiers = new Map<string, Dossier>();
  // The pack leaves the app: its confidential column is filled only when the Council asks.
  const packReader = input.includeConfidential ? reader : 'export';
  const cases: ReviewPackCase[] = chosen.map((c) => {
    const mine = records.get(c.subjectRepId)!;
    const d = dossiers.get(c.subjectRepId) ?? fullDossier(ctx, c.subjectRepId, mine);
    dossiers.set(c.subjectRepId, d);
    const of = (kind: TimelineEntry['kind']) => d.timeline.filter((t) => t.kind === kind);
    const convs = of('conversation');
    const reasons = mine.conversations.flatMap((x) => x.reasons.map((r) => r.category));
    return redactFor(packReader, 'reviewPackCases', {
      caseId: c.id,
      kind: c.kind,
      caseStatus: c.status,
      decision: c.decision,
      exception: c.exception,
      rationale: c.rationale,
      decidedBy: c.decidedBy,
      meetingDate: c.meetingDate,
      reversesCaseId: c.reversesCaseId,
      repId: d.rep.id,
      repName: d.rep.name,
      repStatus: d.rep.status,
      lastSignificantAt: d.rep.lastSignificantAt,
      gate: d.gate.items.map((i) => `${i.done ? '✓' : '✗'} ${i.item}: ${i.detail}`).join('; '),
      gatePasses: d.gate.passes,
      conversations: `${convs.filter((t) => t.state === 'reached').length} held, ${convs.filter((t) => t.state === 'attempt').length} attempts`,
      reasons: [...new Set(reasons)].join(', '),
      engagements: of('engagement').map((t) => `${t.text} (${t.state})`).join('; '),
      surveys: of('survey').map((t) => t.text).join('; '),
      remindersSent: of('reminder').filter((t) => t.state === 'sent').length,
      confidentialNotes: [d.notes, ...d.timeline.map((t) => t.confidential)].filter(Boolean).join(' · '),
    });
  });
  return { generatedAt: ctx.now(), since, includeConfidential: input.includeConfidential, cases, csv: toCsv(cases, PACK_COLUMNS) };
}

/** Which top-level fields an audited change touched: the values stay inside the app. */
export function auditCsv(ctx: ServiceContext): { csv: string; rows: number } {
  // The CSV names fields, never values; entries from before 'fields' existed get them computed.
  const rows = ctx.store.collections.audit.all.map((e) => ({
    at: e.at,
    actor: e.actor,
    role: e.role,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    change: e.before === null ? 'created' : e.after === null ? 'removed' : 'updated',
    fields: (e.fields ?? changedFields(e.before, e.after)).join(' '),
  }));
  return { csv: toCsv(rows, ['at', 'actor', 'role', 'action', 'entity', 'entityId', 'change', 'fields']), rows: rows.length };
}
