/**
 * Approximate-substring edit distance: the fewest insertions, deletions and substitutions that turn
 * `pattern` into some substring of a text. This is the quantity fuse.js's bitap search turns into a
 * score (errors / pattern length when location is ignored), so computing it cheaply lets the index
 * predict fuse's ranking without running fuse on every document.
 *
 * Myers' bit-parallel algorithm keeps one DP column in two 32-bit masks, so a word costs a handful of
 * integer operations per character. Patterns are therefore limited to 32 characters, like fuse's own
 * bitap chunks.
 */

export const MAX_PATTERN_LENGTH = 32;

export interface CompiledPattern {
  readonly text: string;
  readonly length: number;
  /** Bit i is set when pattern[i] equals the character; ASCII in a flat table, the rest in a map. */
  readonly ascii: Int32Array;
  readonly other: Map<number, number>;
}

export function compilePattern(pattern: string): CompiledPattern {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) {
    throw new RangeError(`pattern length must be 1..${MAX_PATTERN_LENGTH}`);
  }
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] = ascii[c]! | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { text: pattern, length: pattern.length, ascii, other };
}

/**
 * Smallest edit distance between the pattern and any substring of `text`, or `maxErrors + 1` when it
 * exceeds `maxErrors` (callers only care whether it is within fuse's threshold).
 */
export function substringDistance(p: CompiledPattern, text: string, maxErrors: number): number {
  const m = p.length;
  // A text shorter than the pattern needs at least the missing characters inserted.
  if (m - text.length > maxErrors) return maxErrors + 1;
  const high = 1 << (m - 1);
  const ascii = p.ascii;
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? ascii[c]! : (p.other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // No carry-in on ph: row 0 stays 0 so a match may start anywhere in the text.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) {
      best = score;
      if (best === 0) return 0;
    }
  }
  return best > maxErrors ? maxErrors + 1 : best;
}
