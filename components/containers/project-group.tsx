"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { ContainerGroup } from "@/lib/browser/containers/container-groups";
import { stackHref } from "@/lib/browser/paths/stacks";
import { IconToggle } from "@/components/ui/icon-toggle";

/** The sidebar's "group by stack" switch. */
export function GroupToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <IconToggle on={on} onChange={onChange} label="Group by stack" title={on ? "Show one flat list" : "Group containers by Compose project"}>
      {/* Three stacked layers. */}
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-3.5" fill="currentColor">
        <rect x="2" y="2" width="12" height="3" rx="0.5" />
        <rect x="2" y="6.5" width="12" height="3" rx="0.5" />
        <rect x="2" y="11" width="12" height="3" rx="0.5" />
      </svg>
    </IconToggle>
  );
}

/** One project's rows under a header that collapses them; the standalone containers' header does not collapse. */
export function ProjectGroup({
  group,
  collapsed,
  onToggle,
  children,
}: {
  group: ContainerGroup;
  collapsed: boolean;
  onToggle: (project: string) => void;
  children: ReactNode;
}) {
  const { project } = group;
  const label = project ?? "Standalone";
  return (
    <li role="group" aria-label={project ? `Stack ${project}` : "Standalone containers"} className="border-b border-line">
      <div className="flex h-8 items-center gap-1.5 bg-pane px-2 text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        {project ? (
          <button
            type="button"
            aria-expanded={!collapsed}
            aria-label={`${collapsed ? "Expand" : "Collapse"} stack ${project}`}
            onClick={() => onToggle(project)}
            className="flex size-5 items-center justify-center rounded hover:bg-hover"
          >
            <span aria-hidden="true">{collapsed ? "▸" : "▾"}</span>
          </button>
        ) : (
          <span className="w-5" />
        )}
        {project ? (
          <Link href={stackHref(project)} prefetch={false} className="min-w-0 flex-1 truncate font-mono normal-case hover:text-brand-dark">
            {label}
          </Link>
        ) : (
          <span className="flex-1">{label}</span>
        )}
        <span className="tabular-nums normal-case">
          {group.running}/{group.containers.length}
        </span>
      </div>
      {!collapsed && <ul role="list">{children}</ul>}
    </li>
  );
}
