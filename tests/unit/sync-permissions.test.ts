/**
 * Who may write what on a community server: the permissions table, and the validate_doc_update
 * function generated from it, evaluated here as CouchDB evaluates it (a function source string)
 * on sample documents.
 */
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { redactFor } from '../../shared/domain/confidential';
import type { Role } from '../../shared/model/common';
import { mayWrite, rekindleRoles, SYNCED_COLLECTIONS, whyNotWrite, WRITE_RULES } from '../../shared/sync/permissions';
import { serverRefusal } from '../../shared/sync/server-messages';
import { checkServerUrl, isLoopbackHost } from '../../shared/sync/server-url';
import { designDoc, validateDocUpdateSource, type DatabasePart } from '../../shared/sync/validate-doc';

const at = '2026-12-01T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, version: 1 };
const openCase = { id: 'cc1', ...meta, kind: 'alumni-move', subjectRepId: 'r1', status: 'open', decision: null, rationale: '', decidedBy: null };
const decidedCase = { ...openCase, status: 'decided', decision: 'approve', rationale: 'evidence', decidedBy: 'Council', version: 2 };
const rep = (mentorId: string | null) => ({ id: 'r1', ...meta, name: 'Ana', notes: '', mentorId });

describe('the permissions table', () => {
  it('covers every replicated collection, and the audit log is not one', () => {
    expect(Object.keys(WRITE_RULES).sort()).toEqual([...SYNCED_COLLECTIONS].sort());
    expect(SYNCED_COLLECTIONS).not.toContain('audit' as never);
  });

  it('lets coaches and the Council write the catalog and coach records; mentors not', () => {
    for (const c of ['tasks', 'coaches']) {
      expect((['coach', 'mentor', 'council'] as Role[]).map((r) => mayWrite([r], c, null, { id: 'x' }))).toEqual([true, false, true]);
    }
    expect(whyNotWrite(['mentor'], 'tasks', null, { id: 't' })).toEqual({ messageId: 'sync-refused-collection', args: { collection: 'tasks', roles: 'coach, council' } });
  });

  it('lets mentors and the Council keep Reps, conversations, match sessions and activity; coaches not', () => {
    for (const c of ['reps', 'conversations', 'matchSessions', 'activities']) {
      expect((['coach', 'mentor', 'council'] as Role[]).map((r) => mayWrite([r], c, null, { id: 'x' })), c).toEqual([false, true, true]);
    }
  });

  it('lets the coach running an engagement write it, its survey and its reminders', () => {
    for (const c of ['engagements', 'surveys', 'reminders']) expect(mayWrite(['coach'], c, null, { id: 'x' }), c).toBe(true);
  });

  it('lets a mentor propose a Council case but only the Council decide one', () => {
    expect(mayWrite(['coach'], 'councilCases', null, openCase)).toBe(false);
    expect(mayWrite(['mentor'], 'councilCases', null, openCase)).toBe(true);
    expect(whyNotWrite(['mentor'], 'councilCases', openCase, decidedCase)?.messageId).toBe('sync-refused-decide');
    expect(mayWrite(['mentor'], 'councilCases', null, decidedCase)).toBe(false);
    expect(mayWrite(['mentor'], 'councilCases', decidedCase, { ...decidedCase, rationale: 'other' })).toBe(false);
    expect(mayWrite(['mentor'], 'councilCases', null, { ...openCase, decision: 'defer' })).toBe(false);
    expect(mayWrite(['council'], 'councilCases', openCase, decidedCase)).toBe(true);
    expect(mayWrite(['mentor', 'council'], 'councilCases', openCase, decidedCase)).toBe(true);
  });

  it('lets only the Council give a Rep another mentor; a first mentor is not a reassignment', () => {
    expect(mayWrite(['mentor'], 'reps', rep(null), rep('m1'))).toBe(true);
    expect(mayWrite(['mentor'], 'reps', null, rep('m1'))).toBe(true);
    expect(whyNotWrite(['mentor'], 'reps', rep('m1'), rep('m2'))?.messageId).toBe('sync-refused-reassign');
    expect(mayWrite(['mentor'], 'reps', rep('m1'), rep(null))).toBe(false);
    expect(mayWrite(['mentor'], 'reps', rep('m1'), { ...rep('m1'), name: 'Ana B.' })).toBe(true);
    expect(mayWrite(['council'], 'reps', rep('m1'), rep('m2'))).toBe(true);
  });

  it('refuses collections it does not know, and reads only Rekindle roles from an account', () => {
    expect(whyNotWrite(['council'], 'audit', null, { id: 'a' })?.messageId).toBe('sync-refused-unknown-collection');
    expect(whyNotWrite(['council'], '__proto__', null, { id: 'a' })?.messageId).toBe('sync-refused-unknown-collection');
    expect(rekindleRoles(['_admin', 'mentor', 'reader', 'council'])).toEqual(['mentor', 'council']);
  });
});

/** The server's function, built from its source as CouchDB does, and called the way it calls it. */
function serverCheck(part: DatabasePart) {
  const source = validateDocUpdateSource(part);
  const validate = new Function(`return (${source});`)() as (n: unknown, o: unknown, u: unknown, s: unknown) => void;
  return (newDoc: Record<string, unknown>, oldDoc: Record<string, unknown> | null, user: { name: string | null; roles: string[] }) => {
    try {
      validate(newDoc, oldDoc, { db: 'x', ...user }, {});
      return 'ok';
    } catch (thrown) {
      const t = thrown as { forbidden?: string; unauthorized?: string };
      const kind = t.forbidden ? 'forbidden' : t.unauthorized ? 'unauthorized' : 'other';
      return `${kind}:${serverRefusal(t.forbidden ?? t.unauthorized).messageId}`;
    }
  };
}

const shared = (collection: string, record: { id: string; [field: string]: unknown }, by: string) => ({ _id: `${collection}:${record.id}`, collection, record, by, at });

describe('the generated validate_doc_update', () => {
  const check = serverCheck('shared');
  const checkConfidential = serverCheck('confidential');
  const coach = { name: 'carla', roles: ['coach'] };
  const mentor = { name: 'mo', roles: ['mentor'] };
  const council = { name: 'cy', roles: ['council'] };

  it('is plain ES5 with no helper from the bundler (it runs inside CouchDB)', () => {
    // acorn comes with the build tools; parsing as ES5 refuses arrows, let/const, shorthand properties.
    for (const part of ['shared', 'confidential'] as const) expect(() => parse(`(${validateDocUpdateSource(part)})`, { ecmaVersion: 5 })).not.toThrow();
    expect(validateDocUpdateSource('shared')).not.toContain('__name');
    expect(designDoc('confidential')).toMatchObject({ _id: '_design/rekindle', language: 'javascript' });
  });

  it('refuses a coach writing a Council case, with the reason, and takes the Council’s', () => {
    const doc = shared('councilCases', openCase, 'carla');
    expect(check(doc, null, coach)).toBe('forbidden:sync-refused-collection');
    expect(check({ ...doc, by: 'cy' }, null, council)).toBe('ok');
    expect(check({ ...doc, by: 'mo' }, null, mentor)).toBe('ok');
    expect(check(shared('councilCases', decidedCase, 'mo'), { ...doc, by: 'cy' }, mentor)).toBe('forbidden:sync-refused-decide');
  });

  it('agrees with the table on every collection and role', () => {
    for (const collection of SYNCED_COLLECTIONS) {
      for (const role of ['coach', 'mentor', 'council'] as Role[]) {
        const verdict = check(shared(collection, { id: 'x1' }, 'u'), null, { name: 'u', roles: [role] });
        const expected = whyNotWrite([role], collection, null, { id: 'x1' });
        expect(verdict, `${role} ${collection}`).toBe(expected ? `forbidden:${expected.messageId}` : 'ok');
      }
    }
  });

  it('refuses writes without an account, without a Rekindle role, or signed by someone else', () => {
    const doc = shared('tasks', { id: 't1' }, 'carla');
    expect(check(doc, null, { name: null, roles: [] })).toBe('unauthorized:sync-refused-not-signed-in');
    expect(check(doc, null, { name: 'carla', roles: ['reader'] })).toBe('forbidden:sync-refused-no-role');
    expect(check(doc, null, { ...coach, name: 'someone' })).toBe('forbidden:sync-refused-author');
    expect(check(doc, null, { name: 'root', roles: ['_admin'] })).toBe('ok');
  });

  it('refuses an id that is not "<collection>:<record id>", and design documents from members', () => {
    expect(check({ ...shared('tasks', { id: 't1' }, 'carla'), _id: 'tasks:t2' }, null, coach)).toBe('forbidden:sync-refused-bad-id');
    expect(check({ ...shared('tasks', { id: 't1' }, 'carla'), _id: 't1' }, null, coach)).toBe('forbidden:sync-refused-bad-id');
    expect(check({ ...shared('tasks', { id: 't1' }, 'carla'), collection: 'coaches' }, null, coach)).toBe('forbidden:sync-refused-bad-id');
    expect(check({ _id: '_design/evil', validate_doc_update: 'function(){}' }, null, council)).toBe('forbidden:sync-refused-design');
  });

  it('refuses confidential text in the shared database; the emptied record passes', () => {
    const conversation = { id: 'cv1', notes: 'bullied by X', reasons: [{ category: 'bullying-toxicity', note: 'named person' }] };
    expect(check(shared('conversations', conversation, 'mo'), null, mentor)).toBe('forbidden:sync-refused-confidential-in-shared');
    expect(check(shared('conversations', { ...conversation, notes: '' }, 'mo'), null, mentor)).toBe('forbidden:sync-refused-confidential-in-shared');
    expect(check(shared('conversations', redactFor('export', 'conversations', conversation), 'mo'), null, mentor)).toBe('ok');
  });

  it('takes the confidential database’s documents from mentors and the Council only, with confidential fields only', () => {
    const doc = { _id: 'conversations:cv1', collection: 'conversations', fields: { notes: 'bullied by X', 'reasons[].note': ['named person'] }, by: 'mo', at };
    expect(checkConfidential(doc, null, mentor)).toBe('ok');
    expect(checkConfidential({ ...doc, by: 'carla' }, null, coach)).toBe('forbidden:sync-refused-confidential-role');
    expect(checkConfidential({ ...doc, fields: { name: 'x' } }, null, mentor)).toBe('forbidden:sync-refused-confidential-field');
    expect(checkConfidential({ _id: 'conversations:cv1', _deleted: true }, doc, coach)).toBe('forbidden:sync-refused-collection');
  });

  it('checks a deletion against the collection named by its id', () => {
    expect(check({ _id: 'councilCases:cc1', _deleted: true }, shared('councilCases', openCase, 'cy'), coach)).toBe('forbidden:sync-refused-collection');
    expect(check({ _id: 'tasks:t1', _deleted: true }, shared('tasks', { id: 't1' }, 'carla'), coach)).toBe('ok');
  });
});

describe('a community server’s address', () => {
  it('takes https anywhere and http only to this machine', () => {
    expect(checkServerUrl('https://couch.example.org/')).toEqual({ ok: true, url: 'https://couch.example.org' });
    expect(checkServerUrl('http://127.0.0.1:5984')).toEqual({ ok: true, url: 'http://127.0.0.1:5984' });
    expect(checkServerUrl('http://couch.example.org')).toMatchObject({ ok: false, messageId: 'sync-url-insecure', args: { host: 'couch.example.org' } });
    expect(checkServerUrl('http://192.168.1.5:5984')).toMatchObject({ ok: false, messageId: 'sync-url-insecure' });
    expect(checkServerUrl('https://admin:pw@couch.example.org')).toMatchObject({ ok: false, messageId: 'sync-url-credentials' });
    expect(checkServerUrl('couch.example.org')).toMatchObject({ ok: false, messageId: 'sync-url-invalid' });
    expect(checkServerUrl('ftp://couch.example.org')).toMatchObject({ ok: false, messageId: 'sync-url-invalid' });
    expect(['localhost', '127.8.0.1', '[::1]', 'LOCALHOST', 'a.localhost'].every(isLoopbackHost)).toBe(true);
    expect(['127.0.0.1.evil.org', '10.0.0.1', 'localhost.evil.org'].some(isLoopbackHost)).toBe(false);
  });

  it('reads Rekindle’s refusals back as message ids, anything else in its own words', () => {
    expect(serverRefusal(JSON.stringify({ messageId: 'sync-refused-decide', args: { field: 'status' }, message: '…' }))).toEqual({ messageId: 'sync-refused-decide', args: { field: 'status' } });
    expect(serverRefusal('Document update conflict.')).toEqual({ messageId: 'sync-refused-other', args: { reason: 'Document update conflict.' } });
  });
});
