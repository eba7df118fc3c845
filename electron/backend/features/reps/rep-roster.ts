import { z } from 'zod';
import type { RosterImportResult, RosterRow, RowError } from '../../../../shared/api';
import { RepInput as RepInputSchema } from '../../../../shared/api';
import { activityHealth, effectiveStatus } from '../../../../shared/domain/inactivity';
import { describeIssues, refuse, staleVersion } from '../../../../shared/errors';
import { issue } from '../../../../shared/refusals';
import { Channel, FunctionalArea, type MentorshipChange, type Rep } from '../../../../shared/model/index';
import { recordAudit } from '../audit/audit';
import { communityZone, newId, type ServiceContext } from '../../context';
import { createRecord, updateRecord } from '../../write-path/records';
import { statusEntry } from './status';

type Fields = z.output<typeof RepInputSchema>;

function emailTaken(ctx: ServiceContext, email: string, exceptId?: string): Rep | undefined {
  const wanted = email.trim().toLowerCase();
  return ctx.store.collections.reps.all.find((r) => r.id !== exceptId && r.email.toLowerCase() === wanted);
}

function checkMentor(ctx: ServiceContext, mentorId: string | null, selfId?: string): void {
  if (mentorId === null) return;
  if (mentorId === selfId) throw refuse('BAD_INPUT', issue('mentorId', 'refusal-rep-mentors-self'));
  const mentor = ctx.store.collections.reps.get(mentorId);
  if (!mentor) throw refuse('BAD_INPUT', issue('mentorId', 'refusal-no-rep-id', { id: mentorId }));
  if (!mentor.isMentor) throw refuse('BAD_INPUT', issue('mentorId', 'refusal-not-a-mentor', { name: mentor.name }));
}

/** A new Rep starts with the status their activity gives (none yet: inactive), and says why. */
export async function createRep(ctx: ServiceContext, fields: Fields): Promise<Rep> {
  const clash = emailTaken(ctx, fields.email);
  if (clash) throw refuse('BAD_INPUT', issue('email', 'refusal-email-taken', { name: clash.name, email: fields.email }));
  checkMentor(ctx, fields.mentorId);
  const status = effectiveStatus('active', activityHealth(null, ctx.now(), ctx.store.settings.thresholds, communityZone(ctx)));
  const rep = await createRecord(ctx, 'reps', 'rep', {
    ...fields,
    status,
    statusHistory: [statusEntry(ctx, null, status, { messageId: 'status-cause-added', args: {} })],
    mentorshipHistory: [],
  });
  if (rep.mentorId) return (await moveMentee(ctx, rep.id, rep.mentorId, 'added to the roster', true))!;
  return rep;
}

export async function updateRep(ctx: ServiceContext, id: string, expectedVersion: number, changes: Partial<Fields>): Promise<Rep> {
  const current = ctx.store.collections.reps.require(id, 'Rep');
  if (changes.email !== undefined) {
    const clash = emailTaken(ctx, changes.email, id);
    if (clash) throw refuse('BAD_INPUT', issue('email', 'refusal-email-taken', { name: clash.name, email: changes.email }));
  }
  const { mentorId, ...rest } = changes;
  if (mentorId !== undefined) checkMentor(ctx, mentorId, id);
  if (changes.isMentor === false && ctx.store.collections.reps.all.some((r) => r.mentorId === id)) {
    throw refuse('BAD_INPUT', issue('isMentor', 'refusal-still-has-mentees', { name: current.name }));
  }
  let rep = Object.keys(rest).length ? await updateRecord(ctx, 'reps', id, expectedVersion, (r) => ({ ...r, ...rest })) : current;
  if (!Object.keys(rest).length && current.version !== expectedVersion) {
    throw staleVersion(issue('', 'refusal-stale-rep', { expected: expectedVersion, current: current.version }), expectedVersion, current.version);
  }
  if (mentorId !== undefined && mentorId !== rep.mentorId) rep = (await moveMentee(ctx, id, mentorId, 'mentor changed on the Rep record'))!;
  return rep;
}

function historyEntry(ctx: ServiceContext, repId: string, from: string | null, to: string | null, cause: string): MentorshipChange {
  return { at: ctx.now(), repId, fromMentorId: from, toMentorId: to, cause, by: ctx.store.settings.currentUser.name };
}

/**
 * Gives a mentee a new mentor, writing the change into the Rep's history and both mentors'
 * histories (each an audited, versioned write). `fresh` marks a Rep who just joined with a mentor.
 */
export async function moveMentee(ctx: ServiceContext, repId: string, toMentorId: string | null, cause: string, fresh = false): Promise<Rep | undefined> {
  const reps = ctx.store.collections.reps;
  const rep = reps.require(repId, 'Rep');
  const from = fresh ? null : rep.mentorId;
  if (!fresh && from === toMentorId) return rep;
  const entry = historyEntry(ctx, repId, from, toMentorId, cause);
  const after = await updateRecord(ctx, 'reps', repId, rep.version, (r) => ({ ...r, mentorId: toMentorId, mentorshipHistory: [...r.mentorshipHistory, entry] }));
  for (const mentorId of new Set([from, toMentorId])) {
    if (!mentorId || mentorId === repId) continue;
    const mentor = reps.get(mentorId);
    if (!mentor) continue;
    await updateRecord(ctx, 'reps', mentorId, mentor.version, (m) => ({ ...m, mentorshipHistory: [...m.mentorshipHistory, entry] }));
  }
  return reps.get(repId) ?? after;
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'sí', 'si', 'x']);
const FALSE = new Set(['no', 'n', 'false', '0', '']);

function parseBool(text: string, fallback: boolean): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '') return fallback;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return null;
}

function list(text: string): string[] {
  return text
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Validates every roster row, then (unless a dry run, or any row failed) creates new Reps and
 * updates changed ones by email. Mentors may be named by email or portal handle, including Reps
 * created by the same file.
 */
export async function importRoster(ctx: ServiceContext, fileName: string, rows: readonly RosterRow[], dryRun: boolean): Promise<RosterImportResult> {
  const reps = ctx.store.collections.reps;
  const byEmail = new Map(reps.all.map((r) => [r.email.toLowerCase(), r]));
  const byHandle = new Map(reps.all.filter((r) => r.portalHandle).map((r) => [r.portalHandle.toLowerCase(), r]));
  const inFile = new Map<string, number>();
  const fileMentors = new Map<string, { line: number; email: string }>();
  for (const row of rows) {
    const email = (row.email ?? '').trim().toLowerCase();
    const handle = (row.handle ?? '').trim().toLowerCase();
    if (parseBool(row.isMentor ?? '', false)) {
      if (email) fileMentors.set(email, { line: row.line, email });
      if (handle) fileMentors.set(handle, { line: row.line, email });
    }
  }
  const errors: RowError[] = [];
  const planned: { line: number; fields: Fields; existing: Rep | undefined; mentorKey: string }[] = [];
  for (const row of rows) {
    const rowErrors: RowError[] = [];
    const err = (field: string, message: string) => rowErrors.push({ line: row.line, field, message });
    const email = (row.email ?? '').trim();
    const key = email.toLowerCase();
    if (key && inFile.has(key)) err('email', `duplicate: ${email} is also on line ${inFile.get(key)}`);
    else if (key) inFile.set(key, row.line);
    const existing = byEmail.get(key);
    const isMentor = parseBool(row.isMentor ?? '', existing?.isMentor ?? false);
    if (isMentor === null) err('isMentor', `"${row.isMentor}" is not yes or no`);
    const consent = parseBool(row.contactConsent ?? '', existing?.contactConsent ?? true);
    if (consent === null) err('contactConsent', `"${row.contactConsent}" is not yes or no`);
    const capacityText = (row.mentorCapacity ?? '').trim();
    const capacity = capacityText === '' ? (existing?.mentorCapacity ?? 0) : Number(capacityText);
    const channelText = (row.preferredChannel ?? '').trim().toLowerCase();
    const channel = channelText === '' ? (existing?.preferredChannel ?? 'email') : Channel.safeParse(channelText).success ? channelText : null;
    if (channel === null) err('preferredChannel', `"${row.preferredChannel}" is not one of ${Channel.options.join(', ')}`);
    const areas = list(row.areas ?? '').map((a) => a.toLowerCase().replace(/\s+/g, '-'));
    const badArea = areas.find((a) => !FunctionalArea.safeParse(a).success);
    if (badArea) err('areas', `"${badArea}" is not a functional area`);
    const mentorKey = (row.mentor ?? '').trim().toLowerCase();
    if (mentorKey) {
      const known = byEmail.get(mentorKey) ?? byHandle.get(mentorKey);
      if (known ? !known.isMentor && !fileMentors.has(mentorKey) : !fileMentors.has(mentorKey)) {
        err('mentor', known ? `${known.name} is not a mentor` : `unknown mentor "${row.mentor}"`);
      } else if (mentorKey === key || mentorKey === (row.handle ?? '').trim().toLowerCase()) err('mentor', 'a Rep cannot mentor themselves');
    }
    const candidate = {
      name: (row.name ?? '').trim() || existing?.name || '',
      email,
      portalHandle: (row.handle ?? '').trim() || existing?.portalHandle || '',
      country: (row.country ?? '').trim() || existing?.country || '',
      region: (row.region ?? '').trim() || existing?.region || '',
      timezone: (row.timezone ?? '').trim() || existing?.timezone || 'UTC',
      languages: list(row.languages ?? '').length ? list(row.languages ?? '') : (existing?.languages ?? []),
      areas: areas.length ? areas : (existing?.areas ?? []),
      interests: existing?.interests ?? [],
      skills: existing?.skills ?? [],
      mentorId: existing?.mentorId ?? null,
      isMentor: isMentor ?? false,
      mentorCapacity: capacity,
      hoursPerMonth: existing?.hoursPerMonth ?? 4,
      contactConsent: consent ?? true,
      remindersOptOut: existing?.remindersOptOut ?? false,
      preferredChannel: channel ?? 'email',
      notes: existing?.notes ?? '',
    };
    const parsed = RepInputSchema.safeParse(candidate);
    if (!parsed.success) for (const issue of describeIssues(parsed.error.issues)) err(issue.path.split('.')[0]!, issue.message);
    errors.push(...rowErrors);
    if (!rowErrors.length && parsed.success) planned.push({ line: row.line, fields: parsed.data, existing, mentorKey });
  }
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const changes = planned.map((p) => {
    const { mentorId: _m, ...fields } = p.fields;
    const same = p.existing && Object.entries(fields).every(([k, v]) => JSON.stringify(v) === JSON.stringify(p.existing![k as keyof Rep]));
    return { ...p, fields, same };
  });
  const resolveMentor = (key: string): string | null => {
    if (!key) return null;
    const r = reps.all.find((x) => x.email.toLowerCase() === key || x.portalHandle.toLowerCase() === key);
    return r?.id ?? null;
  };
  for (const c of changes) {
    const mentorUnchanged = !c.mentorKey || (c.existing && c.existing.mentorId === resolveMentor(c.mentorKey));
    if (!c.existing) created++;
    else if (c.same && mentorUnchanged) unchanged++;
    else updated++;
  }
  const result = { created, updated, unchanged, errorCount: errors.length, errors: errors.slice(0, 200) };
  if (dryRun || errors.length) return { committed: false, ...result };

  for (const c of changes) {
    if (!c.existing) await createRep(ctx, { ...c.fields, mentorId: null });
    else if (!c.same) await updateRecord(ctx, 'reps', c.existing.id, c.existing.version, (r) => ({ ...r, ...c.fields }));
  }
  for (const c of changes) {
    if (!c.mentorKey) continue;
    const repId = reps.all.find((r) => r.email.toLowerCase() === c.fields.email.toLowerCase())!.id;
    const mentorId = resolveMentor(c.mentorKey);
    if (mentorId && reps.get(repId)?.mentorId !== mentorId) await moveMentee(ctx, repId, mentorId, `roster import ${fileName}`.trim());
  }
  await recordAudit(ctx, { entity: 'import', entityId: newId('imp'), before: null, after: { kind: 'roster', fileName, created, updated, unchanged } });
  return { committed: true, ...result };
}
