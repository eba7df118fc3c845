import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { MATCH_MESSAGE_IDS, MATCH_MESSAGES } from '../../shared/matching/explain';

const localeFile = (locale: string) => readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'src', 'i18n', 'locales', locale, 'match.ftl'), 'utf8');

function bundleOf(locale: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  expect(b.addResource(new FluentResource(localeFile(locale)))).toEqual([]);
  return b;
}

/** The argument names a template uses: `{ $name }` anywhere, including selectors. */
const argsOf = (template: string) => new Set([...template.matchAll(/\$([a-zA-Z]+)/g)].map((m) => m[1]));

describe('the matching engine’s sentences in the UI', () => {
  it('every message id the engine can return exists in en-US (and in every locale)', () => {
    for (const locale of ['en-US', 'es']) {
      const b = bundleOf(locale);
      expect(MATCH_MESSAGE_IDS.filter((id) => !b.hasMessage(id)), locale).toEqual([]);
    }
  });

  it('the English UI says exactly what the engine’s built-in formatter says', () => {
    const b = bundleOf('en-US');
    for (const id of MATCH_MESSAGE_IDS) {
      const args = Object.fromEntries([...argsOf(MATCH_MESSAGES[id])].map((a) => [a, `<${a}>`]));
      const expected = MATCH_MESSAGES[id].replace(/\{ \$([a-zA-Z]+) \}/g, (_, a: string) => `<${a}>`);
      expect(b.formatPattern(b.getMessage(id)!.value!, args), id).toBe(expected);
    }
  });

  it('the Spanish sentences use only arguments the engine passes', () => {
    const es = localeFile('es');
    for (const id of MATCH_MESSAGE_IDS) {
      const block = es.slice(es.indexOf(`\n${id} =`) + 1).split(/\n(?=[a-z-]+ =)/)[0]!;
      const extra = [...argsOf(block)].filter((a) => !argsOf(MATCH_MESSAGES[id]).has(a));
      expect(extra, id).toEqual([]);
    }
  });
});
