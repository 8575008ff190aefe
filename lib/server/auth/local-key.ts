import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv } from "@/lib/server/config";
import { privateDataDir } from "@/lib/server/store/db";
import { sameSecret } from "./secrets";

// Local mode's one secret (Jupyter's token): made on first start, kept in the data directory readable by the
// server's user only (0600), printed as a URL at start and by `npm run berth -- url`.

export const KEY_FILE = "key";

/** The key in `dir`, made (32 random bytes, base64url) if there is none yet. */
export function localKey(dir: string = dataDirFromEnv()): string {
  const path = join(privateDataDir(dir), KEY_FILE);
  try {
    const key = readFileSync(path, "utf8").trim();
    if (key) return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  try {
    // `wx`: two processes starting at once keep whichever key was written first.
    writeFileSync(path, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  chmodSync(path, 0o600);
  return readFileSync(path, "utf8").trim();
}

export function isLocalKey(candidate: string): boolean {
  return sameSecret(candidate, localKey());
}

/** The URL that opens Berth with the key (the browser then keeps a session cookie and drops it from the address). */
export function keyUrl(host: string, port: number, key: string = localKey()): string {
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}/?token=${encodeURIComponent(key)}`;
}
