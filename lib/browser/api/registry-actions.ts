import { fetchJson, postJson } from "./fetch-json";
import type { AddRegistryInput, LoginInput } from "@/lib/shared/schemas/registries";
import { REGISTRIES_KEY, registryPath } from "@/lib/browser/paths/registries";
import type { RegistryInfo } from "@/lib/shared/types/registries";

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
