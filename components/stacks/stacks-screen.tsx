"use client";

import Link from "next/link";
import { useStacks } from "@/lib/browser/hooks/use-stacks";
import { errorMessage } from "@/lib/browser/api/api-error";
import { stackHref } from "@/lib/browser/paths/stacks";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { buttonClass } from "@/components/ui/form-controls";
import { StackState } from "./stack-state";
import { ComposeMissing } from "./compose-missing";
import { CardTable, Cell } from "@/components/ui/data-table";

/** Every Compose project on the engine, found from its labels wherever it was started; live through engine events. */
export function StacksScreen() {
  const { stacks, compose, error } = useStacks();
  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Stacks</ScreenTitle>
        {stacks && <span className="text-[13px] text-ink-muted">{stacks.length}</span>}
        {compose?.cli && (
          <span className="text-[12px] text-ink-muted">
            via <span className="font-mono">{compose.cli.command}</span> {compose.cli.version}
          </span>
        )}
        {compose?.cli && (
          <Link href="/stacks/new" className={`ml-auto ${buttonClass("primary")}`}>
            + New stack
          </Link>
        )}
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        Compose projects, from the labels Compose puts on what it creates: started here or from any terminal.
      </p>
      {compose && !compose.cli && <ComposeMissing hint={compose.installHint} />}

      <div className="mt-4 rounded border border-line bg-surface">
        {error && !stacks ? (
          <EmptyState title="Could not load stacks" icon={<WarningIcon className="size-10 text-danger" />}>
            {errorMessage(error)}
          </EmptyState>
        ) : !stacks ? (
          <div className="space-y-2 p-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        ) : stacks.length === 0 ? (
          <EmptyState title="No stacks yet">Run docker compose up anywhere on this engine, or create one here.</EmptyState>
        ) : (
          <CardTable className="w-full text-left text-[13px]" aria-label="Stacks">
            <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-3 py-2">Name</th>
                <th className="px-3 py-2">State</th>
                <th className="px-3 py-2">Services</th>
                <th className="px-3 py-2">Networks</th>
                <th className="px-3 py-2">Volumes</th>
                <th className="px-3 py-2">Directory</th>
              </tr>
            </thead>
            <tbody>
              {stacks.map((s) => (
                <tr key={s.name} className="border-b border-line align-top last:border-0 hover:bg-hover">
                  <Cell className="px-3 py-2">
                    <Link href={stackHref(s.name)} className="font-mono font-medium text-ink hover:text-brand-dark">
                      {s.name}
                    </Link>
                    {s.managed && <span className="ml-2 text-[11px] uppercase text-ink-muted">Berth</span>}
                  </Cell>
                  <Cell label="State" className="px-3 py-2">
                    <StackState running={s.running} total={s.total} />
                  </Cell>
                  <Cell label="Services" className="px-3 py-2 font-mono text-[12px]">{s.services.map((v) => v.name).join(", ") || "—"}</Cell>
                  <Cell label="Networks" className="px-3 py-2 font-mono text-[12px]">{s.networks.join(", ") || "—"}</Cell>
                  <Cell label="Volumes" className="px-3 py-2 font-mono text-[12px]">{s.volumes.join(", ") || "—"}</Cell>
                  <Cell label="Directory" className="max-w-72 px-3 py-2">
                    <span className="block truncate font-mono text-[12px] text-ink-muted max-sm:whitespace-normal" title={s.workingDir}>
                      {s.workingDir ?? "—"}
                    </span>
                  </Cell>
                </tr>
              ))}
            </tbody>
          </CardTable>
        )}
      </div>
    </Screen>
  );
}
