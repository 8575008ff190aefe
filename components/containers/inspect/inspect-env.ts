import type { JsonPath } from "@/components/ui/json-tree";

// Environment values are often secrets (passwords, tokens): the Inspect tab masks them, as the Home
// tab's Environment card does, until the user asks to see them.

export const MASK = "••••••••";

/** `Config.Env[i]`: the only place the engine keeps a container's environment. */
export function isEnvEntry(path: JsonPath): boolean {
  return path.length === 3 && path[0] === "Config" && path[1] === "Env" && typeof path[2] === "number";
}

export function splitEnv(entry: string): [string, string | undefined] {
  const i = entry.indexOf("=");
  return i < 0 ? [entry, undefined] : [entry.slice(0, i), entry.slice(i + 1)];
}

/** A copy of the inspect JSON with env values replaced by the mask (what "Copy JSON" copies while masked). */
export function maskEnv(inspect: Record<string, unknown>): Record<string, unknown> {
  const config = inspect.Config as { Env?: unknown } | undefined;
  if (!config || !Array.isArray(config.Env)) return inspect;
  const env = config.Env.map((e) => {
    if (typeof e !== "string") return e;
    const [key, value] = splitEnv(e);
    return value === undefined ? key : `${key}=${MASK}`;
  });
  return { ...inspect, Config: { ...config, Env: env } };
}
