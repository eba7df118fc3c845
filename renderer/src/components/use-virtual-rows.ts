import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** Assumed height of a list that has not been laid out yet (first paint; jsdom in the UI tests). */
const FALLBACK_HEIGHT = 600;

interface Options {
  /** A row's height in pixels; the exact one when `measure` is off. */
  rowHeight: number;
  /** Rows of different heights (wrapping text, highlights) are measured once rendered. */
  measure?: boolean;
  /** Called when the last rows come on screen, to fetch the next page. */
  onNearEnd?: () => void;
}

/**
 * Which rows of a long list are on screen; only those are rendered, so 10,000 Reps or 20,000
 * tasks scroll like 60. Rows go between two spacers (`padTop`, `padBottom`) so tables keep their
 * native layout and semantics.
 */
export function useVirtualRows(scroller: RefObject<HTMLElement | null>, count: number, { rowHeight, measure = false, onNearEnd }: Options) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    observeElementRect: (instance, notify) => observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : { ...rect, height: FALLBACK_HEIGHT })),
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onNearEnd && count > 0 && last >= count - 20) onNearEnd();
  }, [last, count, onNearEnd]);
  return {
    rows,
    padTop: rows[0]?.start ?? 0,
    padBottom: Math.max(0, virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)),
    /** Put on each rendered row (with `data-index`) when rows are measured. */
    measureRef: measure ? virtualizer.measureElement : undefined,
    /** Scrolls so row `index` is visible (keyboard navigation). */
    reveal: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
