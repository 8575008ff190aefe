"use client";

import { useSession } from "@/lib/browser/hooks/use-session";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useRegistries } from "@/lib/browser/hooks/use-registries";
import { errorMessage } from "@/lib/browser/api/api-error";
import { registryHref } from "@/lib/browser/paths/registries";
import { DOCKER_HUB_ID } from "@/lib/shared/types/registries";
import { EmptyState } from "@/components/ui/empty-state";
import { WarningIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { AddRegistryForm } from "./add-registry-form";
import { RegistryList } from "./registry-list";
import { RegistryPane } from "./registry-pane";

/** Docker Hub and the user's v2 registries on the left; the selected one (`?registry=`) on the right. */
export function RegistriesScreen({ initialId }: { initialId?: string }) {
  const router = useRouter();
  const { registries, error, mutate } = useRegistries();
  const mayAdd = useSession().may("POST", "/api/registries");
  const [selectedId, setSelectedId] = useState(initialId ?? DOCKER_HUB_ID);
  const selected = registries?.find((r) => r.id === selectedId) ?? registries?.[0];

  function select(id: string) {
    setSelectedId(id);
    // The URL names the registry so a reload or a shared link opens it; no navigation, no refetch.
    router.replace(registryHref(id), { scroll: false });
  }

  return (
    // On a phone the list is a section above the selected registry and the two scroll as one page; from 640 px
    // the list is a sidebar.
    <div className="flex min-h-0 min-w-0 flex-1 max-sm:flex-col max-sm:overflow-y-auto">
      <aside className="flex w-[260px] shrink-0 flex-col border-r border-line bg-surface max-sm:w-full max-sm:border-r-0 max-sm:border-b">
        <div className="flex h-12 shrink-0 items-center px-4">
          <h2 className="text-[15px] font-semibold text-ink">Registries</h2>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto">
          {registries ? (
            <RegistryList registries={registries} selectedId={selected?.id ?? ""} onSelect={select} />
          ) : error ? (
            <p role="alert" className="px-4 text-[13px] text-danger-ink">{errorMessage(error)}</p>
          ) : (
            <div className="space-y-2 px-4">
              <Skeleton className="h-9 w-full" />
              <Skeleton className="h-9 w-full" />
            </div>
          )}
        </div>
        {mayAdd && <AddRegistryForm
          onAdded={(registry) => {
            void mutate((current) => ({ registries: [...(current?.registries ?? []), registry] }), { revalidate: true });
            select(registry.id);
          }}
        />}
      </aside>
      {selected ? (
        <RegistryPane
          key={selected.id}
          registry={selected}
          onChanged={() => void mutate()}
          onRemoved={() => {
            select(DOCKER_HUB_ID);
            void mutate();
          }}
        />
      ) : (
        <div className="min-w-0 flex-1 bg-pane">
          {error ? (
            <EmptyState title="Could not load the registries" icon={<WarningIcon className="size-10 text-danger" />}>
              {errorMessage(error)}
            </EmptyState>
          ) : null}
        </div>
      )}
    </div>
  );
}
