"use client";

import { useState, type FormEvent } from "react";
import { useRegistrySearch } from "@/lib/browser/hooks/use-registry-search";
import { errorMessage } from "@/lib/browser/api/api-error";
import type { HubSearchResult } from "@/lib/shared/types/registries";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon, WarningIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { PullButton } from "./pull-button";
import { StarIcon } from "./registry-icons";

function formatStars(stars: number): string {
  return stars >= 1000 ? `${(stars / 1000).toFixed(stars >= 10_000 ? 0 : 1)}k` : String(stars);
}

/** Kitematic's image card: name, official badge, description, stars, one-click pull. */
function ResultCard({ result }: { result: HubSearchResult }) {
  return (
    <li aria-label={result.name} className="flex min-w-0 flex-col rounded border border-line bg-surface p-3">
      <div className="flex min-w-0 items-center gap-2">
        <span className="min-w-0 truncate font-mono text-[13px] font-semibold text-ink" title={result.name}>
          {result.name}
        </span>
        {result.official && <span className="shrink-0 rounded bg-brand-tint px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-brand-dark">Official</span>}
        {result.automated && <span className="shrink-0 rounded bg-hover px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-ink-muted">Automated</span>}
      </div>
      <p className="mt-1 line-clamp-2 min-h-[2.5em] text-[12px] text-ink-muted">{result.description || "No description."}</p>
      {/* Pinned to the card's bottom: cards in a row share a height, so their Pull buttons line up. */}
      <div className="mt-auto flex items-center justify-between gap-2 pt-2">
        <span className="inline-flex items-center gap-1 text-[12px] text-ink-muted" title={`${result.stars} stars`}>
          <StarIcon className="size-3.5 text-warning" />
          <span className="tabular-nums">{formatStars(result.stars)}</span>
          <span className="sr-only">stars</span>
        </span>
        <PullButton reference={result.name} />
      </div>
    </li>
  );
}

/** `docker search` through the engine. Without internet the engine cannot reach Hub, and this says so. */
export function HubSearch() {
  const [input, setInput] = useState("");
  const [term, setTerm] = useState("");
  const { results, error, isLoading } = useRegistrySearch(term);
  // Engine without internet: DNS fails at once (unreachable) or the engine waits until Berth gives up (timeout).
  const hubUnreachable = error?.code === "hub_unreachable" || error?.code === "hub_timeout";

  function submit(event: FormEvent) {
    event.preventDefault();
    setTerm(input.trim());
  }

  return (
    <div>
      <form role="search" onSubmit={submit} className="flex gap-2">
        <label className="relative min-w-0 flex-1">
          <span className="sr-only">Search Docker Hub</span>
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-ink-faint" />
          <input
            type="search"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder="Search Docker Hub, e.g. nginx"
            spellCheck={false}
            autoComplete="off"
            className="h-9 w-full rounded border border-line bg-surface pr-2 pl-8 text-[13px] outline-none focus:border-brand"
          />
        </label>
        <button type="submit" className="h-9 rounded bg-brand px-4 text-[13px] font-semibold text-white hover:bg-brand-deep">
          Search
        </button>
      </form>

      <div className="mt-4" aria-live="polite">
        {!term ? (
          <p className="text-[13px] text-ink-muted">
            The engine asks Docker Hub, as <span className="font-mono">docker search</span> does. Pick a result to pull it; the progress shows in the task centre.
          </p>
        ) : error ? (
          <div role="alert" className="rounded border border-warning/60 bg-warning-tint px-4 py-3">
            <p className="flex items-center gap-2 text-[13px] font-semibold text-warning-ink">
              <WarningIcon className="size-4 shrink-0" />
              {hubUnreachable ? "Docker Hub is not reachable" : "Search failed"}
            </p>
            <p className="mt-1 text-[13px] break-words text-ink">{errorMessage(error)}</p>
            {hubUnreachable && (
              <p className="mt-1 text-[12px] text-ink-muted">
                Search needs the engine to reach the internet. Registries you add on the left (e.g. one on 127.0.0.1:5000) can still be browsed and pulled from.
              </p>
            )}
          </div>
        ) : isLoading || !results ? (
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-3" aria-label="Searching">
            {[0, 1, 2].map((i) => (
              <li key={i}>
                <Skeleton className="h-24 w-full" />
              </li>
            ))}
          </ul>
        ) : results.length === 0 ? (
          <EmptyState title={`No images match "${term}"`} />
        ) : (
          <ul aria-label="Search results" className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-3">
            {results.map((r) => (
              <ResultCard key={r.name} result={r} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
