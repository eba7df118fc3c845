import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LocalizationProvider, ReactLocalization, useLocalization } from '@fluent/react';
import { useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../shared/model';
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

/** Dates in the user's language, e.g. "2 Sept 2025". */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  // Building a formatter costs far more than using one, and a long list formats a date per row.
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
  return format.format(new Date(iso));
}

/** "14 months ago" in the user's language. */
export function formatAgo(iso: string, now: Date, locale: Locale): string {
  const days = Math.round((now.getTime() - Date.parse(iso)) / 86_400_000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}
