"use client";

import Link from "next/link";
import { useState } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useContainerAudit } from "@/lib/browser/hooks/use-container-audit";
import { Card, Muted } from "@/components/ui/card";
import { FindingList } from "@/components/security/finding-list";
import { IsolateDialog } from "@/components/security/isolate-dialog";

/** This container's security findings (the same audit as /security), with Isolate. */
export function SecurityCard({ container }: { container: ContainerDetail }) {
  const { audit, error } = useContainerAudit(container.id);
  const [isolating, setIsolating] = useState(false);

  const action = (
    <span className="flex items-center gap-2">
      <Link href="/security" className="text-xs font-medium text-brand-dark hover:underline">
        All containers
      </Link>
      <button
        type="button"
        onClick={() => setIsolating(true)}
        className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-dark hover:bg-brand-tint"
        aria-label={`Isolate ${container.name}`}
      >
        Isolate
      </button>
    </span>
  );

  return (
    <Card title="Security" action={action}>
      {error && !audit ? (
        <Muted>{errorMessage(error)}</Muted>
      ) : !audit ? (
        <Muted>Checking…</Muted>
      ) : audit.findings.length === 0 ? (
        <Muted>No findings: not privileged, no host namespaces or sensitive mounts, pinned image, limits and restart policy set.</Muted>
      ) : (
        <FindingList findings={audit.findings} />
      )}
      {isolating && <IsolateDialog container={container.name} onClose={() => setIsolating(false)} />}
    </Card>
  );
}
