"use client";

import clsx from "clsx";
import { useState } from "react";
import { useRegistryCatalog } from "@/lib/browser/hooks/use-registry-catalog";
import { useRegistryTags } from "@/lib/browser/hooks/use-registry-tags";
import { errorMessage, type ApiError } from "@/lib/browser/api/api-error";
import type { RegistryInfo } from "@/lib/shared/types/registries";
import { EmptyState } from "@/components/ui/empty-state";
import { WarningIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { buttonClass } from "@/components/ui/form-controls";
import { PullButton } from "./pull-button";

function problemTitle(code: string): string {
  if (code === "registry_unauthorized") return "Login required";
  if (code === "registry_unreachable" || code === "registry_timeout") return "Registry not reachable";
  // The registry pointed Berth somewhere it does not go (another origin, Berth itself, loopback, a login over http).
  if (code === "registry_address_refused") return "Refused by Berth";
  return "Could not read the registry";
}

/** A registry's refusal or failure, in words, with the way out (log in) when there is one. */
function RegistryProblem({ error, onLogin }: { error: ApiError; onLogin: () => void }) {
  const needsLogin = error.code === "registry_unauthorized";
  return (
    <div role="alert" className="rounded border border-danger/40 bg-danger/5 px-4 py-3">
      <p className="flex items-center gap-2 text-[13px] font-semibold text-danger-ink">
        <WarningIcon className="size-4 shrink-0" />
        {problemTitle(error.code)}
      </p>
      <p className="mt-1 text-[13px] break-words text-ink">{errorMessage(error)}</p>
      {needsLogin && (
        <button type="button" className={clsx(buttonClass("primary"), "mt-2")} onClick={onLogin}>
          Log in…
        </button>
      )}
    </div>
  );
}

function Tags({ registry, repository, onLogin }: { registry: RegistryInfo; repository: string; onLogin: () => void }) {
  const { tags, error, isLoading } = useRegistryTags(registry.id, repository, registry.loggedInAs);
  return (
    <section aria-label={`Tags of ${repository}`} className="min-w-0 flex-1">
      <h3 className="truncate font-mono text-[14px] font-semibold text-ink" title={`${registry.address}/${repository}`}>
        <span className="text-ink-muted">{registry.address}/</span>
        {repository}
      </h3>
      <div className="mt-3">
        {error ? (
          <RegistryProblem error={error} onLogin={onLogin} />
        ) : isLoading || !tags ? (
          <Skeleton className="h-9 w-full" />
        ) : tags.length === 0 ? (
          <EmptyState title="No tags">Every tag of this repository was deleted.</EmptyState>
        ) : (
          <ul aria-label="Tags" className="divide-y divide-line rounded border border-line bg-surface">
            {tags.map((tag) => (
              <li key={tag} aria-label={tag} className="flex min-h-11 items-center gap-3 px-3 py-1.5">
                <span className="min-w-0 flex-1 truncate font-mono text-[13px] text-ink">{tag}</span>
                <PullButton reference={`${registry.address}/${repository}:${tag}`} className="max-w-[70%] justify-end" />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** Repositories (`/v2/_catalog`, a page at a time) on the left, the selected one's tags on the right. */
export function V2Browser({ registry, onLogin }: { registry: RegistryInfo; onLogin: () => void }) {
  const { repositories, error, isLoading, hasMore, loadingMore, loadMore } = useRegistryCatalog(registry.id, registry.loggedInAs);
  const [selected, setSelected] = useState<string>();

  if (error && !repositories?.length) return <RegistryProblem error={error} onLogin={onLogin} />;
  if (isLoading || !repositories) {
    return (
      <div className="space-y-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-8 w-64" />
      </div>
    );
  }
  if (repositories.length === 0) {
    return <EmptyState title="No repositories yet">Push an image to {registry.address} and it shows up here.</EmptyState>;
  }
  const current = selected && repositories.includes(selected) ? selected : undefined;
  return (
    <div className="flex min-w-0 gap-5">
      <nav aria-label="Repositories" className="w-64 shrink-0">
        <ul className="overflow-hidden rounded border border-line bg-surface">
          {repositories.map((repo) => (
            <li key={repo} className="border-b border-line last:border-0">
              <button
                type="button"
                aria-current={repo === current ? "true" : undefined}
                onClick={() => setSelected(repo)}
                className={clsx(
                  "block w-full truncate px-3 py-2 text-left font-mono text-[13px] outline-offset-[-2px]",
                  repo === current ? "bg-brand text-white" : "text-ink hover:bg-hover",
                )}
                title={repo}
              >
                {repo}
              </button>
            </li>
          ))}
        </ul>
        {hasMore && (
          <button type="button" className={clsx(buttonClass("secondary"), "mt-2 w-full")} disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? "Loading…" : "Load more"}
          </button>
        )}
      </nav>
      {current ? (
        <Tags registry={registry} repository={current} onLogin={onLogin} />
      ) : (
        <p className="pt-2 text-[13px] text-ink-muted">Pick a repository to see its tags.</p>
      )}
    </div>
  );
}
