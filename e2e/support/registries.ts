import { readdirSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
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

function dataDir(): string {
  const dir = process.env.BERTH_DATA_DIR;
  if (!dir) throw new Error("BERTH_DATA_DIR is not set: run the tests through scripts/sandbox.sh");
  return dir;
}

/** The key remembered logins are sealed with, beside the store (the harness points BERTH_DATA_DIR into its own dir). */
export function secretsKeyFile(): string {
  return join(dataDir(), "secrets.key");
}

/** The store's row for a remembered login of `address` (user name and sealed bytes), read beside the running Berth. */
export function rememberedLoginRow(address: string): { username: string; secret: Buffer } | undefined {
  const db = new Database(join(dataDir(), "berth.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT username, secret FROM registry_logins WHERE address = ?").get(address) as { username: string; secret: Buffer } | undefined;
  } finally {
    db.close();
  }
}

/** Every byte of the store's files (database, WAL), the key files left out: where a password must never appear. */
export function storeBytes(): Buffer {
  const dir = dataDir();
  return Buffer.concat(readdirSync(dir).filter((f) => f.startsWith("berth.sqlite")).map((f) => readFileSync(join(dir, f))));
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
