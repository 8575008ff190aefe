import { fetchJson, postJson } from "@/lib/client/fetch-json";
import type { AddRegistryInput, LoginInput } from "@/lib/schemas/registries";
import { REGISTRIES_KEY, registryPath } from "./paths";
import type { RegistryInfo } from "./types";

export function addRegistry(input: AddRegistryInput): Promise<{ registry: RegistryInfo }> {
  return postJson(REGISTRIES_KEY, input);
}

export function removeRegistry(id: string): Promise<{ removed: RegistryInfo }> {
  return fetchJson(registryPath(id), { method: "DELETE" });
}

export function logIn(id: string, input: LoginInput): Promise<{ registry: RegistryInfo }> {
  return postJson(`${registryPath(id)}/login`, input);
}

export function logOut(id: string): Promise<{ registry: RegistryInfo }> {
  return postJson(`${registryPath(id)}/logout`);
}
