"use client";

/** A one-time setup link, shown once right after it was made: Berth keeps only its hash. */
export function SetupLink({ name, path }: { name: string; path: string }) {
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  return (
    <div role="status" aria-label={`Setup link for ${name}`} className="mt-2 rounded border border-line bg-pane p-2 text-[12px]">
      <p className="text-ink-muted">
        Send this one-time link to {name} (it works once, for a day, and is not shown again):
      </p>
      <code className="mt-1 block break-all font-mono text-ink">{url}</code>
    </div>
  );
}
