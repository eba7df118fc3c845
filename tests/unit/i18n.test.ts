import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const localeDir = join(root, 'renderer', 'src', 'i18n', 'locales');
const locales = readdirSync(localeDir).filter((f) => f.endsWith('.ftl'));

function ids(file: string): Set<string> {
  const text = readFileSync(join(localeDir, file), 'utf8');
  const resource = new FluentResource(text);
  const bundle = new FluentBundle('en-US');
  expect(bundle.addResource(resource)).toEqual([]);
  return new Set(resource.body.map((m) => m.id));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('translations', () => {
  it('has English and at least one more locale, each parsing cleanly', () => {
    expect(locales).toContain('en-US.ftl');
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  it('every locale has exactly the English message ids', () => {
    const english = ids('en-US.ftl');
    for (const file of locales) {
      const other = ids(file);
      expect([...english].filter((id) => !other.has(id)), `${file} lacks`).toEqual([]);
      expect([...other].filter((id) => !english.has(id)), `${file} has extra`).toEqual([]);
    }
  });

  it('every literal message id used in the renderer exists', () => {
    const english = ids('en-US.ftl');
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
