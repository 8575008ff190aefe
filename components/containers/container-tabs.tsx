"use client";

import clsx from "clsx";
import { useId, useRef, type KeyboardEvent } from "react";

import { CONTAINER_TABS, type ContainerTab } from "@/components/containers/container-tab-list";
import { useSession } from "@/lib/browser/hooks/use-session";
import { socketEventAccess } from "@/lib/shared/auth/access-table";

/** WAI-ARIA tabs: arrow keys move between them, the panel is labelled by its tab. */
export function useTabIds() {
  const base = useId();
  return (tab: ContainerTab) => ({ tab: `${base}-tab-${tab}`, panel: `${base}-panel-${tab}` });
}

export function ContainerTabs({
  value,
  onChange,
  ids,
}: {
  value: ContainerTab;
  onChange: (tab: ContainerTab) => void;
  ids: ReturnType<typeof useTabIds>;
}) {
  const refs = useRef<Partial<Record<ContainerTab, HTMLButtonElement | null>>>({});
  // The terminal is not offered to a role the server would refuse it (a viewer).
  const { can } = useSession();
  const terminal = can(socketEventAccess("exec:open") ?? "admin");
  const tabs = CONTAINER_TABS.filter((t) => t.id !== "terminal" || terminal);
  const TAB_IDS = tabs.map((t) => t.id);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const i = TAB_IDS.indexOf(value);
    const next = TAB_IDS[(i + (event.key === "ArrowRight" ? 1 : -1) + TAB_IDS.length) % TAB_IDS.length];
    if (!next) return;
    onChange(next);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label="Container views" className="flex gap-5 overflow-x-auto" onKeyDown={onKeyDown}>
      {tabs.map(({ id: tab, label }) => {
        const selected = tab === value;
        return (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={ids(tab).tab}
            aria-selected={selected}
            aria-controls={ids(tab).panel}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab)}
            className={clsx(
              "-mb-px shrink-0 border-b-2 px-0.5 pt-1 pb-2 text-[13px] font-medium transition-colors",
              selected ? "border-brand text-ink" : "border-transparent text-ink-muted hover:text-ink",
            )}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
