import Link from "next/link";
import type { VolumeUser } from "@/lib/shared/types/volumes";
import { containerHref } from "@/lib/browser/paths/containers";

/** Who mounts the volume, running or not; "unused" marks a dangling volume. */
export function VolumeUsers({ users }: { users: VolumeUser[] }) {
  if (!users.length) return <span className="rounded bg-pane px-1.5 py-0.5 text-[11px] font-medium uppercase tracking-wide text-ink-faint">unused</span>;
  return (
    <ul className="space-y-0.5" aria-label="Used by">
      {users.map((u) => (
        <li key={u.id} className="flex min-w-0 items-center gap-1.5">
          <span aria-hidden className={u.state === "running" ? "size-1.5 shrink-0 rounded-full bg-running" : "size-1.5 shrink-0 rounded-full bg-ink-faint"} />
          <Link href={containerHref(u.name)} className="truncate text-brand-dark hover:underline" title={`${u.name} (${u.state}) at ${u.destination}`}>
            {u.name}
          </Link>
          <span className="shrink-0 text-[11px] text-ink-faint">{u.state}</span>
        </li>
      ))}
    </ul>
  );
}
