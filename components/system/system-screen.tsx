"use client";

import type { ReactNode } from "react";
import { useSystem } from "@/lib/browser/hooks/use-system";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatBytes } from "@/lib/shared/format-bytes";
import type { EngineFacts } from "@/lib/shared/types/system";
import type { ComposeStatus } from "@/lib/shared/types/stacks";
import { Card, Field, Muted } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { DiskUsageCard } from "./disk-usage";
import { Screen, ScreenTitle } from "@/components/ui/screen";

function List({ items, empty = "none" }: { items: string[]; empty?: string }) {
  if (!items.length) return <Muted>{empty}</Muted>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item} className="font-mono text-[12px]">
          {item}
        </li>
      ))}
    </ul>
  );
}

const Mono = ({ children }: { children: ReactNode }) => <span className="font-mono text-[12px]">{children}</span>;

function EngineCard({ e }: { e: EngineFacts }) {
  return (
    <Card title="Engine">
      <dl>
        <Field label="Version">{e.version}</Field>
        <Field label="API version">
          {e.apiVersion} <Muted>(minimum {e.minApiVersion})</Muted>
        </Field>
        <Field label="Git commit">
          <Mono>{e.gitCommit}</Mono>
        </Field>
        <Field label="Go version">{e.goVersion}</Field>
        <Field label="Storage driver">{e.storageDriver}</Field>
        <Field label="Logging driver">{e.loggingDriver}</Field>
        <Field label="Cgroup">
          {e.cgroupDriver} <Muted>(version {e.cgroupVersion})</Muted>
        </Field>
        <Field label="Runtimes">
          {e.runtimes.join(", ")} <Muted>(default {e.defaultRuntime})</Muted>
        </Field>
        <Field label="Root dir">
          <Mono>{e.dockerRootDir}</Mono>
        </Field>
        <Field label="Live restore">{e.liveRestore ? "enabled" : "disabled"}</Field>
        <Field label="Experimental">{e.experimental ? "yes" : "no"}</Field>
      </dl>
    </Card>
  );
}

function HostCard({ e }: { e: EngineFacts }) {
  return (
    <Card title="Host">
      <dl>
        <Field label="Name">{e.name}</Field>
        <Field label="OS">{e.operatingSystem}</Field>
        <Field label="OS type">{e.osType}</Field>
        <Field label="Kernel">
          <Mono>{e.kernelVersion}</Mono>
        </Field>
        <Field label="Architecture">{e.architecture}</Field>
        <Field label="CPUs">{e.cpus}</Field>
        <Field label="Memory">{formatBytes(e.memory, { units: "binary" })}</Field>
      </dl>
    </Card>
  );
}

function ObjectsCard({ e }: { e: EngineFacts }) {
  return (
    <Card title="Objects">
      <dl>
        <Field label="Containers">{e.containers.total}</Field>
        <Field label="Running">{e.containers.running}</Field>
        <Field label="Paused">{e.containers.paused}</Field>
        <Field label="Stopped">{e.containers.stopped}</Field>
        <Field label="Images">{e.images}</Field>
      </dl>
    </Card>
  );
}

function SecurityCard({ e }: { e: EngineFacts }) {
  return (
    <Card title="Security and registries">
      <dl>
        <Field label="Security options">
          <List items={e.securityOptions} />
        </Field>
        <Field label="Registry">
          <Mono>{e.indexServer}</Mono>
        </Field>
        <Field label="Mirrors">
          <List items={e.registryMirrors} />
        </Field>
        <Field label="Insecure registries">
          <List items={e.insecureRegistries} />
        </Field>
      </dl>
    </Card>
  );
}

function ComposeCard({ compose }: { compose: ComposeStatus }) {
  return (
    <Card title="Compose">
      <dl>
        {compose.cli ? (
          <>
            <Field label="In use">
              <Mono>{compose.cli.command}</Mono> <Muted>version {compose.cli.version}</Muted>
            </Field>
            <Field label="Kind">{compose.cli.kind === "plugin" ? "Docker CLI plugin (v2)" : "standalone docker-compose"}</Field>
          </>
        ) : (
          <Field label="In use">
            <span role="status">None found: stacks are read-only.</span> <Muted>{compose.installHint}</Muted>
          </Field>
        )}
      </dl>
    </Card>
  );
}

/**
 * What `docker info`, `docker version` and `docker system df` tell, on one screen; live through engine events (the
 * facts revalidate, the disk table is the engine's shared summary, pushed).
 */
export function SystemScreen() {
  const { system, error } = useSystem();
  return (
    <Screen>
      <header className="flex flex-wrap items-baseline gap-3">
        <ScreenTitle>System</ScreenTitle>
        {system && (
          <span className="text-[13px] text-ink-muted">
            Docker {system.engine.version} on {system.engine.operatingSystem}
          </span>
        )}
      </header>
      {error && !system ? (
        <EmptyState title="Could not read the engine" icon={<WarningIcon className="size-10 text-danger" />}>
          {errorMessage(error)}
        </EmptyState>
      ) : !system ? (
        <div className="mt-4 grid gap-3 md:grid-cols-2">
          <Skeleton className="h-48" />
          <Skeleton className="h-48" />
        </div>
      ) : (
        <div className="mt-4 space-y-3">
          {system.engine.warnings.length > 0 && (
            <ul aria-label="Engine warnings" className="rounded border border-warning/50 bg-warning-tint px-3 py-2 text-[13px] text-warning-ink">
              {system.engine.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <DiskUsageCard />
          <div className="grid gap-3 md:grid-cols-2">
            <EngineCard e={system.engine} />
            <div className="space-y-3">
              <HostCard e={system.engine} />
              <ObjectsCard e={system.engine} />
              {system.compose && <ComposeCard compose={system.compose} />}
            </div>
          </div>
          <SecurityCard e={system.engine} />
        </div>
      )}
    </Screen>
  );
}
