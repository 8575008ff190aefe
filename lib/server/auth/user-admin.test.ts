import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApiToken, tokenPrincipal } from "./api-tokens";
import { createSession, sessionPrincipal } from "./sessions";
import { issueSetupToken, redeemSetupLink, setDisabled, setPassword, setRole, setupLinkUser } from "./user-admin";
import { listUserSessions, listUserTokens, revokeUserSession, revokeUserToken } from "./user-sessions";
import { addUser, checkCredentials } from "./users";

let dir: string;
const saved = process.env.BERTH_DATA_DIR;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-users-"));
  process.env.BERTH_DATA_DIR = join(dir, "data");
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("managing accounts", () => {
  it("never demotes or disables the last enabled admin", async () => {
    await addUser("root", "admin", "root-password-1");
    expect(() => setRole("root", "operator")).toThrow(/last enabled admin/);
    expect(() => setDisabled("root", true)).toThrow(expect.objectContaining({ code: "conflict", status: 409 }));
    await addUser("second", "admin", "second-password");
    expect(setRole("root", "operator").role).toBe("operator");
    expect(() => setDisabled("second", true)).toThrow(/last enabled admin/);
    expect(() => setRole("nobody", "viewer")).toThrow(/No user named nobody/);
  });

  it("disabling ends the account's sessions, and its tokens stop while it stays disabled", async () => {
    const ann = await addUser("ann", "viewer", "ann-password-1");
    const cookie = createSession("team", { userId: ann.id, address: "10.0.0.9" });
    const { token } = createApiToken(ann.id, "ci");
    expect(sessionPrincipal(cookie, "team")).toMatchObject({ name: "ann" });
    expect(listUserSessions(ann.id)).toEqual([expect.objectContaining({ address: "10.0.0.9" })]);
    setDisabled("ann", true);
    expect(sessionPrincipal(cookie, "team")).toBeNull();
    expect(listUserSessions(ann.id)).toEqual([]);
    expect(tokenPrincipal(token)).toBeNull();
    setDisabled("ann", false);
    expect(sessionPrincipal(cookie, "team")).toBeNull();
    expect(tokenPrincipal(token)).toMatchObject({ name: "ann", via: "token" });
  });

  it("lists sessions and tokens by id and dates only, and revokes one at a time", async () => {
    const bob = await addUser("bob", "operator", "bob-password-1");
    const cookie = createSession("team", { userId: bob.id });
    const { id, token } = createApiToken(bob.id, "laptop");
    const listed = JSON.stringify([listUserSessions(bob.id), listUserTokens(bob.id)]);
    expect(listed).not.toContain(token);
    expect(listed).not.toContain(cookie);
    expect(listed).not.toMatch(/[0-9a-f]{64}/);
    expect(listUserTokens(bob.id)).toEqual([expect.objectContaining({ id, name: "laptop", lastUsedAt: null })]);
    revokeUserToken(bob.id, id);
    expect(tokenPrincipal(token)).toBeNull();
    expect(() => revokeUserToken(bob.id, id)).toThrow(/No live API token/);
    revokeUserSession(bob.id, listUserSessions(bob.id)[0]!.id);
    expect(sessionPrincipal(cookie, "team")).toBeNull();
  });

  it("a setup link sets a password once; a reset by password ends the sessions", async () => {
    await addUser("cat", "viewer", undefined);
    expect(await checkCredentials("cat", "")).toBeUndefined();
    const link = issueSetupToken("cat");
    expect(setupLinkUser(link)?.name).toBe("cat");
    await redeemSetupLink(link, "cats-own-password");
    expect(setupLinkUser(link)).toBeUndefined();
    await expect(redeemSetupLink(link, "another-password")).rejects.toThrow(/used already/);
    const cat = await checkCredentials("cat", "cats-own-password");
    expect(cat).toMatchObject({ name: "cat", passwordSet: true });
    const cookie = createSession("team", { userId: cat!.id });
    await setPassword("cat", "reset-by-admin-1");
    expect(sessionPrincipal(cookie, "team")).toBeNull();
    expect(await checkCredentials("cat", "reset-by-admin-1")).toBeDefined();
    expect(setupLinkUser(issueSetupToken("cat", Date.now() - 25 * 3600_000))).toBeUndefined();
  });
});
