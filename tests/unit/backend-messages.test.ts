/**
 * Sentences the backend composes (the matching engine's reasons, notices about the data, status causes) travel as
 * a Fluent id plus arguments and are rendered by the UI. Each catalog's English templates must be
 * the en-US text, and every locale must have every id, using only the arguments the backend sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { MATCH_MESSAGES } from '../../shared/matching/explain';
import { NOTICE_MESSAGES } from '../../shared/notices';
import { REFUSAL_MESSAGES } from '../../shared/refusals';
import { STATUS_CAUSE_MESSAGES } from '../../shared/status-causes';
import { SYNC_MESSAGES } from '../../shared/sync/messages';
import { SYNC_SERVER_MESSAGES } from '../../shared/sync/server-messages';

const CATALOGS = [
  { name: 'the matching engine’s sentences', file: 'match.ftl', templates: MATCH_MESSAGES as Record<string, string> },
  { name: 'the notices about the data', file: 'notices.ftl', templates: NOTICE_MESSAGES as Record<string, string> },
  { name: 'the refusals of a request', file: 'refusals.ftl', templates: REFUSAL_MESSAGES as Record<string, string> },
  { name: 'the causes of status changes', file: 'status-causes.ftl', templates: STATUS_CAUSE_MESSAGES as Record<string, string> },
  { name: 'what the sync engine says', file: 'sync-messages.ftl', templates: SYNC_MESSAGES as Record<string, string> },
  { name: 'the community server’s refusals and setup', file: 'sync-server.ftl', templates: SYNC_SERVER_MESSAGES as Record<string, string> },
];

const localeFile = (locale: string, file: string) => readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'src', 'i18n', 'locales', locale, file), 'utf8');

function bundleOf(locale: string, file: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  expect(b.addResource(new FluentResource(localeFile(locale, file)))).toEqual([]);
  return b;
}

/** The argument names a template uses: `{ $name }` anywhere, including selectors. */
const argsOf = (template: string) => new Set([...template.matchAll(/\$([a-zA-Z]+)/g)].map((m) => m[1]));

for (const { name, file, templates } of CATALOGS) {
  const ids = Object.keys(templates);
  describe(`${name} in the UI`, () => {
    it('every message id the backend can return exists in en-US (and in every locale)', () => {
      for (const locale of ['en-US', 'es']) {
        const b = bundleOf(locale, file);
        expect(ids.filter((id) => !b.hasMessage(id)), locale).toEqual([]);
      }
    });

    it('the English UI says exactly what the backend’s built-in formatter says', () => {
      const b = bundleOf('en-US', file);
      for (const id of ids) {
        const args = Object.fromEntries([...argsOf(templates[id]!)].map((a) => [a, `<${a}>`]));
        const expected = templates[id]!.replace(/\{ \$([a-zA-Z]+) \}/g, (_, a: string) => `<${a}>`);
        expect(b.formatPattern(b.getMessage(id)!.value!, args), id).toBe(expected);
      }
    });

    it('the Spanish sentences use only arguments the backend passes', () => {
      const es = localeFile('es', file);
      for (const id of ids) {
        const block = es.slice(es.indexOf(`\n${id} =`) + 1).split(/\n(?=[a-z-]+ =)/)[0]!;
        const extra = [...argsOf(block)].filter((a) => !argsOf(templates[id]!).has(a));
        expect(extra, id).toEqual([]);
      }
    });
  });
}
