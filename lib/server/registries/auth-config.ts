import "server-only";
import { parseReference } from "@/lib/shared/images/reference";
import type { RegistryAuth } from "@/lib/server/engine/pull";
import { credentialFor, DOCKER_HUB_ADDRESS } from "./store";

// The engine names Docker Hub by its v1 index URL in auth configs (what `docker login` stores).
const HUB_SERVER_ADDRESS = "https://index.docker.io/v1/";

/** The address the engine expects in an auth config for a registry `host[:port]`. */
export function engineServerAddress(address: string): string {
  return address === DOCKER_HUB_ADDRESS ? HUB_SERVER_ADDRESS : address;
}

/**
 * The X-Registry-Auth for pulling or pushing `reference`: the login Berth holds for the registry the
 * reference names, or undefined (an anonymous pull; an empty auth for a push).
 */
export function authForReference(reference: string): RegistryAuth | undefined {
  const parsed = parseReference(reference);
  if (!parsed.ok) return undefined;
  const address = parsed.reference.registry.toLowerCase();
  const credential = credentialFor(address);
  return credential && { ...credential, serveraddress: engineServerAddress(address) };
}
