import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows drawn above and below what is visible, so a fast scroll does not show blanks. */
const OVERSCAN = 6;
/** Where layout is unknown (tests in happy-dom), assume a common window's worth of rows. */
const FALLBACK_HEIGHT = 600;

export type RowWindow = {
  scrollRef: RefObject<HTMLDivElement | null>;
  first: number;
  last: number;
  onScroll: () => void;
  /** Scrolls just enough for row `index` to be fully visible (keyboard moves). */
  reveal: (index: number) => void;
  /** Rows that fit in the viewport, for Page Up / Page Down. */
  pageSize: number;
};

/**
 * Windowing with a fixed row height: only the rows in view (plus a margin) are in the
 * DOM, so 10,000 certificates cost what 30 do. The scroll offset is state, so a keyboard
 * move can scroll and render the target row in the same commit, then focus it.
 */
export const useRowWindow = (count: number, rowHeight: number): RowWindow => {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A shorter list (a filter) must not leave the view scrolled past its end. Compared with
  // the offset kept in state: reading el.scrollTop here would force a layout per keystroke.
  // The scroll event that follows brings the state back to 0.
  const pastEnd = scrollTop > 0 && scrollTop > count * rowHeight;
  const top = pastEnd ? 0 : scrollTop;
  useEffect(() => {
    if (pastEnd && scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [pastEnd]);

  const onScroll = useCallback(() => setScrollTop(scrollRef.current?.scrollTop ?? 0), []);

  const reveal = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const view = el.clientHeight || FALLBACK_HEIGHT;
      const top = index * rowHeight;
      let next = el.scrollTop;
      if (top < next) next = top;
      else if (top + rowHeight > next + view) next = top + rowHeight - view;
      if (next !== el.scrollTop) el.scrollTop = next;
      setScrollTop(next);
    },
    [rowHeight],
  );

  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  return {
    scrollRef,
    first,
    last,
    onScroll,
    reveal,
    pageSize: Math.max(1, Math.floor(height / rowHeight) - 1),
  };
};
