import "server-only";
import { forgetProcessWide, processWide } from "@/lib/server/process-state";
import { ApiError } from "@/lib/shared/errors";
import { randomBytes } from "node:crypto";
import { dataDirFromEnv } from "@/lib/server/config";
import { store as openStore, type Db } from "@/lib/server/store/db";
import { open, seal, secretsKey, SecretUnreadableError } from "@/lib/server/store/secret-box";
import { DOCKER_HUB_ID, type RegistryInfo } from "@/lib/shared/types/registries";
import { importLegacyJson, loginContext } from "./json-import";

// The registries the user added and the logins Berth holds. Added registries and the logins the user asked to
// remember live in the store (berth.sqlite), the password sealed under the key beside it (secret-box.ts); the
// others only in this process's memory. Nothing here logs or returns a password: listRegistries() and every error
// name the user at most.

export const DOCKER_HUB_ADDRESS = "docker.io";

export interface Credential {
  username: string;
  password: string;
}

interface RegistryRow {
  id: string;
  address: string;
  name: string | null;
}

interface LoginRow {
  username: string;
  secret_iv: Buffer;
  secret: Buffer;
  secret_tag: Buffer;
}

interface Memory {
  dir: string;
  /** Logins not remembered, by registry address: gone when Berth stops. */
  logins: Map<string, Credential>;
}

const newId = () => randomBytes(6).toString("hex");

/** The store's connection, the legacy JSON files imported the first time this process uses a data directory. */
function db(): Db {
  const dir = dataDirFromEnv();
  const conn = openStore();
  const imported = processWide("registries-imported", () => new Set<string>());
  if (!imported.has(dir)) {
    importLegacyJson(conn, dir, secretsKey(), newId);
    imported.add(dir);
  }
  return conn;
}

/** Opens the store at start, so the legacy JSON files are imported then rather than at the first registry request. */
export function openRegistryStore(): void {
  db();
}

function memory(): Memory {
  const dir = dataDirFromEnv();
  let m = processWide("registry-logins", (): Memory => ({ dir, logins: new Map() }));
  if (m.dir !== dir) {
    forgetProcessWide("registry-logins");
    m = processWide("registry-logins", (): Memory => ({ dir, logins: new Map() }));
  }
  return m;
}

function savedLogin(address: string): LoginRow | undefined {
  return db().prepare("SELECT username, secret_iv, secret, secret_tag FROM registry_logins WHERE address = ?").get(address) as
    | LoginRow
    | undefined;
}

function info(entry: { id: string; kind: RegistryInfo["kind"]; address: string; name?: string | null }): RegistryInfo {
  const out: RegistryInfo = { id: entry.id, kind: entry.kind, name: entry.name || entry.address, address: entry.address };
  const inMemory = memory().logins.get(entry.address);
  const saved = inMemory ? undefined : savedLogin(entry.address);
  if (inMemory || saved) {
    out.loggedInAs = (inMemory ?? saved)!.username;
    out.remembered = !inMemory;
  }
  return out;
}

const HUB = { id: DOCKER_HUB_ID, kind: "hub" as const, address: DOCKER_HUB_ADDRESS, name: "Docker Hub" };

function added(): RegistryRow[] {
  return db().prepare("SELECT id, address, name FROM registries ORDER BY added_at, rowid").all() as RegistryRow[];
}

export function listRegistries(): RegistryInfo[] {
  return [info(HUB), ...added().map((r) => info({ ...r, kind: "v2" }))];
}

export function getRegistry(id: string): RegistryInfo {
  if (id === DOCKER_HUB_ID) return info(HUB);
  const found = db().prepare("SELECT id, address, name FROM registries WHERE id = ?").get(id) as RegistryRow | undefined;
  if (!found) throw new ApiError("not_found", `No such registry: ${id}`);
  return info({ ...found, kind: "v2" });
}

export function addRegistry(input: { address: string; name?: string }): RegistryInfo {
  const conn = db();
  const existing = conn.prepare("SELECT name FROM registries WHERE address = ?").get(input.address) as { name: string | null } | undefined;
  if (existing) {
    throw new ApiError("conflict", `${input.address} is already in the list${existing.name ? ` as "${existing.name}"` : ""}`, {
      fields: { address: "already added" },
    });
  }
  const entry = { id: newId(), address: input.address, name: input.name || null };
  conn.prepare("INSERT INTO registries (id, address, name, added_at) VALUES (?, ?, ?, ?)").run(entry.id, entry.address, entry.name, Date.now());
  return info({ ...entry, kind: "v2" });
}

/** Forgets the registry and any login for it (in memory and in the store). */
export function removeRegistry(id: string): RegistryInfo {
  if (id === DOCKER_HUB_ID) throw new ApiError("invalid_request", "Docker Hub is always listed and cannot be removed");
  const removed = getRegistry(id);
  const conn = db();
  conn.transaction(() => {
    conn.prepare("DELETE FROM registries WHERE id = ?").run(id);
    conn.prepare("DELETE FROM registry_logins WHERE address = ?").run(removed.address);
  })();
  memory().logins.delete(removed.address);
  return removed;
}

/** Keeps a login: sealed in the store when `remember`, else in memory only (and off the store if it was there). */
export function rememberLogin(address: string, credential: Credential, remember: boolean) {
  const conn = db();
  const logins = memory().logins;
  if (remember) {
    const sealed = seal(secretsKey(), credential.password, loginContext(address));
    conn
      .prepare(
        `INSERT INTO registry_logins (address, username, secret_iv, secret, secret_tag, saved_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(address) DO UPDATE SET username = excluded.username, secret_iv = excluded.secret_iv,
           secret = excluded.secret, secret_tag = excluded.secret_tag, saved_at = excluded.saved_at`,
      )
      .run(address, credential.username, sealed.iv, sealed.ciphertext, sealed.tag, Date.now());
    logins.delete(address);
  } else {
    conn.prepare("DELETE FROM registry_logins WHERE address = ?").run(address);
    logins.set(address, { username: credential.username, password: credential.password });
  }
}

export function forgetLogin(address: string) {
  memory().logins.delete(address);
  db().prepare("DELETE FROM registry_logins WHERE address = ?").run(address);
}

/**
 * The login Berth holds for a registry address, for the engine (pull/push) or the v2 client. A remembered login
 * that no longer decrypts (altered row, other key) is an error saying to log in again, never a garbled password.
 */
export function credentialFor(address: string): Credential | undefined {
  const key = address.toLowerCase();
  const inMemory = memory().logins.get(key);
  if (inMemory) return { ...inMemory };
  const row = savedLogin(key);
  if (!row) return undefined;
  try {
    const password = open(secretsKey(), { iv: row.secret_iv, tag: row.secret_tag, ciphertext: row.secret }, loginContext(key), `The saved login for ${key}`);
    return { username: row.username, password };
  } catch (err) {
    if (err instanceof SecretUnreadableError) throw new ApiError("saved_login_unreadable", `${err.message}. Log out of ${key} and log in again.`);
    throw err;
  }
}
