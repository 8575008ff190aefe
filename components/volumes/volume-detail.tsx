"use client";

import { DetailScreen } from "@/components/ui/screen";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useVolume } from "@/lib/browser/hooks/use-volume";
import { errorMessage, isNotFound } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { volumePath } from "@/lib/browser/paths/volumes";
import { parseEngineTime } from "@/lib/browser/format-date";
import { Card, Field, Muted } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { buttonClass } from "@/components/ui/form-controls";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";
import { LabelsList } from "@/components/ui/labels-list";
import { VolumeUsers } from "./volume-users";
import { VolumeFiles } from "./volume-files";

/** `docker volume inspect` with its users, and remove. */
export function VolumeDetailScreen({ name }: { name: string }) {
  const router = useRouter();
  const { volume, error } = useVolume(name);
  const [removing, setRemoving] = useState(false);

  if (error && (!volume || isNotFound(error))) {
    return (
      <Shell name={name}>
        <EmptyState title={isNotFound(error) ? "Volume not found" : "Could not load this volume"} icon={<WarningIcon className="size-10 text-danger" />}>
          {isNotFound(error) ? "It may have been removed." : errorMessage(error)}{" "}
          <Link href="/volumes" className="text-brand-dark hover:underline">Back to volumes</Link>
        </EmptyState>
      </Shell>
    );
  }
  if (!volume) {
    return (
      <Shell name={name}>
        <Skeleton className="h-40 w-full" />
      </Shell>
    );
  }

  const created = parseEngineTime(volume.createdAt);
  return (
    <Shell
      name={name}
      action={
        <button type="button" className={buttonClass("danger")} onClick={() => setRemoving(true)}>
          Remove
        </button>
      }
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Details">
          <dl>
            <Field label="Driver">{volume.driver}</Field>
            <Field label="Scope">{volume.scope}</Field>
            <Field label="Mountpoint"><span className="font-mono text-[12px]">{volume.mountpoint}</span></Field>
            <Field label="Created">{created ? <DateTime date={created} /> : <Muted>unknown</Muted>}</Field>
            <Field label="Options"><LabelsList labels={volume.options} empty="none" /></Field>
            <Field label="Labels"><LabelsList labels={volume.labels} empty="none" /></Field>
          </dl>
        </Card>
        <Card title="Used by">
          <VolumeUsers users={volume.users} />
          {volume.users.length > 0 && (
            <p className="mt-2 text-[12px] text-ink-muted">Mounted at {[...new Set(volume.users.map((u) => u.destination))].join(", ")}</p>
          )}
        </Card>
      </div>
      <div className="mt-4">
        <VolumeFiles volume={volume.name} />
      </div>
      <Card title="Inspect" className="mt-4">
        <pre className="max-h-96 overflow-auto rounded bg-panel p-3 font-mono text-[12px] leading-relaxed text-white">{JSON.stringify(volume.raw, null, 2)}</pre>
      </Card>
      {removing && (
        <ConfirmRemoveDialog
          what="volume"
          name={volume.name}
          detail={volume.users.length ? `In use by ${volume.users.map((u) => u.name).join(", ")}: the engine will refuse until they are removed.` : "Its data is deleted. This cannot be undone."}
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await fetchJson(volumePath(volume.name), { method: "DELETE" });
            router.push("/volumes");
          }}
        />
      )}
    </Shell>
  );
}

function Shell({ name, action, children }: { name: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <DetailScreen parent={{ href: "/volumes", label: "Volumes" }} title={name} action={action}>
      {children}
    </DetailScreen>
  );
}
