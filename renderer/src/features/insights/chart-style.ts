/** Chart colours: distinct at a glance and readable on white (each passes 3:1 against it). */
const PALETTE = ['#c2410c', '#1d4ed8', '#15803d', '#7e22ce', '#0e7490', '#be123c', '#a16207', '#4d7c0f', '#db2777', '#334155'];

export function colorOf(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

/** A reason keeps its colour in every chart; "unknown" is grey so it never looks like a cause. */
export function reasonColor(reason: string, reasons: readonly string[]): string {
  if (reason === 'unknown') return '#78716c';
  return colorOf(reasons.filter((r) => r !== 'unknown').indexOf(reason));
}

/** Axis text in the app's muted ink at the body size, set as SVG attributes (no inline CSS). */
export const TICK = { fill: '#5b6169', fontSize: 12 };

/** Bars resting on a small sample: a pale fill and a dashed outline, so they read as context. */
export const SMALL_FILL = '#e7e5e4';
export const SMALL_STROKE = '#78716c';
