"use client";

import Link from "next/link";
import clsx from "clsx";
import { usePathname } from "next/navigation";
import { useDiskSummary } from "@/lib/browser/hooks/use-disk-summary";
import { formatBytes } from "@/lib/shared/format-bytes";
import type { DiskSummary } from "@/lib/shared/types/system";
import { useSession } from "@/lib/browser/hooks/use-session";

const PURPOSE = "Preview and remove exited containers, dangling images and volumes, unused networks, build cache";

/** "2 exited containers (1.2MB), 1 dangling volume (0B)": what the figure is made of, for the tooltip. */
function breakdown(summary: Extract<DiskSummary, { state: "measured" }>): string {
  const { containers, images, volumes, buildCache } = summary.reclaimable;
  const parts = [
    [containers, "exited container"],
    [images, "dangling image"],
    [volumes, "unused volume"],
    [buildCache, "build cache record"],
  ] as const;
  const listed = parts.filter(([k]) => k.count > 0).map(([k, noun]) => `${k.count} ${noun}${k.count === 1 ? "" : "s"} (${formatBytes(k.bytes)})`);
  return listed.length ? listed.join(", ") : "nothing to clean up";
}

/**
 * The header's way in to /cleanup, with the space one click would give back: the engine's disk summary, measured
 * on the server for every tab at once and pushed over socket.io (one `system df` per burst of engine events, not
 * one per tab per event).
 */
export function CleanupButton() {
  const summary = useDiskSummary();
  const active = usePathname() === "/cleanup";
  const measured = summary?.state === "measured" ? summary : undefined;
  const bytes = measured?.reclaimableBytes ?? 0;
  // Admins only clean up (the server refuses everyone else); the page itself stays readable by link.
  const { may } = useSession();
  if (!may("POST", "/api/cleanup")) return null;
  const title =
    summary?.state === "unavailable"
      ? `${PURPOSE}. ${summary.message}`
      : measured
        ? `${PURPOSE}. Now: ${breakdown(measured)}${measured.updating ? " (updating…)" : ""}`
        : PURPOSE;
  return (
    <Link
      href="/cleanup"
      aria-current={active ? "page" : undefined}
      title={title}
      aria-busy={measured?.updating || undefined}
      className={clsx(
        "flex h-7 shrink-0 items-center gap-1 whitespace-nowrap rounded border px-2 text-[12px] font-medium",
        active ? "border-brand bg-brand-tint text-brand-dark" : "border-line text-ink-muted hover:border-brand hover:text-brand-dark",
      )}
    >
      Clean up
      {bytes > 0 && <span className={clsx("hidden tabular-nums sm:inline", measured?.updating && "opacity-60")}> · {formatBytes(bytes)}</span>}
      {summary?.state === "unavailable" && (
        <span>
          {" "}
          · <span aria-hidden="true">—</span>
          <span className="sr-only">space unknown</span>
        </span>
      )}
    </Link>
  );
}
