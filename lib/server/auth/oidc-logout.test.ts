import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as client from "openid-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { store } from "@/lib/server/store/db";
import { endSessionUrl } from "./oidc-client";
import { keepIdToken, sessionIdToken } from "./oidc-logout";
import { createSession, revokeSession } from "./sessions";
import { revokeUserSessions } from "./user-sessions";
import { addUser } from "./users";

let dir: string;
const saved = process.env.BERTH_DATA_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-oidc-logout-"));
  process.env.BERTH_DATA_DIR = join(dir, "data");
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

const ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl";

describe("the ID token a single sign-on session keeps", () => {
  it("is sealed in the store (not readable there) and opens for its own open session only", async () => {
    const user = await addUser("ada", "admin", "a long enough password");
    const session = createSession("team", { userId: user.id });
    const other = createSession("team", { userId: user.id });
    keepIdToken(session, ID_TOKEN);
    expect(sessionIdToken(session)).toBe(ID_TOKEN);
    expect(sessionIdToken(other)).toBeUndefined();
    const raw = store().prepare("SELECT id_token FROM sessions WHERE id_token IS NOT NULL").all() as { id_token: Buffer }[];
    expect(raw).toHaveLength(1);
    expect(raw[0]!.id_token.toString("latin1")).not.toContain("eyJ");

    // Moved to another session's row, it does not open (the row is bound in as associated data).
    store().prepare("UPDATE sessions SET id_token_iv = (SELECT id_token_iv FROM sessions WHERE id_token IS NOT NULL), id_token = (SELECT id_token FROM sessions WHERE id_token IS NOT NULL), id_token_tag = (SELECT id_token_tag FROM sessions WHERE id_token IS NOT NULL) WHERE id_token IS NULL").run();
    expect(sessionIdToken(other)).toBeUndefined();
  });

  it("is forgotten when the session ends, by sign-out or by an admin", async () => {
    const user = await addUser("olli", "operator", "a long enough password");
    const a = createSession("team", { userId: user.id });
    const b = createSession("team", { userId: user.id });
    keepIdToken(a, ID_TOKEN);
    keepIdToken(b, ID_TOKEN);
    revokeSession(a);
    expect(sessionIdToken(a)).toBeUndefined();
    revokeUserSessions(user.id);
    expect(sessionIdToken(b)).toBeUndefined();
    expect(store().prepare("SELECT COUNT(*) AS n FROM sessions WHERE id_token IS NOT NULL OR id_token_iv IS NOT NULL").get()).toEqual({ n: 0 });
  });
});

describe("the provider's end-session URL", () => {
  const metadata = { issuer: "https://idp.example.com", authorization_endpoint: "https://idp.example.com/auth" };

  it("carries the ID token as hint, where to come back, and the client id", () => {
    const provider = new client.Configuration({ ...metadata, end_session_endpoint: "https://idp.example.com/session/end" }, "berth");
    const url = endSessionUrl(provider, ID_TOKEN, "https://berth.example.com/login")!;
    expect(url.origin + url.pathname).toBe("https://idp.example.com/session/end");
    expect(Object.fromEntries(url.searchParams)).toEqual({ id_token_hint: ID_TOKEN, post_logout_redirect_uri: "https://berth.example.com/login", client_id: "berth" });
  });

  it("is none for a provider without end_session_endpoint: Berth's own sign-out only", () => {
    expect(endSessionUrl(new client.Configuration(metadata, "berth"), ID_TOKEN, "https://berth.example.com/login")).toBeUndefined();
  });
});
