"use client";

import { useStack } from "@/lib/browser/hooks/use-stack";
import { errorMessage } from "@/lib/browser/api/api-error";
import { stackHref } from "@/lib/browser/paths/stacks";
import { DetailScreen } from "@/components/ui/screen";
import { Skeleton } from "@/components/ui/skeleton";
import { DialogError } from "@/components/ui/dialog-parts";
import { MergedLogs } from "./merged-logs";

export function StackLogsScreen({ name }: { name: string }) {
  const { stack, error } = useStack(name);
  return (
    <DetailScreen parent={{ href: stackHref(name), label: name }} title={`${name} logs`}>
      {error && !stack ? <DialogError message={errorMessage(error)} /> : !stack ? <Skeleton className="h-96" /> : <MergedLogs stack={stack} />}
    </DetailScreen>
  );
}
