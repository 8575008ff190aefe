import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addRegistry, credentialFor, forgetLogin, listRegistries, rememberLogin, removeRegistry } from "./store";
import { authForReference } from "./auth-config";
import { forgetProcessWide } from "@/lib/server/process-state";
import { store } from "@/lib/server/store/db";
import { SECRETS_KEY_FILE } from "@/lib/server/store/secret-box";

let dir = "";
const saved = process.env.BERTH_DATA_DIR;
const PASSWORD = "s3cret-registry-password-1234";

const data = () => join(dir, "data");

/** What a restart does: another process opens the store and reads the key again. */
function restart() {
  forgetProcessWide("registry-logins");
  forgetProcessWide("registries-imported");
  forgetProcessWide("secrets-key");
  const s = (globalThis as Record<symbol, Map<string, { db: { close(): void } }>>)[Symbol.for("berth.process")]?.get("store");
  s?.db.close();
  forgetProcessWide("store");
}

beforeEach(() => {
  restart();
  dir = mkdtempSync(join(tmpdir(), "berth-reg-"));
  process.env.BERTH_DATA_DIR = data();
});
afterEach(() => {
  restart();
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** Every byte the store keeps (database, WAL, shared memory), but not the key file. */
function storeBytes(): Buffer {
  return Buffer.concat(
    readdirSync(data())
      .filter((f) => f !== SECRETS_KEY_FILE && f !== "key")
      .map((f) => readFileSync(join(data(), f))),
  );
}

describe("the registry store", () => {
  it("lists Docker Hub first and keeps added registries across a restart", () => {
    const added = addRegistry({ address: "127.0.0.1:5055", name: "local" });
    expect(listRegistries().map((r) => [r.kind, r.name, r.address])).toEqual([
      ["hub", "Docker Hub", "docker.io"],
      ["v2", "local", "127.0.0.1:5055"],
    ]);
    expect(() => addRegistry({ address: "127.0.0.1:5055" })).toThrow(/already/);
    process.env.BERTH_DATA_DIR = join(dir, "other");
    expect(listRegistries()).toHaveLength(1);
    process.env.BERTH_DATA_DIR = data();
    restart();
    expect(listRegistries()[1]?.id).toBe(added.id);
  });

  it("keeps a login in memory only, unless asked to remember it, then sealed in the store", () => {
    addRegistry({ address: "127.0.0.1:5056" });
    rememberLogin("127.0.0.1:5056", { username: "berth", password: PASSWORD }, false);
    expect(store().prepare("SELECT count(*) AS n FROM registry_logins").get()).toEqual({ n: 0 });
    expect(listRegistries()[1]).toMatchObject({ loggedInAs: "berth", remembered: false });
    expect(JSON.stringify(listRegistries())).not.toContain(PASSWORD);

    rememberLogin("127.0.0.1:5056", { username: "berth", password: PASSWORD }, true);
    expect(listRegistries()[1]).toMatchObject({ loggedInAs: "berth", remembered: true });
    expect(statSync(join(data(), SECRETS_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(data()).mode & 0o777).toBe(0o700);
    expect(Buffer.from(readFileSync(join(data(), SECRETS_KEY_FILE), "utf8").trim(), "base64")).toHaveLength(32);
    // Neither the database nor its WAL holds the password, before or after a checkpoint.
    expect(storeBytes().includes(PASSWORD)).toBe(false);
    store().pragma("wal_checkpoint(TRUNCATE)");
    expect(storeBytes().includes(PASSWORD)).toBe(false);
    expect(storeBytes().includes("berth")).toBe(true); // the check reads the right bytes: the user name is there

    restart();
    expect(credentialFor("127.0.0.1:5056")).toEqual({ username: "berth", password: PASSWORD });

    // Logging in again without remember takes it out of the store.
    rememberLogin("127.0.0.1:5056", { username: "berth", password: PASSWORD }, false);
    expect(store().prepare("SELECT count(*) AS n FROM registry_logins").get()).toEqual({ n: 0 });
    expect(credentialFor("127.0.0.1:5056")?.username).toBe("berth");
    forgetLogin("127.0.0.1:5056");
    expect(credentialFor("127.0.0.1:5056")).toBeUndefined();
  });

  it("seals each value with its own IV: the same password twice is two different ciphertexts", () => {
    rememberLogin("a.example.com", { username: "u", password: PASSWORD }, true);
    rememberLogin("b.example.com", { username: "u", password: PASSWORD }, true);
    const rows = store().prepare("SELECT secret_iv, secret, secret_tag FROM registry_logins").all() as { secret_iv: Buffer; secret: Buffer; secret_tag: Buffer }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.secret_iv).toHaveLength(12);
    expect(rows[0]!.secret_tag).toHaveLength(16);
    expect(rows[0]!.secret_iv.equals(rows[1]!.secret_iv)).toBe(false);
    expect(rows[0]!.secret.equals(rows[1]!.secret)).toBe(false);
  });

  it("refuses loudly a tampered ciphertext, tag, or a row moved to another registry", () => {
    rememberLogin("reg.example.com", { username: "u", password: PASSWORD }, true);
    rememberLogin("other.example.com", { username: "v", password: "other-password" }, true);
    const row = store().prepare("SELECT secret FROM registry_logins WHERE address = ?").get("reg.example.com") as { secret: Buffer };
    const flipped = Buffer.from(row.secret);
    flipped[0]! ^= 0x01;
    store().prepare("UPDATE registry_logins SET secret = ? WHERE address = ?").run(flipped, "reg.example.com");
    expect(() => credentialFor("reg.example.com")).toThrow(/saved login for reg\.example\.com could not be decrypted.*log in again/);

    // Swap: other's sealed value under reg's address. The address is bound in, so this fails too.
    store().exec(`UPDATE registry_logins SET (secret_iv, secret, secret_tag) =
      (SELECT secret_iv, secret, secret_tag FROM registry_logins WHERE address = 'other.example.com') WHERE address = 'reg.example.com'`);
    expect(() => credentialFor("reg.example.com")).toThrow(/could not be decrypted/);
    expect(credentialFor("other.example.com")).toEqual({ username: "v", password: "other-password" });

    store().prepare("UPDATE registry_logins SET secret_tag = ? WHERE address = ?").run(randomBytes(16), "other.example.com");
    expect(() => credentialFor("other.example.com")).toThrow(/could not be decrypted/);
    // The error never carries the password.
    try {
      credentialFor("other.example.com");
    } catch (err) {
      expect(String((err as Error).message)).not.toContain("other-password");
    }
  });

  it("cannot decrypt with another key", () => {
    rememberLogin("reg.example.com", { username: "u", password: PASSWORD }, true);
    restart();
    writeFileSync(join(data(), SECRETS_KEY_FILE), `${randomBytes(32).toString("base64")}\n`);
    expect(() => credentialFor("reg.example.com")).toThrow(/could not be decrypted/);
    // The listing still works (no password needed), so the user sees whom to log in as again.
    expect(listRegistries().length).toBe(1);
  });

  it("forgets a removed registry's login, in the store too", () => {
    const r = addRegistry({ address: "registry.example.com" });
    rememberLogin(r.address, { username: "u", password: "p" }, true);
    removeRegistry(r.id);
    expect(credentialFor(r.address)).toBeUndefined();
    expect(store().prepare("SELECT count(*) AS n FROM registry_logins").get()).toEqual({ n: 0 });
    expect(() => removeRegistry("hub")).toThrow(/always listed/);
  });

  it("gives pulls and pushes the login of the reference's registry", () => {
    rememberLogin("127.0.0.1:5056", { username: "berth", password: "pw" }, false);
    rememberLogin("docker.io", { username: "hubuser", password: "tok" }, false);
    expect(authForReference("127.0.0.1:5056/e2e/app:1")).toEqual({ username: "berth", password: "pw", serveraddress: "127.0.0.1:5056" });
    expect(authForReference("busybox")).toEqual({ username: "hubuser", password: "tok", serveraddress: "https://index.docker.io/v1/" });
    expect(authForReference("127.0.0.1:5055/e2e/app:1")).toBeUndefined();
  });
});

describe("the one-time import of the old JSON files", () => {
  function writeLegacy() {
    mkdirSync(data(), { recursive: true, mode: 0o700 });
    writeFileSync(join(data(), "registries.json"), JSON.stringify({ registries: [{ id: "abc123", address: "127.0.0.1:5056", name: "login" }, { id: "def456", address: "127.0.0.1:5055" }] }));
    writeFileSync(join(data(), "credentials.json"), JSON.stringify({ "127.0.0.1:5056": { username: "berth", password: PASSWORD }, "docker.io": { username: "hub", password: "hubtoken" } }), { mode: 0o600 });
    chmodSync(join(data(), "credentials.json"), 0o600);
  }

  it("moves registries and logins into the store, sealed, and deletes the files", () => {
    writeLegacy();
    expect(listRegistries().map((r) => [r.id, r.name, r.loggedInAs, r.remembered])).toEqual([
      ["hub", "Docker Hub", "hub", true],
      ["abc123", "login", "berth", true],
      ["def456", "127.0.0.1:5055", undefined, undefined],
    ]);
    expect(existsSync(join(data(), "credentials.json"))).toBe(false);
    expect(existsSync(join(data(), "registries.json"))).toBe(false);
    expect(credentialFor("127.0.0.1:5056")).toEqual({ username: "berth", password: PASSWORD });
    expect(credentialFor("docker.io")).toEqual({ username: "hub", password: "hubtoken" });
    store().pragma("wal_checkpoint(TRUNCATE)");
    expect(storeBytes().includes(PASSWORD)).toBe(false);
  });

  it("is idempotent: the same files found again (a crash before they were deleted) add nothing twice", () => {
    writeLegacy();
    expect(listRegistries()).toHaveLength(3);
    rememberLogin("127.0.0.1:5056", { username: "newer", password: "newer-pw" }, true);
    writeLegacy();
    restart();
    expect(listRegistries().map((r) => r.id)).toEqual(["hub", "abc123", "def456"]);
    expect(store().prepare("SELECT count(*) AS n FROM registry_logins").get()).toEqual({ n: 2 });
    // What the store already had wins over the stale file.
    expect(credentialFor("127.0.0.1:5056")).toEqual({ username: "newer", password: "newer-pw" });
    expect(existsSync(join(data(), "credentials.json"))).toBe(false);
  });

  it("imports nothing and keeps the file when it is not JSON", () => {
    mkdirSync(data(), { recursive: true, mode: 0o700 });
    writeFileSync(join(data(), "credentials.json"), `{"127.0.0.1:5056": {"username": "berth", "password": "${PASSWORD}"`);
    let message = "";
    try {
      listRegistries();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/cannot import .*credentials\.json/);
    expect(message).not.toContain(PASSWORD);
    expect(existsSync(join(data(), "credentials.json"))).toBe(true);
  });
});
