"use client";

import clsx from "clsx";
import Link from "next/link";
import type { CSSProperties, MouseEvent } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { containerHref } from "@/lib/browser/paths/containers";
import { StatusIcon } from "@/components/containers/status-icon";
import { RowActions } from "@/components/containers/row-actions";
import { RowUsage } from "@/components/containers/stats/row-usage";
import { ShieldBadge } from "@/components/security/shield-badge";

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function ContainerRow({
  container,
  selected,
  onSelect,
  usage = false,
  style,
  starred = false,
  checked = false,
  selecting = false,
  onCheck,
}: {
  container: ContainerSummary;
  selected: boolean;
  onSelect: (container: ContainerSummary) => void;
  /** Show live CPU/memory (the sidebar's usage toggle); only running rows have any. */
  usage?: boolean;
  /** Its place in a virtualized list (virtual-rows.tsx). */
  style?: CSSProperties;
  starred?: boolean;
  /** Ticked for a bulk action. */
  checked?: boolean;
  /** Some row is ticked: every checkbox shows, not only on hover. */
  selecting?: boolean;
  /** The checkbox was clicked; `shift` extends a range from the last one clicked. */
  onCheck?: (container: ContainerSummary, shift: boolean) => void;
}) {
  return (
    <li className="group relative border-b border-line" style={style}>
      {onCheck && (
        <input
          type="checkbox"
          aria-label={`Select ${container.name}`}
          checked={checked}
          // The click, not the change, knows whether Shift was held.
          onChange={() => {}}
          onClick={(event) => onCheck(container, event.shiftKey)}
          className={clsx(
            "absolute top-1/2 left-1.5 z-10 size-3.5 -translate-y-1/2 accent-brand",
            checked || selecting ? "opacity-100" : "opacity-0 group-hover:opacity-100 focus-visible:opacity-100",
          )}
        />
      )}
      <Link
        href={containerHref(container.name)}
        // One prefetch per visible row would be a request storm on a busy host.
        prefetch={false}
        data-container-id={container.id}
        aria-current={selected ? "page" : undefined}
        onClick={(event) => {
          // Modified clicks keep their browser meaning (new tab, new window).
          if (!isPlainClick(event)) return;
          event.preventDefault();
          onSelect(container);
        }}
        className={clsx(
          "flex h-11 items-center gap-2.5 pr-2 pl-6 outline-offset-[-2px]",
          selected ? "bg-brand text-white" : "text-ink hover:bg-hover",
        )}
      >
        <StatusIcon state={container.state} status={container.status} inverted={selected} />
        <span className="min-w-0 flex-1 leading-tight">
          <span className="flex min-w-0 items-center gap-1 text-[13px] font-semibold" title={container.name}>
            <span className="truncate">{container.name}</span>
            {starred && (
              <span aria-label="starred" className={clsx("shrink-0 text-[11px]", selected ? "text-white" : "text-warning")}>
                ★
              </span>
            )}
          </span>
          <span className={clsx("flex min-w-0 gap-1.5 text-[11px]", selected ? "text-white" : "text-ink-muted")}>
            {usage && container.state === "running" && (
              <RowUsage id={container.id} name={container.name} selected={selected} />
            )}
            <span className="truncate" title={container.image}>
              {container.image}
            </span>
          </span>
        </span>
        <ShieldBadge id={container.id} inverted={selected} />
      </Link>
      <RowActions container={container} selected={selected} />
    </li>
  );
}
