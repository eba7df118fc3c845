import type { Locale } from '../../../shared/model';
import { wordArgs, type StatusCause, type StatusOccasion } from '../../../shared/status-causes';
import { formatAgoDays, type Translate } from './i18n';

/** A status change's cause in the user's language (the backend stores it as a message id plus arguments). */
export function formatCause(t: Translate, locale: Locale, cause: StatusCause): string {
  const words = { ago: (days: number) => formatAgoDays(days, locale), type: (type: string) => t(`activity-${type}`) };
  const say = (m: StatusCause | StatusOccasion) => t(m.messageId, wordArgs(m.args, words));
  return cause.occasion ? `${say(cause)} ${say(cause.occasion)}` : say(cause);
}
