"use client";

import type { ContainerSummary } from "@/lib/shared/types/engine";
import { CONTAINER_VERBS, verbApplies, verbConflict } from "@/lib/shared/containers/verbs";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { useContainerActions } from "@/components/containers/container-actions-provider";
import { ToolbarButton } from "@/components/containers/toolbar-button";
import { CommitActions } from "@/components/containers/commit-actions";
import { useSession } from "@/lib/browser/hooks/use-session";
import { MoreMenu } from "@/components/containers/more-menu";

export function ContainerToolbar({ container }: { container: ContainerSummary }) {
  const { busy, run, requestRemove } = useContainerActions();
  const inFlight = busy[container.id];
  // Every action would fail with 503 while the engine is away; the banner already says why.
  const engineDown = useEngineHealth().health?.reachable === false;
  const blocked = Boolean(inFlight) || engineDown;
  const downTitle = engineDown ? "Docker engine not reachable" : undefined;
  // What the role may not do is not offered (the server refuses it regardless).
  const { may } = useSession();
  const path = `/api/containers/${encodeURIComponent(container.name || container.id)}`;
  const lifecycle = may("POST", `${path}/start`);
  const remove = may("DELETE", path);
  const commit = may("POST", `${path}/commit`);
  if (!lifecycle && !remove && !commit) return null;

  return (
    <div role="group" aria-label="Container actions" className="flex flex-wrap items-center gap-1">
      {lifecycle && CONTAINER_VERBS.map((verb) => (
        <ToolbarButton
          key={verb}
          verb={verb}
          busy={inFlight === verb}
          disabled={blocked || !verbApplies(verb, container.state)}
          title={downTitle ?? verbConflict(verb, container.state)}
          onClick={() => run(container, verb)}
        />
      ))}
      {/* From 640 px everything is in the row; on a phone Remove, Commit and Export wait behind "More". */}
      {(remove || commit) && (
        <>
          <div className="hidden sm:contents">
            {remove && (
              <>
                <span aria-hidden="true" className="mx-1 h-8 w-px bg-line" />
                <ToolbarButton verb="remove" busy={inFlight === "remove"} disabled={blocked} title={downTitle} onClick={() => requestRemove(container)} />
              </>
            )}
            {commit && (
              <>
                <span aria-hidden="true" className="mx-1 h-8 w-px bg-line" />
                <CommitActions container={container} />
              </>
            )}
          </div>
          <MoreMenu>
            {remove && <ToolbarButton verb="remove" busy={inFlight === "remove"} disabled={blocked} title={downTitle} onClick={() => requestRemove(container)} />}
            {commit && <CommitActions container={container} />}
          </MoreMenu>
        </>
      )}
    </div>
  );
}
