import Link from "next/link";
import type { NetworkEndpoint } from "@/lib/shared/types/networks";
import { containerHref } from "@/lib/browser/paths/containers";

/** Attached containers with their addresses, compact for the list. */
export function NetworkEndpoints({ endpoints }: { endpoints: NetworkEndpoint[] }) {
  if (!endpoints.length) return <span className="text-ink-faint">none</span>;
  return (
    <ul className="space-y-0.5" aria-label="Attached containers">
      {endpoints.map((e) => (
        <li key={e.id} className="flex min-w-0 items-baseline gap-1.5">
          <Link href={containerHref(e.name)} className="truncate text-brand-dark hover:underline" title={e.name}>
            {e.name}
          </Link>
          <span className="shrink-0 font-mono text-[11px] text-ink-muted">{e.ipv4 ?? (e.state && e.state !== "running" ? e.state : "")}</span>
        </li>
      ))}
    </ul>
  );
}
