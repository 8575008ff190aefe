import type { ContainerDetail } from "@/lib/shared/types/engine";
import { Card, Muted } from "@/components/ui/card";

export function MountsCard({ container }: { container: ContainerDetail }) {
  const mounts = [...container.mounts].sort((a, b) => a.destination.localeCompare(b.destination));
  return (
    <Card title="Volumes">
      {mounts.length === 0 ? (
        <Muted>No volumes or bind mounts</Muted>
      ) : (
        <ul className="divide-y divide-line">
          {mounts.map((mount) => (
            <li key={mount.destination} className="flex min-w-0 items-start gap-2 py-1.5">
              <span className="mt-px shrink-0 rounded bg-brand-tint px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-brand-dark">
                {mount.type}
              </span>
              <span className="min-w-0 flex-1 break-all font-mono text-xs">
                <span title={mount.source}>{mount.source || <Muted>(anonymous)</Muted>}</span>
                <span className="px-1.5 text-ink-faint" aria-label="mounted at">
                  →
                </span>
                <span>{mount.destination}</span>
              </span>
              <span
                className={
                  mount.readOnly
                    ? "shrink-0 rounded bg-warning/15 px-1.5 py-px text-[10px] font-semibold text-warning-ink"
                    : "shrink-0 rounded bg-hover px-1.5 py-px text-[10px] font-semibold text-ink-muted"
                }
                title={mount.readOnly ? "read-only" : "read-write"}
              >
                {mount.readOnly ? "ro" : "rw"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
