"use client";

import { useRef, type ReactNode } from "react";
import { Ellipsis } from "lucide-react";

/**
 * The phone toolbar's overflow: a disclosure holding the rarer actions (hidden from 640 px, where they sit in
 * the row). Choosing one closes it.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={ref} className="relative sm:hidden">
      <summary
        aria-label="More actions"
        title="More actions"
        className="flex size-10 cursor-pointer list-none items-center justify-center rounded text-ink-muted hover:bg-brand-tint hover:text-brand-dark [&::-webkit-details-marker]:hidden"
      >
        <Ellipsis aria-hidden="true" className="size-5" />
      </summary>
      <div
        role="group"
        aria-label="More actions"
        onClick={() => ref.current?.removeAttribute("open")}
        className="absolute top-full right-0 z-20 mt-1 flex gap-1 rounded border border-line bg-surface p-1 shadow-lg shadow-ink/10"
      >
        {children}
      </div>
    </details>
  );
}
