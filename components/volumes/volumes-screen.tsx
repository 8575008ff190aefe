"use client";

import dynamic from "next/dynamic";
import { useSession } from "@/lib/browser/hooks/use-session";
import { rowButtonClass } from "@/components/ui/row-button";
import Link from "next/link";
import { useState } from "react";
import { useVolumes } from "@/lib/browser/hooks/use-volumes";
import { errorMessage } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { volumePath } from "@/lib/browser/paths/volumes";
import { formatRelative, parseEngineTime } from "@/lib/browser/format-date";
import { formatBytes } from "@/lib/shared/format-bytes";
import { buttonClass, Checkbox } from "@/components/ui/form-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import type { VolumeInfo } from "@/lib/shared/types/volumes";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";
import { LabelsList } from "@/components/ui/labels-list";
import { VolumeUsers } from "./volume-users";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { CardTable, Cell } from "@/components/ui/data-table";

import { volumeHref } from "@/lib/browser/paths/volumes";

// The dialog (its form schema, and zod with it) loads when it opens, not with the page.
const CreateVolumeDialog = dynamic(() => import("./create-volume-dialog").then((m) => m.CreateVolumeDialog));
export { volumeHref };

/** `docker volume ls` with who uses each volume; live through engine events. */
export function VolumesScreen() {
  const [sizes, setSizes] = useState(false);
  const [danglingOnly, setDanglingOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<VolumeInfo>();
  const { volumes, error, isLoading, mutate } = useVolumes({ sizes });
  const { may } = useSession();
  const mayCreate = may("POST", "/api/volumes");
  const mayRemove = may("DELETE", "/api/volumes/x");

  const shown = (volumes ?? []).filter((v) => !danglingOnly || v.users.length === 0);

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Volumes</ScreenTitle>
        {volumes && <span className="text-[13px] text-ink-muted">{shown.length} of {volumes.length}</span>}
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <Checkbox label="Dangling only" checked={danglingOnly} onChange={setDanglingOnly} />
          <button type="button" className={buttonClass("secondary")} onClick={() => setSizes((s) => !s)} aria-pressed={sizes}>
            {sizes ? (isLoading ? "Measuring…" : "Hide sizes") : "Show sizes"}
          </button>
          {mayCreate && (
            <button type="button" className={buttonClass("primary")} onClick={() => setCreating(true)}>
              + New volume
            </button>
          )}
        </div>
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        Named storage that outlives containers. A dangling volume is used by no container, running or stopped.
        {sizes && " Sizes come from the engine (docker system df -v); drivers that cannot tell show —."}
      </p>

      <div className="mt-4 rounded border border-line bg-surface">
        {error && !volumes ? (
          <EmptyState title="Could not load volumes" icon={<WarningIcon className="size-10 text-danger" />}>
            {errorMessage(error)}
          </EmptyState>
        ) : !volumes ? (
          <div className="space-y-2 p-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        ) : shown.length === 0 ? (
          <EmptyState title={danglingOnly ? "No dangling volumes" : "No volumes yet"}>
            {danglingOnly ? "Every volume is used by a container." : "Create one here or let docker run -v make one."}
          </EmptyState>
        ) : (
          <CardTable className="text-[13px]" aria-label="Volumes">
            <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-3 py-2">Name</th>
                <th className="px-3 py-2">Driver</th>
                <th className="px-3 py-2">Mountpoint</th>
                {sizes && <th className="px-3 py-2 text-right">Size</th>}
                <th className="px-3 py-2">Created</th>
                <th className="px-3 py-2">Labels</th>
                <th className="px-3 py-2">Used by</th>
                <th className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((v) => {
                const created = parseEngineTime(v.createdAt);
                return (
                  <tr key={v.name} className="border-b border-line align-top last:border-0 hover:bg-hover">
                    <Cell className="max-w-64 px-3 py-2">
                      <Link href={volumeHref(v.name)} className="block truncate max-sm:whitespace-normal max-sm:break-all font-mono font-medium text-ink hover:text-brand-dark" title={v.name}>
                        {v.name}
                      </Link>
                    </Cell>
                    <Cell label="Driver" className="px-3 py-2 text-ink-muted">{v.driver}</Cell>
                    <Cell label="Mountpoint" className="max-w-72 px-3 py-2">
                      <span className="block truncate max-sm:whitespace-normal font-mono text-[12px] text-ink-muted" title={v.mountpoint}>{v.mountpoint}</span>
                    </Cell>
                    {sizes && <Cell label="Size" className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{v.size === undefined ? <span className="text-ink-faint">—</span> : formatBytes(v.size)}</Cell>}
                    <Cell label="Created" className="whitespace-nowrap px-3 py-2 text-ink-muted" title={v.createdAt}>{created ? formatRelative(created) : "—"}</Cell>
                    <Cell label="Labels" className="max-w-64 px-3 py-2"><LabelsList labels={v.labels} /></Cell>
                    <Cell label="Used by" className="max-w-56 px-3 py-2"><VolumeUsers users={v.users} /></Cell>
                    <Cell className="px-3 py-2 text-right">
                      {mayRemove && <button
                        type="button"
                        aria-label={`Remove volume ${v.name}`}
                        title={v.users.length ? "In use: remove its containers first" : "Remove"}
                        className={rowButtonClass()}
                        onClick={() => setRemoving(v)}
                      >
                        Remove
                      </button>}
                    </Cell>
                  </tr>
                );
              })}
            </tbody>
          </CardTable>
        )}
      </div>
      {creating && <CreateVolumeDialog onClose={() => setCreating(false)} onCreated={() => void mutate()} />}
      {removing && (
        <ConfirmRemoveDialog
          what="volume"
          name={removing.name}
          detail={
            removing.users.length
              ? `In use by ${removing.users.map((u) => u.name).join(", ")}: the engine will refuse until they are removed.`
              : "Its data is deleted. This cannot be undone."
          }
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            await fetchJson(volumePath(removing.name), { method: "DELETE" });
            await mutate();
          }}
        />
      )}
    </Screen>
  );
}
