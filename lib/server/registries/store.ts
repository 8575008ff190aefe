import "server-only";
import { forgetProcessWide, processWide } from "@/lib/server/process-state";
import { ApiError } from "@/lib/shared/errors";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv } from "@/lib/server/config";
import { DOCKER_HUB_ID, type RegistryInfo } from "@/lib/shared/types/registries";

// The registries the user added and the logins Berth holds. Logins live in memory; only those the user
// asked to remember are also written to disk, in a file only the server's user can read (0600). Nothing
// here logs or returns a password: listRegistries() and every error name the user at most.

export const DOCKER_HUB_ADDRESS = "docker.io";
const REGISTRIES_FILE = "registries.json";
const CREDENTIALS_FILE = "credentials.json";

interface AddedRegistry {
  id: string;
  address: string;
  name?: string;
}

export interface Credential {
  username: string;
  password: string;
}

interface Store {
  dir: string;
  registries: AddedRegistry[];
  /** By registry address. */
  credentials: Map<string, Credential & { remember: boolean }>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
      // The path only: the file may hold passwords.
      console.warn(`[berth] ignoring unreadable ${path}`);
    }
    return undefined;
  }
}

function load(dir: string): Store {
  const store: Store = { dir, registries: [], credentials: new Map() };
  const saved = readJson(join(dir, REGISTRIES_FILE)) as { registries?: AddedRegistry[] } | undefined;
  for (const r of saved?.registries ?? []) {
    if (typeof r?.id === "string" && typeof r.address === "string") store.registries.push({ id: r.id, address: r.address, name: r.name });
  }
  const creds = readJson(join(dir, CREDENTIALS_FILE)) as Record<string, Partial<Credential>> | undefined;
  for (const [address, c] of Object.entries(creds ?? {})) {
    if (typeof c?.username === "string" && typeof c.password === "string") {
      store.credentials.set(address, { username: c.username, password: c.password, remember: true });
    }
  }
  return store;
}

/** One store per process (process-state); a changed BERTH_DATA_DIR (tests) starts from that directory's files. */
function store(): Store {
  const dir = dataDirFromEnv();
  let s = processWide("registries", () => load(dir));
  if (s.dir !== dir) {
    forgetProcessWide("registries");
    s = processWide("registries", () => load(dir));
  }
  return s;
}

/** Written whole to a temporary file created 0600, then renamed over: never half a file, never readable by others. */
function writePrivate(s: Store, file: string, value: unknown) {
  mkdirSync(s.dir, { recursive: true, mode: 0o700 });
  const path = join(s.dir, file);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600); // a umask can only take bits away, but a pre-existing tmp file keeps its mode
  renameSync(tmp, path);
}

function saveRegistries(s: Store) {
  writePrivate(s, REGISTRIES_FILE, { registries: s.registries });
}

function saveCredentials(s: Store) {
  const remembered: Record<string, Credential> = {};
  for (const [address, c] of s.credentials) if (c.remember) remembered[address] = { username: c.username, password: c.password };
  if (Object.keys(remembered).length) writePrivate(s, CREDENTIALS_FILE, remembered);
  else rmSync(join(s.dir, CREDENTIALS_FILE), { force: true });
}

function hasRememberedFile(s: Store): boolean {
  return [...s.credentials.values()].some((c) => c.remember);
}

function info(s: Store, entry: { id: string; kind: RegistryInfo["kind"]; address: string; name?: string }): RegistryInfo {
  const cred = s.credentials.get(entry.address);
  const out: RegistryInfo = { id: entry.id, kind: entry.kind, name: entry.name || entry.address, address: entry.address };
  if (cred) {
    out.loggedInAs = cred.username;
    out.remembered = cred.remember;
  }
  return out;
}

const HUB = { id: DOCKER_HUB_ID, kind: "hub" as const, address: DOCKER_HUB_ADDRESS, name: "Docker Hub" };

export function listRegistries(): RegistryInfo[] {
  const s = store();
  return [info(s, HUB), ...s.registries.map((r) => info(s, { ...r, kind: "v2" }))];
}

export function getRegistry(id: string): RegistryInfo {
  const s = store();
  if (id === DOCKER_HUB_ID) return info(s, HUB);
  const found = s.registries.find((r) => r.id === id);
  if (!found) throw new ApiError("not_found", `No such registry: ${id}`);
  return info(s, { ...found, kind: "v2" });
}

export function addRegistry(input: { address: string; name?: string }): RegistryInfo {
  const s = store();
  const existing = s.registries.find((r) => r.address === input.address);
  if (existing) {
    throw new ApiError("conflict", `${input.address} is already in the list${existing.name ? ` as "${existing.name}"` : ""}`, {
      fields: { address: "already added" },
    });
  }
  const entry: AddedRegistry = { id: randomBytes(6).toString("hex"), address: input.address };
  if (input.name) entry.name = input.name;
  s.registries.push(entry);
  saveRegistries(s);
  return info(s, { ...entry, kind: "v2" });
}

/** Forgets the registry and any login for it (in memory and on disk). */
export function removeRegistry(id: string): RegistryInfo {
  const s = store();
  if (id === DOCKER_HUB_ID) throw new ApiError("invalid_request", "Docker Hub is always listed and cannot be removed");
  const removed = getRegistry(id);
  s.registries = s.registries.filter((r) => r.id !== id);
  saveRegistries(s);
  forgetLogin(removed.address);
  return removed;
}

export function rememberLogin(address: string, credential: Credential, remember: boolean) {
  const s = store();
  const hadFile = hasRememberedFile(s);
  s.credentials.set(address, { username: credential.username, password: credential.password, remember });
  if (remember || hadFile) saveCredentials(s);
}

export function forgetLogin(address: string) {
  const s = store();
  const entry = s.credentials.get(address);
  if (!entry) return;
  s.credentials.delete(address);
  if (entry.remember) saveCredentials(s);
}

/** The login Berth holds for a registry address, for the engine (pull/push) or the v2 client. */
export function credentialFor(address: string): Credential | undefined {
  const c = store().credentials.get(address.toLowerCase());
  return c && { username: c.username, password: c.password };
}
