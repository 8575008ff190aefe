"use client";

import clsx from "clsx";
import type { RegistryInfo } from "@/lib/shared/types/registries";
import { HubIcon, RegistryIcon } from "./registry-icons";

/** The sidebar's rows: Docker Hub, then the added registries, selected one filled in brand blue. */
export function RegistryList({ registries, selectedId, onSelect }: { registries: RegistryInfo[]; selectedId: string; onSelect: (id: string) => void }) {
  return (
    <nav aria-label="Registries" className="border-t border-line">
      <ul>
        {registries.map((r) => {
          const selected = r.id === selectedId;
          return (
            <li key={r.id} className="border-b border-line">
              <button
                type="button"
                aria-current={selected ? "page" : undefined}
                onClick={() => onSelect(r.id)}
                className={clsx("flex w-full items-center gap-2.5 px-3 py-2 text-left outline-offset-[-2px]", selected ? "bg-brand text-white" : "text-ink hover:bg-hover")}
              >
                {r.kind === "hub" ? <HubIcon className={clsx("size-5 shrink-0", !selected && "text-brand")} /> : <RegistryIcon className={clsx("size-5 shrink-0", !selected && "text-ink-muted")} />}
                <span className="min-w-0 flex-1 leading-tight">
                  <span className="block truncate text-[13px] font-semibold">{r.name}</span>
                  <span className={clsx("block truncate text-[11px]", selected ? "text-white" : "text-ink-muted")}>
                    {r.kind === "hub" ? "search" : r.name === r.address ? "registry v2" : r.address}
                    {r.loggedInAs && ` · ${r.loggedInAs}`}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
