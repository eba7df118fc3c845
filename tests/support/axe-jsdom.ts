import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

type Rule = { id: string; impact: string | null; nodes: { target: unknown[] }[] };

/**
 * axe-core on a part of the jsdom page: its serious and critical violations, one line each. Colour
 * contrast needs a real layout, so it is left to the end-to-end scan in Chromium.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const win = window as unknown as { axe?: { run(ctx: Element, options: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } };
  if (!win.axe) {
    // axe reads the globals of the window it is evaluated in, so it is evaluated in jsdom's.
    const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    new Function('window', 'document', `${source}; window.axe = axe;`)(window, document);
  }
  const result = await win.axe!.run(root, { rules: { 'color-contrast': { enabled: false } } });
  // A scan that found nothing to check proves nothing.
  if (result.passes.length < 5) return [`axe checked only ${result.passes.length} rules`];
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
