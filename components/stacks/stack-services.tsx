import Link from "next/link";
import type { StackService } from "@/lib/shared/types/stacks";
import { containerHref } from "@/lib/browser/paths/containers";
import { displayPorts, hostAddress } from "@/lib/browser/containers/port-links";
import { StatusPill } from "@/components/containers/status-pill";
import { StackState } from "./stack-state";
import type { ReactNode } from "react";
import { CardTable, Cell } from "@/components/ui/data-table";

/** A project's services, each with its containers, their states and published ports. */
export function StackServices({ services, actions }: { services: StackService[]; actions?: (service: StackService) => ReactNode }) {
  if (!services.length) return <p className="text-[13px] text-ink-muted">No containers: the stack is down.</p>;
  return (
    <CardTable className="text-[13px]" aria-label="Services">
      <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        <tr>
          <th className="px-3 py-2">Service</th>
          <th className="px-3 py-2">State</th>
          <th className="px-3 py-2">Containers</th>
          <th className="px-3 py-2">Ports</th>
          {actions && <th className="px-3 py-2"><span className="sr-only">Actions</span></th>}
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.name} aria-label={`Service ${s.name}`} className="border-b border-line align-top last:border-0">
            <Cell className="px-3 py-2">
              <div className="font-mono font-medium">{s.name}</div>
              <div className="font-mono text-[11px] text-ink-muted">{s.image}</div>
            </Cell>
            <Cell label="State" className="px-3 py-2">
              <StackState running={s.running} total={s.total} />
            </Cell>
            <Cell label="Containers" className="px-3 py-2">
              <ul className="space-y-1">
                {s.containers.map((c) => (
                  <li key={c.id} className="flex min-w-0 items-center gap-2 max-sm:flex-wrap max-sm:gap-y-0.5">
                    <Link href={containerHref(c.name)} className="truncate font-mono text-[12px] hover:text-brand-dark max-sm:whitespace-normal max-sm:break-all">
                      {c.name}
                    </Link>
                    {c.oneoff && <span className="text-[10px] uppercase text-ink-muted">one-off</span>}
                    <StatusPill state={c.state} status={c.status} />
                  </li>
                ))}
              </ul>
            </Cell>
            <Cell label="Ports" className="px-3 py-2 font-mono text-[12px]">
              {displayPorts(s.containers.flatMap((c) => c.ports))
                .filter((p) => p.hostPort !== undefined)
                .map((p) => `${hostAddress(p)}→${p.privatePort}/${p.protocol}`)
                .join(", ") || "—"}
            </Cell>
            {actions && <Cell className="px-3 py-2 text-right">{actions(s)}</Cell>}
          </tr>
        ))}
      </tbody>
    </CardTable>
  );
}
