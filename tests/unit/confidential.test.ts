import { describe, expect, it } from 'vitest';
import { mayRead, redactCollectionsFor, redactFor } from '../../shared/domain/confidential';

describe('confidential fields', () => {
  it('empties notes and reason notes but keeps everything else', () => {
    const conversation = { id: 'c1', notes: 'secret', reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'named person' }], heldBy: 'Ana' };
    expect(redactFor('export', 'conversations', conversation)).toEqual({ id: 'c1', notes: '', reasons: [{ category: 'bullying-toxicity', severity: 3, note: '' }], heldBy: 'Ana' });
    expect(conversation.notes).toBe('secret');
  });

  it('leaves collections without confidential fields untouched', () => {
    const data = { reps: [{ id: 'r', notes: 'x', name: 'R' }], activities: [{ id: 'a', link: 'l' }] };
    expect(redactCollectionsFor('export', data)).toEqual({ reps: [{ id: 'r', notes: '', name: 'R' }], activities: [{ id: 'a', link: 'l' }] });
  });
});

describe('who reads confidential text', () => {
  const rep = { id: 'r', notes: 'why she left', name: 'R' };
  const dossier = { notes: 'n', timeline: [{ kind: 'conversation', confidential: 'c' }] };

  it('lets mentors and the Council read Reps’ notes and conversations; coaches and exports never', () => {
    expect(['coach', 'mentor', 'council', 'export'].map((r) => redactFor(r as never, 'reps', rep).notes)).toEqual(['', 'why she left', 'why she left', '']);
    expect(['coach', 'mentor', 'council', 'export'].map((r) => mayRead(r as never, 'conversations'))).toEqual([false, true, true, false]);
  });

  it('keeps the dossier’s and the review pack’s evidence for the Council', () => {
    expect(redactFor('mentor', 'dossiers', dossier)).toEqual({ notes: '', timeline: [{ kind: 'conversation', confidential: '' }] });
    expect(redactFor('council', 'dossiers', dossier)).toBe(dossier);
    expect(mayRead('mentor', 'reviewPackCases')).toBe(false);
  });

  it('never shows a value in an audit entry, to anyone', () => {
    const entry = { entity: 'reps', before: null, after: rep };
    for (const reader of ['coach', 'mentor', 'council', 'export'] as const) {
      expect(redactFor(reader, 'audit', entry)).toEqual({ entity: 'reps', before: null, after: { ...rep, notes: '' }, fields: ['id', 'notes', 'name'] });
    }
    expect(mayRead('council', 'audit')).toBe(false);
  });
});
