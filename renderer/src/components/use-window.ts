import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Which rows of a long, fixed-height list are on screen. Only those are rendered, so 10,000 Reps
 * scroll as smoothly as 60. When the container has no measured height yet (first paint, tests)
 * a screenful is assumed.
 */
export function useWindow(container: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 10) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  const measure = useCallback(() => {
    const el = container.current;
    if (!el) return;
    setScrollTop(el.scrollTop);
    if (el.clientHeight > 0) setHeight(el.clientHeight);
  }, [container]);

  useEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return {
    first,
    last,
    padTop: first * rowHeight,
    padBottom: Math.max(0, (count - last) * rowHeight),
    onScroll: measure,
    /** Scrolls so row `index` is visible (keyboard navigation). */
    reveal(index: number) {
      const el = container.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
      measure();
    },
  };
}
