import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { CHECK_IDS, SEVERITIES } from "@/lib/shared/audit/types";
import { engineText } from "./engine-text";

// Shared by the Security screen and the security / isolate handlers.

export const securityQuery = z.strictObject({
  severity: z.enum([...SEVERITIES, ""]).optional().transform((v) => v || undefined),
  check: z.enum([...CHECK_IDS, ""]).optional().transform((v) => v || undefined),
  /** `1`: only each container's count and worst severity (the list's badges), not the findings. */
  summary: queryFlag,
});

/** The name Isolate gives the new network: one per container, recognisable in `docker network ls`. */
export function isolatedNetworkName(containerName: string): string {
  return `berth-isolated-${containerName}`.slice(0, 200);
}

export const ISOLATED_FOR_LABEL = "berth.isolated-for";

/**
 * What the user confirmed: the networks the dialog said the container would leave. The server refuses when
 * they no longer match, so the action does exactly what the dialog showed.
 */
export const isolateBody = z.strictObject({
  disconnect: z.array(engineText("Network", 255).min(1)).max(1000),
});
export type IsolateBody = z.infer<typeof isolateBody>;
