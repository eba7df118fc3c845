import { describe, expect, it } from 'vitest';
import { redactCollections, redactRecord } from '../../shared/domain/confidential';

describe('confidential fields', () => {
  it('empties notes and reason notes but keeps everything else', () => {
    const conversation = { id: 'c1', notes: 'secret', reasons: [{ category: 'bullying-toxicity', severity: 3, note: 'named person' }], heldBy: 'Ana' };
    expect(redactRecord('conversations', conversation)).toEqual({ id: 'c1', notes: '', reasons: [{ category: 'bullying-toxicity', severity: 3, note: '' }], heldBy: 'Ana' });
    expect(conversation.notes).toBe('secret');
  });

  it('leaves collections without confidential fields untouched', () => {
    const data = { reps: [{ id: 'r', notes: 'x', name: 'R' }], activities: [{ id: 'a', link: 'l' }] };
    expect(redactCollections(data)).toEqual({ reps: [{ id: 'r', notes: '', name: 'R' }], activities: [{ id: 'a', link: 'l' }] });
  });
});
