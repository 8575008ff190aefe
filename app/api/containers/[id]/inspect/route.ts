import { apiRoute } from "@/lib/server/api/handler";
import { inspectContainerRaw } from "@/lib/server/engine/inspect-raw";
import { containerRef } from "@/lib/shared/schemas/containers";
import { maskEnvList, seesEnvValues } from "@/lib/shared/auth/mask-env";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine, principal }) => {
  const raw = await inspectContainerRaw(engine, containerRef.parse(params.id));
  if (seesEnvValues(principal)) return raw;
  // A viewer gets the names, not the values.
  const config = (raw.Config ?? {}) as { Env?: string[] };
  return { ...raw, Config: { ...config, Env: maskEnvList(config.Env) } };
});
