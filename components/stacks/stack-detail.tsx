"use client";

import Link from "next/link";
import { useStack } from "@/lib/browser/hooks/use-stack";
import { stackHref } from "@/lib/browser/paths/stacks";
import { buttonClass } from "@/components/ui/form-controls";
import { errorMessage } from "@/lib/browser/api/api-error";
import { Card, Field, Muted } from "@/components/ui/card";
import { DetailScreen } from "@/components/ui/screen";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { StackState } from "./stack-state";
import { StackServices } from "./stack-services";
import { ComposeMissing } from "./compose-missing";
import { StackToolbar } from "./stack-toolbar";
import { StackLastTask } from "./stack-tasks";
import { ServiceActions } from "./service-actions";
import { StackFiles } from "./stack-files";

const PARENT = { href: "/stacks", label: "Stacks" };

/** One Compose project: its services and containers, networks, volumes and files; live through engine events. */
export function StackDetailScreen({ name }: { name: string }) {
  const { stack, error } = useStack(name);
  if (error && !stack) {
    return (
      <DetailScreen parent={PARENT} title={name}>
        <EmptyState title={error.status === 404 ? "No such stack" : "Could not load the stack"} icon={<WarningIcon className="size-10 text-danger" />}>
          {errorMessage(error)}
        </EmptyState>
      </DetailScreen>
    );
  }
  if (!stack) {
    return (
      <DetailScreen parent={PARENT} title={name}>
        <Skeleton className="h-48" />
      </DetailScreen>
    );
  }
  return (
    <DetailScreen parent={PARENT} title={stack.name} action={<StackState running={stack.running} total={stack.total} />}>
      {!stack.compose.cli && <ComposeMissing hint={stack.compose.installHint} />}
      <div className="flex flex-wrap items-start gap-3">
        <StackToolbar stack={stack} />
        {stack.total > 0 && (
          <Link href={`${stackHref(stack.name)}/logs`} className={`ml-auto ${buttonClass("secondary")}`}>
            Merged logs
          </Link>
        )}
      </div>
      <div className="mt-3 space-y-3">
        <StackLastTask name={stack.name} />
        <Card title="Project">
          <dl>
            <Field label="Directory">
              <span className="font-mono text-[12px]">{stack.workingDir ?? "—"}</span>
            </Field>
            <Field label="Files">
              {stack.configFiles.length ? (
                <ul>
                  {stack.configFiles.map((f) => (
                    <li key={f} className="font-mono text-[12px]">{f}</li>
                  ))}
                </ul>
              ) : (
                <Muted>none named</Muted>
              )}
              {!stack.filesReadable && (
                <p role="status" className="text-[12px] text-warning-ink">
                  These files cannot be read here (another machine, or removed): stop, start, restart and down still work.
                </p>
              )}
            </Field>
            <Field label="Networks">
              <span className="font-mono text-[12px]">{stack.networks.join(", ") || "—"}</span>
            </Field>
            <Field label="Volumes">
              <span className="font-mono text-[12px]">{stack.volumes.join(", ") || "—"}</span>
            </Field>
          </dl>
        </Card>
        <div className="rounded border border-line bg-surface">
          <StackServices
            services={stack.services}
            actions={(service) => (
              <ServiceActions stack={stack.name} service={service} canRun={stack.filesReadable && stack.compose.cli !== null} />
            )}
          />
        </div>
        <StackFiles name={stack.name} canEdit={stack.compose.cli !== null} />
      </div>
    </DetailScreen>
  );
}
