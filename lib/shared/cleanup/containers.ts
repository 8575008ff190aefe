import { withCommonRules } from "./common";
import type { CleanupOptions, ContainerFacts, Verdict } from "./types";

/**
 * Exited and dead containers are offered; nothing else. "created" is not: such a container has never run,
 * and it is usually made moments before a start (`docker create` then `start`, Compose) or kept on purpose
 * as a volume holder — removing it would race that start or orphan the volumes it holds.
 */
export function containerVerdict(c: ContainerFacts, opts: Pick<CleanupOptions, "olderThanHours" | "now">): Verdict {
  const base: Verdict =
    c.state === "exited"
      ? { offer: true, reason: c.exitCode === undefined ? "Exited" : `Exited with code ${c.exitCode}` }
      : c.state === "dead"
        ? { offer: true, reason: "Dead: the engine failed to stop or remove it" }
        : c.state === "created"
          ? { offer: false, reason: "Created but never started: it may be about to start, or hold volumes on purpose" }
          : { offer: false, reason: `It is ${c.state || "in an unknown state"}` };
  return withCommonRules(base, c.labels, c.created ? c.created * 1000 : undefined, opts);
}
