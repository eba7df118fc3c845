/**
 * The alumni gate: a Rep moves to alumni only after everything else was tried — the reason
 * understood, a conversation held (or at least two documented attempts), a small re-engagement
 * offered — and the Council decided. A documented exception (for example, the Rep asked to leave)
 * stands in for the evidence, never for the decision, and needs a written rationale.
 */
import type { Conversation } from '../model';

export const MIN_ATTEMPTS = 2;
export const MIN_EXCEPTION_RATIONALE = 20;

export type GateItemId = 'reason' | 'conversation' | 'offer' | 'decision' | 'exception-rationale';

export interface GateItem {
  item: GateItemId;
  done: boolean;
  /** Plain English, for refusal messages and exports; screens word it from `counts`. */
  detail: string;
  counts: Record<string, number>;
}

export interface GateFacts {
  conversations: readonly Pick<Conversation, 'reached' | 'reasons'>[];
  /** Engagements proposed for the Rep, in any status. */
  engagements: number;
  matchSessions: number;
  /** True when an approving Council decision is being recorded (or is in force). */
  approved: boolean;
  /** Present when the Council takes the exception path. */
  exception?: { rationale: string } | null;
}

export interface GateResult {
  items: GateItem[];
  passes: boolean;
  exception: boolean;
  /** The items not done that stop the gate from passing. */
  missing: GateItem[];
}

export function alumniGate(f: GateFacts): GateResult {
  const reasons = f.conversations.reduce((n, c) => n + c.reasons.length, 0);
  const reached = f.conversations.filter((c) => c.reached).length;
  const attempts = f.conversations.length - reached;
  const offers = f.engagements + f.matchSessions;
  const items: GateItem[] = [
    {
      item: 'reason',
      done: reasons > 0,
      detail: reasons > 0 ? `${reasons} reason(s) recorded` : 'no reason recorded in any conversation',
      counts: { reasons },
    },
    {
      item: 'conversation',
      done: reached > 0 || attempts >= MIN_ATTEMPTS,
      detail:
        reached > 0
          ? `${reached} conversation(s) held`
          : attempts >= MIN_ATTEMPTS
            ? `${attempts} documented attempts`
            : `no conversation held and ${attempts} of ${MIN_ATTEMPTS} documented attempts`,
      counts: { reached, attempts, needed: MIN_ATTEMPTS },
    },
    {
      item: 'offer',
      done: offers > 0,
      detail: offers > 0 ? `${f.engagements} engagement(s) and ${f.matchSessions} match session(s)` : 'no re-engagement offer (engagement or match session)',
      counts: { engagements: f.engagements, matchSessions: f.matchSessions },
    },
    {
      item: 'decision',
      done: f.approved,
      detail: f.approved ? 'the Council approved the move' : 'no approving Council decision',
      counts: {},
    },
  ];
  const exception = f.exception != null;
  if (exception) {
    const length = f.exception!.rationale.trim().length;
    items.push({
      item: 'exception-rationale',
      done: length >= MIN_EXCEPTION_RATIONALE,
      detail:
        length >= MIN_EXCEPTION_RATIONALE
          ? 'exception rationale written'
          : `an exception needs a written rationale of at least ${MIN_EXCEPTION_RATIONALE} characters (${length} given)`,
      counts: { length, min: MIN_EXCEPTION_RATIONALE },
    });
  }
  // A valid exception stands in for the evidence, so only the decision and the rationale can block it.
  const blocking = exception ? new Set<GateItemId>(['decision', 'exception-rationale']) : new Set<GateItemId>(['reason', 'conversation', 'offer', 'decision']);
  const missing = items.filter((i) => !i.done && blocking.has(i.item));
  return { items, passes: missing.length === 0, exception, missing };
}

/** "Missing: a reason …; …" — the refusal message lists every blocking item. */
export function gateRefusal(result: GateResult): string {
  return `The alumni gate is not met. Missing: ${result.missing.map((m) => `${m.item} (${m.detail})`).join('; ')}.`;
}
