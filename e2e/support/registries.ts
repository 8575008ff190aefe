import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

// The sandbox's second registry wants a login (htpasswd); its user and password come from the harness.
export const AUTH_REGISTRY = process.env.BERTH_AUTH_REGISTRY ?? "127.0.0.1:5056";
export const AUTH_USER = process.env.BERTH_AUTH_REGISTRY_USER ?? "berth";
export const AUTH_PASSWORD = process.env.BERTH_AUTH_REGISTRY_PASSWORD ?? "";

interface Registry {
  id: string;
  address: string;
  loggedInAs?: string;
}

export async function listRegistries(request: APIRequestContext): Promise<Registry[]> {
  const res = await request.get("/api/registries");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { registries: Registry[] }).registries;
}

/** Removes Berth's entries for `address` (and so their logins): a retried test starts from scratch. */
export async function forgetRegistry(request: APIRequestContext, address: string) {
  for (const r of await listRegistries(request)) {
    if (r.address === address) expect((await request.delete(`/api/registries/${r.id}`)).status()).toBe(200);
  }
}

export async function addRegistryByApi(request: APIRequestContext, address: string, name?: string): Promise<Registry> {
  const res = await request.post("/api/registries", { data: name ? { address, name } : { address } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { registry: Registry }).registry;
}

/** The registry's own answer to `/v2/<repo>/tags/list`, read directly (not through Berth). */
export async function registryTags(address: string, repository: string, login?: { user: string; password: string }): Promise<string[]> {
  const headers: Record<string, string> = login ? { Authorization: `Basic ${Buffer.from(`${login.user}:${login.password}`).toString("base64")}` } : {};
  const res = await fetch(`http://${address}/v2/${repository}/tags/list`, { headers });
  if (!res.ok) throw new Error(`${address} answered ${res.status} for ${repository}`);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

/** Where Berth keeps remembered logins in this run (the harness points BERTH_DATA_DIR into its own dir). */
export function credentialsFile(): string {
  const dir = process.env.BERTH_DATA_DIR;
  if (!dir) throw new Error("BERTH_DATA_DIR is not set: run the tests through scripts/sandbox.sh");
  return join(dir, "credentials.json");
}

export function readCredentialsFile(): string | undefined {
  return existsSync(credentialsFile()) ? readFileSync(credentialsFile(), "utf8") : undefined;
}

/** Everything the harness's command printed so far, the Berth server's own output included. */
export function sandboxOutput(): string {
  const file = process.env.BERTH_SANDBOX_OUTPUT;
  if (!file) throw new Error("BERTH_SANDBOX_OUTPUT is not set: run the tests through scripts/sandbox.sh");
  return readFileSync(file, "utf8");
}

export async function openRegistry(page: Page, name: string) {
  await page.goto("/registries");
  await page.getByRole("navigation", { name: "Registries" }).getByRole("button", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) }).click();
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
}
