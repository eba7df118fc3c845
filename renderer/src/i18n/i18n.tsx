import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LocalizationProvider, ReactLocalization, useLocalization } from '@fluent/react';
import { useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../shared/model';
import { isCalendarDate, wholeDaysBetween } from '../../../shared/time/calendar';
import { currentTimeZone } from '../app/clock-store';
/**
 * Messages live in one file per feature and locale (locales/<locale>/<feature>.ftl), so features
 * add their strings without touching each other's files.
 */
const FILES = import.meta.glob<string>('./locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

export const MESSAGES: Record<Locale, string[]> = { 'en-US': [], es: [] };
for (const [path, text] of Object.entries(FILES)) {
  const locale = path.split('/')[2] as Locale;
  MESSAGES[locale]?.push(text);
}
export const LOCALE_NAMES: Record<Locale, string> = { 'en-US': 'English', es: 'Español' };

function bundle(locale: Locale): FluentBundle {
  // No bidi isolation marks: all shipped locales are left-to-right, and the marks break copy-paste.
  const b = new FluentBundle(locale, { useIsolating: false });
  for (const text of MESSAGES[locale]) {
    const errors = b.addResource(new FluentResource(text));
    if (errors.length) console.error(`[i18n] ${locale}:`, errors);
  }
  return b;
}

/** The chosen locale first, English as the fallback for any message a translation lacks. */
export function makeLocalization(locale: Locale): ReactLocalization {
  const chain = locale === 'en-US' ? [bundle('en-US')] : [bundle(locale), bundle('en-US')];
  return new ReactLocalization(chain);
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const l10n = useMemo(() => makeLocalization(locale), [locale]);
  return <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>;
}

export type Translate = (id: string, args?: Record<string, FluentVariable>) => string;

export function useT(): Translate {
  const { l10n } = useLocalization();
  return (id, args) => l10n.getString(id, args);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, zone: string, withTime: boolean): Intl.DateTimeFormat {
  // Building a formatter costs far more than using one, and a long list formats a date per row.
  const key = `${locale}|${zone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: zone });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date in the user's language, e.g. "2 Sept 2025". An instant is shown on the user's calendar
 * (their zone from the backend's clock); a calendar date is that day wherever the viewer is.
 */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  if (isCalendarDate(iso)) return dateFormat(locale, 'UTC', false).format(new Date(`${iso}T00:00:00.000Z`));
  return dateFormat(locale, currentTimeZone(), false).format(new Date(iso));
}

/** A date and time on the user's clock, e.g. "3 Dec 2026, 08:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateFormat(locale, currentTimeZone(), true).format(new Date(iso));
}

/** "14 months ago" in the user's language, counted in days on their calendar up to the backend's now. */
export function formatAgo(iso: string, now: string, locale: Locale): string {
  return formatAgoDays(wholeDaysBetween(iso, now, currentTimeZone()), locale);
}

/** "14 months ago" in the user's language, from a number of days. */
export function formatAgoDays(days: number, locale: Locale): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}
