"use client";

import dynamic from "next/dynamic";
import { useSession } from "@/lib/browser/hooks/use-session";
import { rowButtonClass } from "@/components/ui/row-button";
import Link from "next/link";
import { useState } from "react";
import { useNetworks } from "@/lib/browser/hooks/use-networks";
import { errorMessage } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { buttonClass } from "@/components/ui/form-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";
import type { NetworkInfo } from "@/lib/shared/types/networks";
import { NetworkEndpoints } from "./network-endpoints";
import { NetworkModes } from "./network-modes";
import { networkRemoveRefusal } from "./network-remove-refusal";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { CardTable, Cell } from "@/components/ui/data-table";

import { networkHref } from "@/lib/browser/paths/networks";

// The dialog (its form schema, and zod with it) loads when it opens, not with the page.
const CreateNetworkDialog = dynamic(() => import("./create-network-dialog").then((m) => m.CreateNetworkDialog));
export { networkHref };

/** `docker network ls` with subnets and attached containers; live through engine events. */
export function NetworksScreen() {
  const { networks, error, mutate } = useNetworks();
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<NetworkInfo>();
  const { may } = useSession();
  const mayRemove = may("DELETE", "/api/networks/x");

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Networks</ScreenTitle>
        {networks && <span className="text-[13px] text-ink-muted">{networks.length}</span>}
        {may("POST", "/api/networks") && (
          <button type="button" className={`${buttonClass("primary")} ml-auto`} onClick={() => setCreating(true)}>
            + New network
          </button>
        )}
      </header>
      <div className="mt-3">
        <NetworkModes />
      </div>

      <div className="mt-4 rounded border border-line bg-surface">
        {error && !networks ? (
          <EmptyState title="Could not load networks" icon={<WarningIcon className="size-10 text-danger" />}>
            {errorMessage(error)}
          </EmptyState>
        ) : !networks ? (
          <div className="space-y-2 p-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        ) : (
          <CardTable className="text-[13px]" aria-label="Networks">
            <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-3 py-2">Name</th>
                <th className="px-3 py-2">Driver</th>
                <th className="px-3 py-2">Scope</th>
                <th className="px-3 py-2">Subnet</th>
                <th className="px-3 py-2">Gateway</th>
                <th className="px-3 py-2">Internal</th>
                <th className="px-3 py-2">Containers</th>
                <th className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {networks.map((n) => (
                <tr key={n.id} className="border-b border-line align-top last:border-0 hover:bg-hover">
                  <Cell className="max-w-64 px-3 py-2">
                    <Link href={networkHref(n.name)} className="block truncate max-sm:whitespace-normal max-sm:break-all font-mono font-medium text-ink hover:text-brand-dark" title={n.id}>
                      {n.name}
                    </Link>
                    {n.builtIn && <span className="text-[11px] text-ink-faint">built-in</span>}
                  </Cell>
                  <Cell label="Driver" className="px-3 py-2 text-ink-muted">{n.driver}</Cell>
                  <Cell label="Scope" className="px-3 py-2 text-ink-muted">{n.scope}</Cell>
                  <Cell label="Subnet" className="px-3 py-2 font-mono text-[12px]">{n.subnets.map((s) => s.subnet).join(", ") || <span className="text-ink-faint">—</span>}</Cell>
                  <Cell label="Gateway" className="px-3 py-2 font-mono text-[12px]">{n.subnets.map((s) => s.gateway).filter(Boolean).join(", ") || <span className="text-ink-faint">—</span>}</Cell>
                  <Cell label="Internal" className="px-3 py-2">{n.internal ? "yes" : <span className="text-ink-faint">no</span>}</Cell>
                  <Cell label="Containers" className="max-w-64 px-3 py-2"><NetworkEndpoints endpoints={n.containers} /></Cell>
                  <Cell className="px-3 py-2 text-right">
                    {mayRemove && <button
                      type="button"
                      aria-label={`Remove network ${n.name}`}
                      title={networkRemoveRefusal(n) ?? "Remove"}
                      // Built-in networks can never go; an attached one still opens the dialog, which says why.
                      disabled={n.builtIn}
                      className={rowButtonClass()}
                      onClick={() => setRemoving(n)}
                    >
                      Remove
                    </button>}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </CardTable>
        )}
      </div>
      {creating && <CreateNetworkDialog onClose={() => setCreating(false)} onCreated={() => void mutate()} />}
      {removing && (
        <ConfirmRemoveDialog
          what="network"
          name={removing.name}
          detail={networkRemoveRefusal(removing)}
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            await fetchJson(`/api/networks/${encodeURIComponent(removing.id)}`, { method: "DELETE" });
            await mutate();
          }}
        />
      )}
    </Screen>
  );
}
