"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import type { DiffNode } from "@/lib/browser/files/files-tree";
import { archiveUrl } from "@/lib/browser/paths/files";
import { ChangeBadge } from "./change-badge";

interface Props {
  nodes: DiffNode[];
  containerRef: string;
  collapsed: ReadonlySet<string>;
  onToggle: (path: string) => void;
}

/** `docker diff` as nested folders; each entry can be downloaded unless it was deleted. */
export function DiffTree({ nodes, containerRef, collapsed, onToggle }: Props) {
  return (
    <ul aria-label="Changed paths" className="font-mono text-xs">
      {nodes.map((n) => (
        <DiffRow key={n.path} node={n} depth={0} containerRef={containerRef} collapsed={collapsed} onToggle={onToggle} />
      ))}
    </ul>
  );
}

function DiffRow({ node, depth, containerRef, collapsed, onToggle }: Omit<Props, "nodes"> & { node: DiffNode; depth: number }) {
  const isFolder = node.children.length > 0;
  const open = isFolder && !collapsed.has(node.path);
  return (
    <li>
      <div
        className="group flex min-h-7 items-center gap-1.5 rounded-sm pr-1 hover:bg-hover"
        style={{ paddingLeft: `${depth * 16 + 4}px` }}
        title={node.path}
      >
        {isFolder ? (
          <button
            type="button"
            aria-expanded={open}
            aria-label={node.path}
            onClick={() => onToggle(node.path)}
            className="flex size-4 shrink-0 items-center justify-center rounded-sm text-ink-faint hover:text-ink"
          >
            <svg viewBox="0 0 12 12" aria-hidden="true" className={clsx("size-3 transition-transform", open && "rotate-90")}>
              <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
        ) : (
          <span className="size-4 shrink-0" />
        )}
        {node.kind ? <ChangeBadge kind={node.kind} /> : <span className="size-4 shrink-0" />}
        <span className={clsx("min-w-0 flex-1 truncate", node.kind === "deleted" && "text-ink-muted line-through")}>
          {node.name}
          {isFolder && "/"}
        </span>
        {node.kind !== "deleted" && (
          <span className="flex shrink-0 gap-1 font-sans opacity-70 group-focus-within:opacity-100 group-hover:opacity-100">
            {isFolder ? (
              <DownloadLink href={archiveUrl(containerRef, node.path, "tar")} label={`Download ${node.path} as .tar`}>
                .tar
              </DownloadLink>
            ) : (
              <>
                <DownloadLink href={archiveUrl(containerRef, node.path)} label={`Download ${node.path}`}>
                  Download
                </DownloadLink>
                <DownloadLink href={archiveUrl(containerRef, node.path, "tar")} label={`Download ${node.path} as .tar`}>
                  .tar
                </DownloadLink>
              </>
            )}
          </span>
        )}
      </div>
      {open && (
        <ul>
          {node.children.map((c) => (
            <DiffRow key={c.path} node={c} depth={depth + 1} containerRef={containerRef} collapsed={collapsed} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function DownloadLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <a
      href={href}
      download
      aria-label={label}
      className="rounded px-1.5 py-0.5 text-[11px] font-medium text-brand-dark hover:bg-brand-tint"
    >
      {children}
    </a>
  );
}
