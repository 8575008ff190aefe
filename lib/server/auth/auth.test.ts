import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig, startRefusal } from "@/lib/server/config";
import { store } from "@/lib/server/store/db";
import { authenticate, cookieValue } from "./authenticate";
import { keyUrl, localKey } from "./local-key";
import { createSession, revokeSession, SESSION_COOKIE, SESSION_IDLE_MS, sessionPrincipal } from "./sessions";

let dir: string;
const saved = process.env.BERTH_DATA_DIR;
const local = { mode: "local" as const, authOff: false };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-auth-"));
  process.env.BERTH_DATA_DIR = join(dir, "data");
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("the local key", () => {
  it("is made once, in a 0700 directory, readable by the owner only (0600)", () => {
    const key = localKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(localKey()).toBe(key);
    expect(statSync(join(dir, "data")).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "data", "key")).mode & 0o777).toBe(0o600);
    expect(keyUrl("127.0.0.1", 3000, key)).toBe(`http://127.0.0.1:3000/?token=${key}`);
  });

  it("opens the API as Bearer; anything else is nobody", () => {
    const key = localKey();
    expect(authenticate(new Headers({ Authorization: `Bearer ${key}` }), local)).toMatchObject({ role: "admin", via: "key" });
    expect(authenticate(new Headers({ Authorization: `Bearer ${key}x` }), local)).toBeNull();
    expect(authenticate(new Headers({ Authorization: `Basic ${key}` }), local)).toBeNull();
    expect(authenticate(new Headers(), local)).toBeNull();
    // Team mode has no key: the same header is a (bad) API token there.
    expect(authenticate(new Headers({ Authorization: `Bearer ${key}` }), { mode: "team", authOff: false })).toBeNull();
  });
});

describe("sessions", () => {
  it("are kept as a hash, found by the cookie, and end when revoked", () => {
    const secret = createSession("local");
    const rows = store().prepare("SELECT id_hash FROM sessions").all() as { id_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id_hash).not.toContain(secret);
    const headers = { cookie: `other=1; ${SESSION_COOKIE}=${secret}` };
    expect(authenticate(headers, local)).toMatchObject({ role: "admin", via: "session" });
    expect(authenticate(headers, { mode: "team", authOff: false })).toBeNull();
    revokeSession(secret);
    expect(authenticate(headers, local)).toBeNull();
  });

  it("expire: unused for a day, or a week after sign-in", () => {
    const now = Date.now();
    const secret = createSession("local", { now });
    expect(sessionPrincipal(secret, "local", now + SESSION_IDLE_MS - 1)).not.toBeNull();
    expect(sessionPrincipal(secret, "local", now + 2 * SESSION_IDLE_MS)).toBeNull();
    const old = createSession("local", { now: now - 8 * 24 * 3600_000 });
    expect(sessionPrincipal(old, "local", now)).toBeNull();
  });

  it("store file is private and migrated to the newest version", () => {
    const db = store();
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(1);
    expect(statSync(join(dir, "data", "berth.sqlite")).mode & 0o777).toBe(0o600);
    db.prepare("INSERT INTO audit_log (at, actor, verb, resource, outcome) VALUES (1, 'a', 'v', 'r', 'ok')").run();
    expect(() => db.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
  });
});

describe("cookieValue", () => {
  it("finds one cookie among several", () => {
    expect(cookieValue("a=1; berth_session=xyz; b=2", "berth_session")).toBe("xyz");
    expect(cookieValue("xberth_session=no", "berth_session")).toBeUndefined();
    expect(cookieValue(undefined, "berth_session")).toBeUndefined();
  });
});

describe("start-up refusals", () => {
  it("refuses a non-loopback address without team mode, saying how to turn it on", () => {
    expect(startRefusal(readConfig({ HOST: "0.0.0.0" }))).toMatch(/BERTH_MODE=team/);
    expect(startRefusal(readConfig({ HOST: "192.168.1.5" }))).toMatch(/refusing to listen on HOST=192\.168\.1\.5/);
    expect(startRefusal(readConfig({ HOST: "0.0.0.0", BERTH_MODE: "team" }))).toBeUndefined();
    expect(startRefusal(readConfig({}))).toBeUndefined();
    expect(startRefusal(readConfig({ HOST: "127.0.0.2" }))).toBeUndefined();
    expect(startRefusal(readConfig({ HOST: "::1" }))).toBeUndefined();
  });

  it("allows BERTH_AUTH=off on loopback only", () => {
    expect(startRefusal(readConfig({ BERTH_AUTH: "off" }))).toBeUndefined();
    expect(startRefusal(readConfig({ BERTH_AUTH: "off", HOST: "0.0.0.0", BERTH_MODE: "team" }))).toMatch(/only allowed on a loopback/);
    expect(() => readConfig({ BERTH_MODE: "teams" })).toThrow(/BERTH_MODE/);
  });
});

describe("accounts", () => {
  it("keep an scrypt hash only, and open with the right password", async () => {
    const { addUser, checkCredentials } = await import("./users");
    const user = await addUser("ann", "operator", "correct horse battery");
    const row = store().prepare("SELECT password_hash FROM users WHERE id = ?").get(user.id) as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$65536\$8\$1\$/);
    expect(row.password_hash).not.toContain("correct horse");
    expect(await checkCredentials("ANN", "correct horse battery")).toMatchObject({ name: "ann", role: "operator" });
    expect(await checkCredentials("ann", "wrong horse battery")).toBeUndefined();
    expect(await checkCredentials("nobody", "correct horse battery")).toBeUndefined();
    await expect(addUser("ann", "admin", "another long one")).rejects.toThrow(/exists already/);
    await expect(addUser("bob", "admin", "short")).rejects.toThrow(/at least 10/);
  });
});
