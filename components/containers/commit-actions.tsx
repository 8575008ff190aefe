"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { exportContainerHref } from "@/lib/browser/api/transfer-actions";

// The dialog (its form schema, and zod with it) loads when it opens, not with the page.
const CommitDialog = dynamic(() => import("./commit-dialog").then((m) => m.CommitDialog));

// Kitematic's square toolbar look (as ToolbarButton), for two actions that are not container verbs.
const SQUARE =
  "flex h-[54px] w-[58px] shrink-0 flex-col items-center justify-center gap-1 rounded text-ink-muted transition-colors hover:bg-brand-tint hover:text-brand-dark";

function Label({ children }: { children: ReactNode }) {
  return (
    <span aria-hidden="true" className="text-[10px] font-semibold uppercase leading-none tracking-wider">
      {children}
    </span>
  );
}

const ICON = { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 1.8, strokeLinecap: "round", strokeLinejoin: "round", className: "size-5", "aria-hidden": true } as const;

/** Commit (to an image) and Export filesystem (a tar download) beside the container's verbs. */
export function CommitActions({ container }: { container: ContainerSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-label="Commit" title="Commit to an image" onClick={() => setOpen(true)} className={SQUARE}>
        <svg {...ICON}>
          <circle cx="12" cy="12" r="3.2" />
          <path d="M3 12h5.8M15.2 12H21" />
        </svg>
        <Label>Commit</Label>
      </button>
      {/* A plain link: the browser streams the tar to disk; leaving closes the engine's export. */}
      <a href={exportContainerHref(container.id)} download aria-label="Export filesystem" title="Export the filesystem as a tar" className={SQUARE}>
        <svg {...ICON}>
          <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19h14" />
        </svg>
        <Label>Export</Label>
      </a>
      {open && <CommitDialog container={container} onClose={() => setOpen(false)} />}
    </>
  );
}
