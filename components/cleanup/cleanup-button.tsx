"use client";

import Link from "next/link";
import clsx from "clsx";
import { usePathname } from "next/navigation";
import { useCleanup } from "@/lib/browser/hooks/use-cleanup";
import { formatBytes } from "@/lib/shared/format-bytes";

/**
 * The header's way in to /cleanup, with the space one click would give back (the default preview: one
 * `system df` and two lists, revalidated by engine events, shared with the cleanup screen's cache).
 */
export function CleanupButton() {
  const { preview } = useCleanup();
  const active = usePathname() === "/cleanup";
  const bytes = preview?.reclaimableBytes ?? 0;
  return (
    <Link
      href="/cleanup"
      aria-current={active ? "page" : undefined}
      title="Preview and remove exited containers, dangling images and volumes, unused networks, build cache"
      className={clsx(
        "flex h-7 shrink-0 items-center gap-1 whitespace-nowrap rounded border px-2 text-[12px] font-medium",
        active ? "border-brand bg-brand-tint text-brand-dark" : "border-line text-ink-muted hover:border-brand hover:text-brand",
      )}
    >
      Clean up{bytes > 0 && <span className="tabular-nums"> · {formatBytes(bytes)}</span>}
    </Link>
  );
}
