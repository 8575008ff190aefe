"use client";

import clsx from "clsx";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { VERB_LABELS, verbApplies, verbConflict, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { useContainerActions } from "@/components/containers/container-actions-provider";
import { VerbIcon } from "@/components/containers/verb-icon";
import { Spinner } from "@/components/ui/spinner";
import { useSession } from "@/lib/browser/hooks/use-session";
import { FavouriteStar } from "@/components/containers/favourite-star";

/** Start or Stop, whichever the state calls for (Stop also covers paused and restarting). */
function primaryVerb(container: ContainerSummary): ContainerVerb {
  return verbApplies("start", container.state) ? "start" : "stop";
}

/** Icon-only quick actions at the right of a row; shown on hover, focus, and on the selected row. */
export function RowActions({ container, selected }: { container: ContainerSummary; selected: boolean }) {
  const { busy, run, requestRemove } = useContainerActions();
  const inFlight = busy[container.id];
  const { may } = useSession();
  const path = `/api/containers/${encodeURIComponent(container.name || container.id)}`;
  // Only what the role may do (a courtesy: the server refuses the rest); the star is the browser's own, for anyone.
  const verbs: (ContainerVerb | "remove")[] = [
    ...(may("POST", `${path}/start`) ? [primaryVerb(container), "restart" as const] : []),
    ...(may("DELETE", path) ? ["remove" as const] : []),
  ];

  return (
    <div
      className={clsx(
        // The strip itself lets clicks through to the row link; only the buttons catch them.
        // A short fade on the left so a long name ends softly under the buttons.
        "pointer-events-none absolute inset-y-0 right-0 flex items-center gap-0.5 bg-linear-to-r from-transparent to-20% pr-2 pl-5 transition-opacity",
        selected
          ? "to-brand opacity-100"
          : "to-surface opacity-0 group-hover:to-hover group-hover:opacity-100 group-focus-within:opacity-100",
        inFlight && "opacity-100",
      )}
    >
      <FavouriteStar name={container.name} inverted={selected} />
      {verbs.map((verb) => {
        const applies = verb === "remove" || verbApplies(verb, container.state);
        const label = VERB_LABELS[verb];
        const spinning = inFlight === verb;
        return (
          <button
            key={verb}
            type="button"
            aria-label={label}
            title={(verb !== "remove" && verbConflict(verb, container.state)) || `${label} ${container.name}`}
            disabled={!applies || Boolean(inFlight)}
            aria-busy={spinning || undefined}
            onClick={() => (verb === "remove" ? requestRemove(container) : run(container, verb))}
            className={clsx(
              "pointer-events-auto flex size-7 items-center justify-center rounded disabled:cursor-default",
              selected
                ? "text-white hover:bg-white/20 disabled:opacity-50 disabled:hover:bg-transparent"
                : "text-ink-muted hover:bg-surface hover:text-ink disabled:opacity-35 disabled:hover:bg-transparent",
              verb === "remove" && !selected && "hover:text-danger",
            )}
          >
            {spinning ? <Spinner className="size-4" /> : <VerbIcon verb={verb} className="size-4" />}
          </button>
        );
      })}
    </div>
  );
}
