import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const localeDir = join(root, 'renderer', 'src', 'i18n', 'locales');
const locales = readdirSync(localeDir);

/** Every message id of one locale, across its per-feature files; each file must parse cleanly. */
function ids(locale: string): Set<string> {
  const bundle = new FluentBundle(locale);
  const all = new Set<string>();
  for (const file of readdirSync(join(localeDir, locale)).filter((f) => f.endsWith('.ftl'))) {
    const resource = new FluentResource(readFileSync(join(localeDir, locale, file), 'utf8'));
    expect(bundle.addResource(resource), `${locale}/${file}`).toEqual([]);
    for (const m of resource.body) {
      expect(all.has(m.id), `${m.id} defined twice in ${locale}`).toBe(false);
      all.add(m.id);
    }
  }
  return all;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('translations', () => {
  it('has English and at least one more locale, each parsing cleanly', () => {
    expect(locales).toContain('en-US');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it('every locale has exactly the English message ids', () => {
    const english = ids('en-US');
    for (const locale of locales) {
      const other = ids(locale);
      expect([...english].filter((id) => !other.has(id)), `${locale} lacks`).toEqual([]);
      expect([...other].filter((id) => !english.has(id)), `${locale} has extra`).toEqual([]);
    }
  });

  it('every literal message id used in the renderer exists', () => {
    const english = ids('en-US');
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'renderer', 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-z0-9-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !english.has(id))).toEqual([]);
  });

  it('has no user-visible text written straight into JSX', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'renderer', 'src')).filter((f) => f.endsWith('.tsx'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node): void => {
        // Words in JSX text or in a plain string attribute such as placeholder="…" or aria-label="…".
        const isText = ts.isJsxText(node) && /\p{L}/u.test(node.text);
        const isVisibleAttr =
          ts.isJsxAttribute(node) &&
          ['placeholder', 'aria-label', 'title', 'alt'].includes(node.name.getText()) &&
          node.initializer !== undefined &&
          ts.isStringLiteral(node.initializer);
        if (isText || isVisibleAttr) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          offenders.push(`${file.slice(root.length + 1)}:${line + 1}: ${node.getText().trim()}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
