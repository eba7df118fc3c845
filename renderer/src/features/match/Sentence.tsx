import type { MatchMessage } from '../../../../shared/api';
import { useT } from '../../i18n/i18n';

/** One sentence of the matching engine, in the user's language (ids listed in shared/matching/explain.ts). */
export function useSentence(): (m: Pick<MatchMessage, 'messageId' | 'args'>) => string {
  const t = useT();
  return (m) => t(m.messageId, m.args);
}

export const percent = (score: number) => Math.round(score * 100);
