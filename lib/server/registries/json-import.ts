import "server-only";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "@/lib/server/store/db";
import { seal } from "@/lib/server/store/secret-box";

// Before the store, added registries and remembered logins were two JSON files in the data directory (the logins
// in clear, 0600). The first start that finds them copies them into the store in one transaction and only then
// deletes them, so a crash leaves either the files (imported again next start: every insert ignores what is there)
// or the rows, never half of either. Deleted, not renamed: a renamed file would keep the passwords in clear.

export const LEGACY_REGISTRIES_FILE = "registries.json";
export const LEGACY_CREDENTIALS_FILE = "credentials.json";

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    // The path only: the file may hold passwords. Left in place so nothing is lost; the user can fix or delete it.
    throw new Error(`cannot import ${path}: it is not readable JSON (fix or delete it)`);
  }
}

/** Sealing context of a registry login: binds the ciphertext to its address. */
export function loginContext(address: string): string {
  return `registry-login:${address}`;
}

/** Imports the legacy files in `dir` if any; returns how many registries and logins it found. */
export function importLegacyJson(db: Db, dir: string, key: Buffer, newId: () => string): { registries: number; logins: number } | undefined {
  const registriesPath = join(dir, LEGACY_REGISTRIES_FILE);
  const credentialsPath = join(dir, LEGACY_CREDENTIALS_FILE);
  const registries = readJson(registriesPath) as { registries?: { id?: unknown; address?: unknown; name?: unknown }[] } | undefined;
  const credentials = readJson(credentialsPath) as Record<string, { username?: unknown; password?: unknown }> | undefined;
  if (registries === undefined && credentials === undefined) return undefined;

  const now = Date.now();
  const addRegistry = db.prepare("INSERT OR IGNORE INTO registries (id, address, name, added_at) VALUES (?, ?, ?, ?)");
  const addLogin = db.prepare(
    "INSERT OR IGNORE INTO registry_logins (address, username, secret_iv, secret, secret_tag, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const counts = { registries: 0, logins: 0 };
  db.transaction(() => {
    for (const r of registries?.registries ?? []) {
      if (typeof r?.address !== "string") continue;
      const id = typeof r.id === "string" ? r.id : newId();
      addRegistry.run(id, r.address, typeof r.name === "string" && r.name ? r.name : null, now);
      counts.registries++;
    }
    for (const [address, c] of Object.entries(credentials ?? {})) {
      if (typeof c?.username !== "string" || typeof c.password !== "string") continue;
      const sealed = seal(key, c.password, loginContext(address));
      addLogin.run(address, c.username, sealed.iv, sealed.ciphertext, sealed.tag, now);
      counts.logins++;
    }
  })();
  rmSync(credentialsPath, { force: true });
  rmSync(registriesPath, { force: true });
  console.log(`[berth] moved ${counts.registries} registries and ${counts.logins} remembered logins from JSON files into the store`);
  return counts;
}
