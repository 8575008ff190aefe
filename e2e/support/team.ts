import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Browser } from "@playwright/test";
import { startBerth, type BerthServer } from "./berth-server";
import type { Role } from "../../lib/shared/auth/roles";

// A team-mode Berth of a spec's own (its own data dir, so its accounts and audit log start empty), with one account
// per role made through the command line as an admin would, and an API token each for scripted calls.

export interface TeamAccount {
  name: string;
  password: string;
  role: Role;
  /** `Authorization: Bearer <API token>` for this account. */
  headers: Record<string, string>;
}

export interface TeamBerth extends BerthServer {
  dataDir: string;
  accounts: Record<Role, TeamAccount>;
  cleanup: () => void;
}

function berthCli(dataDir: string, args: string[], input?: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/berth.ts", ...args], {
    env: { ...process.env, BERTH_DATA_DIR: dataDir, BERTH_MODE: "team" },
    input,
    encoding: "utf8",
  }).trim();
}

/** `env` goes to the server only (e.g. BERTH_OIDC_*); `logFile` collects its output. */
export async function startTeamBerth(port: number, env: Record<string, string> = {}, opts: { logFile?: string } = {}): Promise<TeamBerth> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "berth-team-")), "data");
  const accounts = {} as Record<Role, TeamAccount>;
  for (const role of ["viewer", "operator", "admin"] as const) {
    const name = `${role}-e2e`;
    const password = `${role}-password-${port}`;
    berthCli(dataDir, ["user", "add", name, "--role", role], `${password}\n`);
    const token = berthCli(dataDir, ["token", "add", name, "e2e"]);
    accounts[role] = { name, password, role, headers: { Authorization: `Bearer ${token}` } };
  }
  const server = await startBerth(port, { BERTH_MODE: "team", BERTH_DATA_DIR: dataDir, ...env }, { headers: accounts.viewer.headers, logFile: opts.logFile });
  return {
    ...server,
    dataDir,
    accounts,
    cleanup: () => rmSync(path.dirname(dataDir), { recursive: true, force: true }),
  };
}

/** A fresh browser context signed in to `base` through the sign-in page, as a person would. */
export async function signInAs(browser: Browser, base: string, account: { name: string; password: string }, next = "/containers") {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`${base}${next}`);
  await expect(page).toHaveURL(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base}${next}`);
  return { context, page };
}
