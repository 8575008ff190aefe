"use client";

import { TableScroll } from "@/components/ui/data-table";

import { rowButtonClass } from "@/components/ui/row-button";
import { DetailScreen } from "@/components/ui/screen";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useNetwork } from "@/lib/browser/hooks/use-network";
import { errorMessage, isNotFound } from "@/lib/browser/api/api-error";
import { containerHref } from "@/lib/browser/paths/containers";
import { fetchJson, postJson } from "@/lib/browser/api/fetch-json";
import { parseEngineTime } from "@/lib/browser/format-date";
import { Card, Field, Muted } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorToast } from "@/components/ui/toast";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { buttonClass } from "@/components/ui/form-controls";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";
import { networkRemoveRefusal } from "./network-remove-refusal";
import { LabelsList } from "@/components/ui/labels-list";
import { ConnectContainerForm } from "./connect-container-form";

/** `docker network inspect` with connect / disconnect and remove. */
export function NetworkDetailScreen({ idOrName }: { idOrName: string }) {
  const router = useRouter();
  const { network, error, mutate } = useNetwork(idOrName);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();

  if (error && (!network || isNotFound(error))) {
    return (
      <Shell title={idOrName}>
        <EmptyState title={isNotFound(error) ? "Network not found" : "Could not load this network"} icon={<WarningIcon className="size-10 text-danger" />}>
          {isNotFound(error) ? "It may have been removed." : errorMessage(error)}{" "}
          <Link href="/networks" className="text-brand-dark hover:underline">Back to networks</Link>
        </EmptyState>
      </Shell>
    );
  }
  if (!network) {
    return (
      <Shell title={idOrName}>
        <Skeleton className="h-40 w-full" />
      </Shell>
    );
  }

  const disconnect = async (container: string) => {
    setBusy(container);
    setFailure(undefined);
    try {
      await postJson(`/api/networks/${encodeURIComponent(network.id)}/disconnect`, { container });
      await mutate();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  };

  const created = parseEngineTime(network.createdAt);
  const refusal = networkRemoveRefusal(network);

  return (
    <Shell
      title={network.name}
      subtitle={network.id.slice(0, 12)}
      action={
        <button type="button" className={buttonClass("danger")} disabled={network.builtIn} title={refusal} onClick={() => setRemoving(true)}>
          Remove
        </button>
      }
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Details">
          <dl>
            <Field label="Driver">{network.driver}</Field>
            <Field label="Scope">{network.scope}</Field>
            <Field label="Subnet"><span className="font-mono">{network.subnets.map((s) => s.subnet).join(", ") || "—"}</span></Field>
            <Field label="Gateway"><span className="font-mono">{network.subnets.map((s) => s.gateway).filter(Boolean).join(", ") || "—"}</span></Field>
            <Field label="Internal">{network.internal ? "yes" : "no"}</Field>
            <Field label="Attachable">{network.attachable ? "yes" : "no"}</Field>
            <Field label="Created">{created ? <DateTime date={created} /> : <Muted>unknown</Muted>}</Field>
            <Field label="Labels"><LabelsList labels={network.labels} empty="none" /></Field>
            <Field label="Options"><LabelsList labels={network.options} empty="none" /></Field>
          </dl>
          {network.builtIn && <p className="mt-2 text-[12px] text-ink-muted">Built-in network: managed by the engine.</p>}
        </Card>
        <Card title="Containers">
          {network.containers.length === 0 ? (
            <p className="text-ink-faint">No containers attached.</p>
          ) : (
            <TableScroll>
            <table className="w-full text-left text-[13px]" aria-label="Attached containers">
              <thead className="text-[11px] uppercase tracking-wide text-ink-muted">
                <tr>
                  <th className="py-1 pr-2 font-semibold">Container</th>
                  <th className="py-1 pr-2 font-semibold">IPv4</th>
                  <th className="py-1 pr-2 font-semibold">Aliases</th>
                  <th className="py-1"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {network.containers.map((c) => (
                  <tr key={c.id} className="border-t border-line">
                    <td className="max-w-48 truncate py-1.5 pr-2">
                      <Link href={containerHref(c.name)} className="text-brand-dark hover:underline">{c.name}</Link>
                      {c.state && c.state !== "running" && <span className="ml-1 text-[11px] text-ink-faint">{c.state}</span>}
                    </td>
                    <td className="py-1.5 pr-2 font-mono text-[12px]">{c.ipv4 ?? "—"}</td>
                    <td className="py-1.5 pr-2 font-mono text-[12px]">{c.aliases.join(", ") || "—"}</td>
                    <td className="py-1.5 text-right">
                      {network.name !== "host" && network.name !== "none" && (
                        <button
                          type="button"
                          aria-label={`Disconnect ${c.name}`}
                          disabled={busy === c.name}
                          onClick={() => void disconnect(c.name)}
                          className={rowButtonClass()}
                        >
                          {busy === c.name ? "…" : "Disconnect"}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {network.name !== "host" && network.name !== "none" && (
            <div className="mt-3 border-t border-line pt-3">
              <ConnectContainerForm network={network} onDone={() => void mutate()} />
            </div>
          )}
        </Card>
      </div>
      <Card title="Inspect" className="mt-4">
        <pre className="max-h-96 overflow-auto rounded bg-panel p-3 font-mono text-[12px] leading-relaxed text-white">{JSON.stringify(network.raw, null, 2)}</pre>
      </Card>
      {failure && <ErrorToast title="Disconnect failed" message={failure} onDismiss={() => setFailure(undefined)} />}
      {removing && (
        <ConfirmRemoveDialog
          what="network"
          name={network.name}
          detail={refusal}
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await fetchJson(`/api/networks/${encodeURIComponent(network.id)}`, { method: "DELETE" });
            router.push("/networks");
          }}
        />
      )}
    </Shell>
  );
}

function Shell({ title, subtitle, action, children }: { title: string; subtitle?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <DetailScreen parent={{ href: "/networks", label: "Networks" }} title={title} subtitle={subtitle} action={action}>
      {children}
    </DetailScreen>
  );
}
