import type { SearchHighlight } from '../../../../shared/api';

/** Shows `text` with the ranges the search matched in <mark>, when the match was on this field. */
export function Highlight({ text, field, highlights }: { text: string; field: string; highlights: readonly SearchHighlight[] }) {
  const match = highlights.find((h) => h.field === field && h.value === text);
  if (!match || match.indices.length === 0) return <>{text}</>;
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of [...match.indices].sort((a, b) => a[0] - b[0])) {
    // fuse also reports stray single letters; marking them reads as noise.
    if (start < at || end === start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ mark: text.slice(start, end + 1) });
    at = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) => (typeof p === 'string' ? <span key={i}>{p}</span> : <mark key={i}>{p.mark}</mark>))}
    </>
  );
}
