"use client";

import { useMemo, useState } from "react";
import { useImages } from "@/lib/browser/hooks/use-images";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatBytes } from "@/lib/shared/format-bytes";
import { inputClass } from "@/components/ui/form-controls";
import { Spinner } from "@/components/ui/spinner";

/** Step one: a local image, found by typing part of its name. */
export function ImagePicker({ onPick }: { onPick: (ref: string) => void }) {
  const { images, error } = useImages();
  const [query, setQuery] = useState("");
  const refs = useMemo(
    () => (images ?? []).flatMap((img) => (img.tags.length ? img.tags : [img.id]).map((ref) => ({ ref, img }))),
    [images],
  );
  const q = query.trim().toLowerCase();
  const visible = refs.filter((r) => r.ref.toLowerCase().includes(q));
  const exact = refs.some((r) => r.ref === query.trim());

  return (
    <section aria-labelledby="pick-image" className="rounded border border-line bg-surface">
      <header className="border-b border-line px-4 py-2.5">
        <h2 id="pick-image" className="text-[15px] font-semibold text-ink">
          Pick an image
        </h2>
        <p className="text-[12px] text-ink-muted">Images on this engine. Berth never pulls one by itself.</p>
      </header>
      <div className="px-4 py-3">
        <input
          type="search"
          aria-label="Search images"
          placeholder="Search local images…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && query.trim()) onPick(visible[0]?.ref ?? query.trim());
          }}
          className={inputClass}
          autoFocus
        />
      </div>
      {error && <p className="px-4 pb-3 text-[13px] text-danger-ink">{errorMessage(error)}</p>}
      {!images && !error && (
        <div className="flex items-center gap-2 px-4 pb-3 text-[13px] text-ink-muted">
          <Spinner className="size-4" /> Loading images…
        </div>
      )}
      {images && (
        <ul aria-label="Local images" className="max-h-[50vh] overflow-y-auto border-t border-line">
          {visible.map(({ ref, img }) => (
            <li key={ref} className="border-b border-line last:border-b-0">
              <button
                type="button"
                onClick={() => onPick(ref)}
                aria-label={ref}
                className="flex w-full items-center gap-3 px-4 py-2 text-left hover:bg-brand-tint focus-visible:bg-brand-tint"
              >
                <span className="min-w-0 flex-1 truncate font-mono text-[13px] text-ink">{ref}</span>
                <span className="shrink-0 text-[12px] text-ink-muted tabular-nums">{formatBytes(img.size, { digits: 3 })}</span>
                <span className="shrink-0 text-[12px] font-semibold uppercase text-brand-dark">Use</span>
              </button>
            </li>
          ))}
          {visible.length === 0 && <li className="px-4 py-3 text-[13px] text-ink-muted">No local image matches “{query}”.</li>}
        </ul>
      )}
      {q && !exact && (
        <div className="border-t border-line px-4 py-2">
          <button type="button" onClick={() => onPick(query.trim())} className="text-[13px] font-medium text-brand-dark hover:underline">
            Use “{query.trim()}” as typed
          </button>
        </div>
      )}
    </section>
  );
}
