"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useImperativeHandle, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from "react";

/** Every row is one height: container-row.tsx's h-11 plus its 1 px border. */
export const ROW_HEIGHT = 45;
/** Below this many rows the list renders whole: nothing to gain, and the browser's find-in-page sees every row. */
export const VIRTUAL_FROM = 200;

export interface VirtualRowsHandle {
  /** Brings row `index` into the DOM (and view), so it can take focus on the next frame. */
  scrollToIndex: (index: number) => void;
}

/**
 * A list of thousands of rows with only the rows in view (and a few either side) in the DOM: the containers
 * screen of a host with 5,000 containers renders one screenful, not 5,000 rows.
 */
export function VirtualRows<T>({
  items,
  scrollRef,
  listRef,
  handleRef,
  onKeyDown,
  render,
}: {
  items: readonly T[];
  /** The element that scrolls (the sidebar's nav). */
  scrollRef: RefObject<HTMLElement | null>;
  listRef: Ref<HTMLUListElement>;
  handleRef: Ref<VirtualRowsHandle>;
  onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => void;
  render: (item: T, style: CSSProperties) => ReactNode;
}) {
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  useImperativeHandle(handleRef, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: "auto" }) }), [virtualizer]);
  return (
    <ul ref={listRef} role="list" onKeyDown={onKeyDown} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) =>
        render(items[row.index]!, { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${row.start}px)` }),
      )}
    </ul>
  );
}
