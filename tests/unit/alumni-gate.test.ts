import { describe, expect, it } from 'vitest';
import { alumniGate, gateRefusal, type GateFacts } from '../../shared/domain/alumni-gate';

const reason = { category: 'moved-on', severity: 2, note: '' };
const held = { reached: true, reasons: [reason] };
const attempt = { reached: false, reasons: [] };

function facts(over: Partial<GateFacts> = {}): GateFacts {
  return { conversations: [held], engagements: 1, matchSessions: 0, approved: true, ...over };
}
const missingOf = (f: GateFacts) => alumniGate(f).missing.map((m) => m.item);

describe('the alumni gate', () => {
  it('passes with a reason, a conversation held, an offer and an approving decision', () => {
    const r = alumniGate(facts());
    expect(r.passes).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.items.map((i) => [i.item, i.done])).toEqual([
      ['reason', true],
      ['conversation', true],
      ['offer', true],
      ['decision', true],
    ]);
  });

  it('fails when the reason alone is missing', () => {
    expect(missingOf(facts({ conversations: [{ reached: true, reasons: [] }] }))).toEqual(['reason']);
  });

  it('fails when the conversation alone is missing (one attempt is not enough)', () => {
    const f = facts({ conversations: [{ reached: false, reasons: [reason] }] });
    expect(missingOf(f)).toEqual(['conversation']);
    expect(alumniGate(f).missing[0]!.detail).toContain('1 of 2 documented attempts');
  });

  it('counts two documented attempts as the conversation step', () => {
    const r = alumniGate(facts({ conversations: [{ reached: false, reasons: [reason] }, attempt] }));
    expect(r.passes).toBe(true);
    expect(r.items[1]!.detail).toBe('2 documented attempts');
  });

  it('fails when the re-engagement offer alone is missing, and a match session counts as one', () => {
    expect(missingOf(facts({ engagements: 0 }))).toEqual(['offer']);
    expect(alumniGate(facts({ engagements: 0, matchSessions: 1 })).passes).toBe(true);
  });

  it('fails when the decision alone is missing', () => {
    expect(missingOf(facts({ approved: false }))).toEqual(['decision']);
  });

  it('lists everything missing for a Rep nobody has worked with', () => {
    const f = facts({ conversations: [], engagements: 0, approved: false });
    expect(missingOf(f)).toEqual(['reason', 'conversation', 'offer', 'decision']);
    expect(gateRefusal(alumniGate(f))).toMatch(/^The alumni gate is not met\. Missing: reason .*; conversation .*; offer .*; decision .*\.$/);
  });

  it('passes on the exception path with a rationale of 20 characters or more, even without evidence', () => {
    const r = alumniGate(facts({ conversations: [], engagements: 0, exception: { rationale: 'The Rep asked to leave by email.' } }));
    expect(r.passes).toBe(true);
    expect(r.exception).toBe(true);
    expect(r.items.filter((i) => !i.done).map((i) => i.item)).toEqual(['reason', 'conversation', 'offer']);
  });

  it('refuses the exception path with a rationale that is too short (whitespace does not count)', () => {
    const r = alumniGate(facts({ conversations: [], engagements: 0, exception: { rationale: '   asked to leave    ' } }));
    expect(r.passes).toBe(false);
    expect(r.missing.map((m) => m.item)).toEqual(['exception-rationale']);
    expect(r.missing[0]!.detail).toContain('(14 given)');
    expect(alumniGate(facts({ exception: { rationale: 'x'.repeat(19) } })).passes).toBe(false);
    expect(alumniGate(facts({ exception: { rationale: 'x'.repeat(20) } })).passes).toBe(true);
  });

  it('never lets an exception stand in for the Council decision', () => {
    expect(missingOf(facts({ approved: false, exception: { rationale: 'The Rep asked to leave by email.' } }))).toEqual(['decision']);
  });
});
