/**
 * A record as CouchDB documents and back (shared/sync/documents.ts), and what a document from the
 * server must be before it is applied. Conflicting versions merge field by field (merge.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../electron/backend/store/schema';
import { confidentialFields, joinRecord, keptApart, MAX_DOC_CHARS, readConfidential, readIncoming, splitRecord } from '../../shared/sync/documents';
import { mergeVersions } from '../../shared/sync/merge';
import { rep } from '../support/fixtures';

const { audit: _audit, ...SCHEMAS } = COLLECTIONS;
const meta = { by: 'ana', at: '2026-11-28T12:00:00.000Z' };

describe('a record as documents', () => {
  it('keeps a Rep’s notes out of the shared document and in the confidential one', () => {
    const r = rep('rep-1', { notes: 'Left after a conflict with the events team.' });
    const { shared, confidential } = splitRecord('reps', r, meta, true);
    expect(shared._id).toBe('reps:rep-1');
    expect(JSON.stringify(shared)).not.toContain('conflict with the events team');
    expect(shared.record.notes).toBe('');
    expect(confidential?.fields).toEqual({ notes: 'Left after a conflict with the events team.' });
    expect(joinRecord('reps', shared.record, confidential, null)).toEqual(r);
  });

  it('writes no confidential document for a writer that does not read them (a coach)', () => {
    const { shared, confidential } = splitRecord('reps', rep('rep-1', { notes: 'secret' }), meta, false);
    expect(confidential).toBeNull();
    expect(JSON.stringify(shared)).not.toContain('secret');
  });

  it('reaches into lists: each conversation reason’s note travels apart', () => {
    expect(keptApart('conversations')).toEqual(['notes', 'reasons[].note']);
    const conv = { id: 'c1', notes: 'n', reasons: [{ category: 'a', note: 'x' }, { category: 'b', note: '' }] };
    const { shared, confidential } = splitRecord('conversations', conv, meta, true);
    expect(shared.record).toEqual({ id: 'c1', notes: '', reasons: [{ category: 'a', note: '' }, { category: 'b', note: '' }] });
    expect(confidential?.fields).toEqual({ notes: 'n', 'reasons[].note': ['x', ''] });
    expect(joinRecord('conversations', shared.record, confidential, null)).toEqual(conv);
  });

  it('without a confidential document, keeps the notes this machine has (a note is never emptied by a document that does not carry it)', () => {
    const local = rep('rep-1', { notes: 'kept here' });
    const arrived = splitRecord('reps', { ...local, name: 'New name' }, meta, false).shared.record;
    expect(joinRecord('reps', arrived, null, local)).toEqual({ ...local, name: 'New name' });
  });

  it('keeps every confidential field apart, those every role reads too (the server refuses them in the shared database)', () => {
    expect(keptApart('engagements')).toEqual(['notes']);
    expect(keptApart('activities')).toEqual([]);
  });

  it('round-trips any Rep notes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 40 }), (notes, name) => {
        const r = rep('rep-x', { notes, name });
        const { shared, confidential } = splitRecord('reps', r, meta, true);
        expect(joinRecord('reps', shared.record, confidential, null)).toEqual(r);
        expect(confidentialFields('reps', shared.record)).toEqual({ notes: '' });
      }),
    );
  });
});

describe('a document from the server', () => {
  const good = () => ({ ...splitRecord('reps', rep('rep-1'), meta, false).shared, _rev: '1-a' });

  it('is read when it is a valid record of a known collection', () => {
    const read = readIncoming(good(), SCHEMAS);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.record).toEqual({ ...rep('rep-1') });
  });

  it.each([
    ['garbage', 'not even an object', 'sync-aside-garbage'],
    ['no record', { _id: 'reps:rep-1', collection: 'reps', by: 'x', at: meta.at }, 'sync-aside-garbage'],
    ['a design document', { _id: '_design/x' }, 'sync-aside-garbage'],
    ['an unknown collection', { _id: 'spells:s1', collection: 'spells', record: {}, by: 'x', at: meta.at }, 'sync-aside-unknown-collection'],
    ['the audit log', { _id: 'audit:a1', collection: 'audit', record: {}, by: 'x', at: meta.at }, 'sync-aside-unknown-collection'],
    ['a wrong shape', { _id: 'reps:rep-1', collection: 'reps', record: { id: 'rep-1', name: 42 }, by: 'x', at: meta.at }, 'sync-aside-invalid'],
    ['an id that is not the document’s', { ...splitRecord('reps', rep('rep-2'), meta, false).shared, _id: 'reps:rep-1' }, 'sync-aside-invalid'],
    ['10 MB of text', { ...splitRecord('reps', rep('rep-1'), meta, false).shared, padding: 'x'.repeat(10 * 1024 * 1024) }, 'sync-aside-too-big'],
  ])('is set aside with a reason: %s', (_name, doc, messageId) => {
    const read = readIncoming(doc, SCHEMAS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.messageId).toBe(messageId);
  });

  it('just over the limit is too big', () => {
    const doc = { ...good(), padding: 'x'.repeat(MAX_DOC_CHARS) };
    const read = readIncoming(doc, SCHEMAS);
    expect(!read.ok && read.reason.messageId).toBe('sync-aside-too-big');
  });

  it('never throws, whatever arrives (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (doc) => void readIncoming(doc, SCHEMAS)));
    fc.assert(fc.property(fc.jsonValue(), (doc) => void readConfidential(doc, 'reps')));
  });

  it('a confidential document gives only the collection’s kept-apart string fields', () => {
    expect(readConfidential({ _id: 'reps:r', collection: 'reps', fields: { notes: 'n', other: 'x' } }, 'reps')).toEqual({ fields: { notes: 'n' } });
    expect(readConfidential({ _id: 'reps:r', collection: 'reps', fields: { notes: 42 } }, 'reps')).toEqual({ fields: {} });
    expect(readConfidential({ _id: 'reps:r', collection: 'tasks', fields: { notes: 'n' } }, 'reps')).toBeNull();
  });
});

describe('two versions of one record', () => {
  const base = { id: 'r', version: 3, updatedAt: 'a', name: 'Ana', country: 'Spain', notes: '' };

  it('merges fields only one side changed since their ancestor, and lists the fields both changed', () => {
    const mine = { ...base, version: 4, updatedAt: 'b', name: 'Ana M.', notes: 'mine' };
    const theirs = { ...base, version: 4, updatedAt: 'c', country: 'Portugal', notes: 'theirs' };
    const { merged, clashes } = mergeVersions(mine, theirs, base);
    expect(merged).toEqual({ ...mine, country: 'Portugal' });
    expect(clashes).toEqual([{ path: 'notes', mine: 'mine', theirs: 'theirs' }]);
  });

  it('without the ancestor, every difference is a clash', () => {
    const { merged, clashes } = mergeVersions({ ...base, name: 'X' }, { ...base, country: 'Y' }, null);
    expect(merged).toEqual({ ...base, name: 'X' });
    expect(clashes.map((c) => c.path).sort()).toEqual(['country', 'name']);
  });

  it('the same change on both sides is no clash', () => {
    expect(mergeVersions({ ...base, name: 'Z', updatedAt: 'x' }, { ...base, name: 'Z', updatedAt: 'y' }, base).clashes).toEqual([]);
  });
});
