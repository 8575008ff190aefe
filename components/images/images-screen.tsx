"use client";

import { useSession } from "@/lib/browser/hooks/use-session";
import { useMemo, useState } from "react";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useImagesList } from "@/lib/browser/hooks/use-images-list";
import { useNow } from "@/lib/browser/hooks/use-now";
import { filterRows, sortRows, toImageRows, type SortDir, type SortKey, type UsageFilter } from "@/lib/browser/images/image-rows";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon } from "@/components/ui/icons";
import { PullForm } from "./pull-form";
import { BuildActions } from "./build-actions";
import { ImagesTable } from "./images-table";
import { Screen, ScreenTitle } from "@/components/ui/screen";

type Show = "tagged" | "all" | "dangling";

const SELECT = "h-8 rounded border border-line bg-surface px-2 text-[13px] text-ink outline-none focus:border-brand";

/** `/images`: what `docker images` shows, with the containers using each image, kept live by engine events. */
export function ImagesScreen() {
  const [show, setShow] = useState<Show>("tagged");
  const [usage, setUsage] = useState<UsageFilter>("any");
  const [text, setText] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "created", dir: "desc" });
  const { may } = useSession();
  const { images, error, isLoading } = useImagesList({ all: show === "all", dangling: show === "dangling" });
  const { containers } = useContainers();
  const now = useNow();

  const usersByImage = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const c of containers ?? []) map.set(c.imageId, [...(map.get(c.imageId) ?? []), c.name]);
    return map;
  }, [containers]);

  const rows = useMemo(() => {
    if (!images) return undefined;
    return sortRows(filterRows(toImageRows(images, usersByImage), { usage, text }), sort.key, sort.dir);
  }, [images, usersByImage, usage, text, sort]);

  function onSort(key: SortKey) {
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: "desc" }));
  }

  return (
    <Screen className="space-y-3">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
        <ScreenTitle>Images</ScreenTitle>
        {images && (
          <p className="text-[13px] text-ink-muted">
            {images.length} {images.length === 1 ? "image" : "images"}
          </p>
        )}
        {may("POST", "/api/images/build") && <BuildActions />}
      </header>

      {may("POST", "/api/images/pull") && <PullForm />}

      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-48 flex-1">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-ink-faint" />
          <input
            type="search"
            aria-label="Filter images"
            placeholder="Filter by repository, tag, id or container"
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="h-8 w-full rounded border border-line bg-surface pr-2 pl-8 text-[13px] outline-none focus:border-brand"
          />
        </div>
        <select aria-label="Show" value={show} onChange={(e) => setShow(e.target.value as Show)} className={SELECT}>
          <option value="tagged">Top-level images</option>
          <option value="all">All, with intermediate layers</option>
          <option value="dangling">Dangling only</option>
        </select>
        <select aria-label="Usage" value={usage} onChange={(e) => setUsage(e.target.value as UsageFilter)} className={SELECT}>
          <option value="any">In use or not</option>
          <option value="in-use">In use</option>
          <option value="unused">Unused</option>
        </select>
      </div>

      <div className="overflow-hidden rounded border border-line bg-surface">
        {error ? (
          <EmptyState title="Could not load images">{error.message}</EmptyState>
        ) : !rows ? (
          <p className="px-3 py-6 text-center text-[13px] text-ink-muted">{isLoading ? "Loading images…" : ""}</p>
        ) : rows.length === 0 ? (
          <EmptyState title={images?.length ? "No image matches" : "No images"}>
            {images?.length ? "Change the filter to see more." : "Pull an image above to get started."}
          </EmptyState>
        ) : (
          <ImagesTable rows={rows} sort={sort} onSort={onSort} now={now} />
        )}
      </div>
    </Screen>
  );
}
