"use client";

import type { KeyboardEvent, RefObject } from "react";
import { SearchIcon } from "@/components/ui/icons";

export function ContainerFilter({
  value,
  onChange,
  inputRef,
  onArrowDown,
  onEnter,
}: {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Hand keyboard focus to the list. */
  onArrowDown: () => void;
  /** Open the first match. */
  onEnter: () => void;
}) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === "Enter") {
      event.preventDefault();
      onEnter();
    } else if (event.key === "Escape" && value) {
      event.preventDefault();
      onChange("");
    }
  }

  return (
    <div className="relative px-3 pb-2.5">
      <SearchIcon className="pointer-events-none absolute top-1/2 left-5 size-3.5 -translate-y-1/2 -mt-1 text-ink-faint" />
      <input
        ref={inputRef}
        type="search"
        aria-label="Filter containers"
        placeholder="Filter…"
        aria-keyshortcuts="/"
        title="Filter by name, image, id or state (press / to focus)"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        className="h-8 w-full rounded border border-line bg-pane pr-2 pl-7 text-[13px] text-ink placeholder:text-ink-faint focus:border-brand focus:bg-surface focus:outline-none"
      />
    </div>
  );
}
