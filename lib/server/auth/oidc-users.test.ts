import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { store } from "@/lib/server/store/db";
import { addUser, checkCredentials, findUser } from "./users";
import { cleanName, signInOidcAccount } from "./oidc-users";

let dir: string;
const saved = process.env.BERTH_DATA_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-oidc-"));
  process.env.BERTH_DATA_DIR = join(dir, "data");
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

const ISSUER = "https://idp.example.com";

describe("the account a provider's identity opens", () => {
  it("is made at the first sign-in (source oidc, no password) and found by issuer + subject after", () => {
    const first = signInOidcAccount({ issuer: ISSUER, subject: "sub-1", names: ["ada", "ada@example.com"] }, "viewer");
    expect(first).toMatchObject({ name: "ada", role: "viewer", disabled: false, created: true });
    const row = store().prepare("SELECT source, oidc_issuer, oidc_subject, password_hash FROM users WHERE id = ?").get(first.id);
    expect(row).toEqual({ source: "oidc", oidc_issuer: ISSUER, oidc_subject: "sub-1", password_hash: null });
    // The role is the claims' again at each sign-in, the name is kept even if the provider's changes.
    const again = signInOidcAccount({ issuer: ISSUER, subject: "sub-1", names: ["ada.lovelace"] }, "admin");
    expect(again).toMatchObject({ id: first.id, name: "ada", role: "admin", created: false });
    expect(findUser("ada")?.role).toBe("admin");
  });

  it("never takes over a local account of the same name, nor another provider's", async () => {
    await addUser("ada", "viewer", "a-long-password-1");
    const a = signInOidcAccount({ issuer: ISSUER, subject: "sub-1", names: ["ada"] }, "admin");
    expect(a.name).toBe("ada-2");
    expect(findUser("ada")?.role).toBe("viewer");
    const b = signInOidcAccount({ issuer: "https://other.example.com", subject: "sub-1", names: ["ada"] }, "viewer");
    expect(b.id).not.toBe(a.id);
    expect(b.name).toBe("ada-3");
    // No password opens an OIDC account.
    expect(await checkCredentials("ada-2", "")).toBeUndefined();
  });

  it("keeps a disabled account disabled, its role untouched", () => {
    const a = signInOidcAccount({ issuer: ISSUER, subject: "sub-9", names: ["vic"] }, "viewer");
    store().prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(a.id);
    expect(signInOidcAccount({ issuer: ISSUER, subject: "sub-9", names: ["vic"] }, "admin")).toMatchObject({ disabled: true, role: "viewer" });
    expect(findUser("vic")?.role).toBe("viewer");
  });

  it("makes provider names into valid user names, or falls back to the subject", () => {
    expect(cleanName("Ada Lovelace")).toBe("Ada-Lovelace");
    expect(cleanName("  -_x")).toBe("x");
    expect(cleanName("???")).toBeUndefined();
    expect(signInOidcAccount({ issuer: ISSUER, subject: "abc|123", names: [undefined, "!!!"] }, "viewer").name).toBe("oidc-abc-123");
  });
});
