import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

// The one place the e2e suite signs in. Every Berth the tests start shares the sandbox's BERTH_DATA_DIR, so one key
// (made here if the server has not made it yet, in the server's own format: lib/server/auth/local-key.ts) opens them
// all. Playwright's pages and request contexts carry a session cookie (global-setup gets it through the printed-URL
// flow and writes STORAGE_STATE); scripts — raw-http.ts, the socket.io helpers, the benches — send the key as Bearer.

export const DATA_DIR = process.env.BERTH_DATA_DIR ?? path.join(tmpdir(), "berth-e2e-data");
process.env.BERTH_DATA_DIR = DATA_DIR;

/** Where global-setup leaves the signed-in browser state (beside the data dir, never inside it). */
export const STORAGE_STATE = path.join(path.dirname(DATA_DIR), "e2e-storage-state.json");

let cached: string | undefined;

/** The key of every Berth this run starts. */
export function e2eKey(): string {
  if (cached) return cached;
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  const file = path.join(DATA_DIR, "key");
  try {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  cached = readFileSync(file, "utf8").trim();
  return cached;
}

/** What a script sends to be let in. */
export function authHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${e2eKey()}` };
}

/** Opens `${base}/?token=<key>` as a browser would and returns the session cookie Berth sets, as it set it. */
export function signInWithKey(base: string, key = e2eKey()): Promise<{ status: number; location?: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/?token=${encodeURIComponent(key)}`, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookie: res.headers["set-cookie"] ?? [] }));
    });
    req.on("error", reject);
  });
}

/** Signs in once and writes the cookie for 127.0.0.1 and localhost (any port) as Playwright storage state. */
export async function writeStorageState(base: string): Promise<void> {
  const { status, setCookie } = await signInWithKey(base);
  const m = /^berth_session=([^;]+)/.exec(setCookie[0] ?? "");
  if (status !== 303 || !m) throw new Error(`signing in with the key failed: ${status} ${setCookie.join(" ")}`);
  const cookie = (domain: string) => ({ name: "berth_session", value: m[1]!, domain, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Strict" as const });
  writeFileSync(STORAGE_STATE, JSON.stringify({ cookies: [cookie("127.0.0.1"), cookie("localhost")], origins: [] }, null, 2));
}
