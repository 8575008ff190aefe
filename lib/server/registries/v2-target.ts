import "server-only";
import { credentialFor, getRegistry } from "./store";
import { ApiError } from "@/lib/shared/errors";

/** The v2 registry a catalog or tags request reads, with the login Berth holds for it. */
export function v2Target(id: string) {
  const registry = getRegistry(id);
  if (registry.kind === "hub") {
    throw new ApiError("invalid_request", "Docker Hub does not list its repositories: search it instead");
  }
  return { address: registry.address, credential: credentialFor(registry.address) };
}
