import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addRegistry, credentialFor, forgetLogin, listRegistries, rememberLogin, removeRegistry } from "./store";
import { authForReference } from "./auth-config";
import { forgetProcessWide } from "@/lib/server/process-state";

let dir = "";
const saved = process.env.BERTH_DATA_DIR;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-reg-"));
  process.env.BERTH_DATA_DIR = join(dir, "data");
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

const credentialsFile = () => join(dir, "data", "credentials.json");

describe("the registry store", () => {
  it("lists Docker Hub first and keeps added registries across a reload", () => {
    const added = addRegistry({ address: "127.0.0.1:5055", name: "local" });
    expect(listRegistries().map((r) => [r.kind, r.name, r.address])).toEqual([
      ["hub", "Docker Hub", "docker.io"],
      ["v2", "local", "127.0.0.1:5055"],
    ]);
    expect(() => addRegistry({ address: "127.0.0.1:5055" })).toThrow(/already/);
    // Another data dir, then back: the list comes from the file.
    process.env.BERTH_DATA_DIR = join(dir, "other");
    expect(listRegistries()).toHaveLength(1);
    process.env.BERTH_DATA_DIR = join(dir, "data");
    expect(listRegistries()[1]?.id).toBe(added.id);
  });

  it("keeps a login in memory only, unless asked to remember it in a 0600 file", () => {
    addRegistry({ address: "127.0.0.1:5056" });
    rememberLogin("127.0.0.1:5056", { username: "berth", password: "s3cret" }, false);
    expect(existsSync(credentialsFile())).toBe(false);
    expect(listRegistries()[1]).toMatchObject({ loggedInAs: "berth", remembered: false });
    expect(JSON.stringify(listRegistries())).not.toContain("s3cret");

    rememberLogin("127.0.0.1:5056", { username: "berth", password: "s3cret" }, true);
    expect(statSync(credentialsFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "data")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(credentialsFile(), "utf8"))).toEqual({ "127.0.0.1:5056": { username: "berth", password: "s3cret" } });

    // A restart (another process: the store is read from the files again) still has a remembered login.
    forgetProcessWide("registries");
    expect(credentialFor("127.0.0.1:5056")).toEqual({ username: "berth", password: "s3cret" });

    // Logging in again without remember takes it off the disk.
    rememberLogin("127.0.0.1:5056", { username: "berth", password: "s3cret" }, false);
    expect(existsSync(credentialsFile())).toBe(false);
    expect(credentialFor("127.0.0.1:5056")?.username).toBe("berth");
    forgetLogin("127.0.0.1:5056");
    expect(credentialFor("127.0.0.1:5056")).toBeUndefined();
  });

  it("forgets a removed registry's login, on disk too", () => {
    const r = addRegistry({ address: "registry.example.com" });
    rememberLogin(r.address, { username: "u", password: "p" }, true);
    removeRegistry(r.id);
    expect(credentialFor(r.address)).toBeUndefined();
    expect(existsSync(credentialsFile())).toBe(false);
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
