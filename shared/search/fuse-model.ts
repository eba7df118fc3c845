/**
 * The few pieces of fuse.js's scoring (v7, `ignoreLocation: true`, default field norm) that the
 * candidate stage mirrors. Getting these identical to fuse means the candidate order agrees with
 * fuse's final order for the common case, so only a small head of candidates needs real fuse work.
 */

/** fuse counts whitespace-separated runs (tab..CR, space, NBSP) to damp long fields. */
export function isWordSeparator(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160;
}

export function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const sep = i === text.length || isWordSeparator(text.charCodeAt(i));
    if (!sep && start < 0) start = i;
    else if (sep && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** fuse's field-length norm: 1/sqrt(word count), rounded to three decimals. */
export function fieldNorm(text: string): number {
  const n = Math.max(1, splitWords(text).length);
  return Math.round(1000 / Math.sqrt(n)) / 1000;
}

/**
 * Most errors fuse's bitap still accepts for a pattern of this length: it keeps going while
 * errors / length <= threshold (and never past length - 1).
 */
export function allowedErrors(patternLength: number, threshold: number): number {
  let k = 0;
  while (k + 1 < patternLength && (k + 1) / patternLength <= threshold) k++;
  return k;
}

/**
 * fuse's per-value score: 0 when the whole value equals the pattern, 0.001 for an exact substring,
 * otherwise errors / length.
 */
export function valueScore(errors: number, patternLength: number, wholeValueEquals: boolean): number {
  if (wholeValueEquals) return 0;
  return errors === 0 ? 0.001 : errors / patternLength;
}

/*
 * fuse's record score is Π score^(weight · norm) over matched values, with a score of 0 taken as
 * Number.EPSILON; the index ranks by the equivalent Σ weight · norm · log(score).
 */
