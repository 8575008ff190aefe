// Photographs Berth on the demo's workload (scripts/demo-workload.mjs, the very one `npm run demo` starts) for the
// README. Needs a production build (`node scripts/build.mjs`); runs in the sandbox:
//   bash scripts/sandbox.sh run -- npx tsx scripts/screenshot.ts [out.png]     the containers screen, docs/screenshot.png
//   SCREENS_DIR=docs/screens bash scripts/sandbox.sh run -- npx tsx scripts/screenshot.ts
//     every screen in both themes at 1440 and 390 px, `<screen>-<light|dark>-<desk|phone>.png`, and the team-mode
//     screens (/users, /account) from a team-mode server of its own. SCREENS_ONLY=<screen names, comma-separated>
//     limits it to those (a quick look at the screens one is changing), e.g. SCREENS_ONLY=cleanup,users.
//   SCREENSHOT_EXTRA=<dir> also photographs each tab, the remove and build dialogs and the other screens full-page.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE as image, requireSandbox, signedInPage, startBerth } from "../bench/support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";
import { DEMO, PROJECT, seed, unseed } from "./demo-workload.mjs";

const out = process.argv[2] ?? "docs/screenshot.png";
const PORT = Number(process.env.BERTH_E2E_PORT ?? 3198);
const ONLY = process.env.SCREENS_ONLY?.split(",").filter(Boolean);

requireSandbox("scripts/screenshot.ts");

interface Shot {
  file: string;
  path: string;
  /** Done on the loaded page before the photo (e.g. load the events history). */
  prepare?: (page: Page) => Promise<void>;
}

/** Every screen's address with the demo's objects filled in (the dynamic segments of the page files under app/). */
function screens(): Shot[] {
  const imageId = docker("image", "inspect", "--format", "{{.Id}}", DEMO.snapshot).trim();
  const list: [string, string, Shot["prepare"]?][] = [
    ["containers-list", "/containers"],
    ["container-home", `/containers/${DEMO.web}`],
    ["container-logs", `/containers/${DEMO.logger}?tab=logs`],
    ["container-terminal", `/containers/${DEMO.web}?tab=terminal`],
    // The busy one: its CPU chart has something to draw.
    ["container-stats", `/containers/${DEMO.cpu}?tab=stats`],
    ["container-processes", `/containers/${DEMO.web}?tab=processes`],
    ["container-files", `/containers/${DEMO.web}?tab=files`],
    ["container-inspect", `/containers/${DEMO.web}?tab=inspect`],
    ["container-settings", `/containers/${DEMO.web}?tab=settings`],
    ["container-exited", `/containers/${DEMO.oneshot}`],
    ["new-container", "/new"],
    ["wall", "/wall"],
    ["stacks", "/stacks"],
    ["stack", `/stacks/${PROJECT}`],
    ["stack-logs", `/stacks/${PROJECT}/logs`],
    ["new-stack", "/stacks/new"],
    ["images", "/images"],
    ["image", `/images/${encodeURIComponent(imageId)}`],
    ["registries", "/registries"],
    ["volumes", "/volumes"],
    ["volume", `/volumes/${DEMO.stackVolume}`],
    ["networks", "/networks"],
    ["network", `/networks/${DEMO.stackNetwork}`],
    // The live list starts empty on a quiet engine: show the last hour, as a user would with Since.
    ["events", "/events", loadEventHistory],
    ["system", "/system"],
    ["security", "/security"],
    ["audit", "/audit"],
    ["cleanup", "/cleanup"],
  ];
  return list.map(([file, path, prepare]) => ({ file, path, prepare }));
}

/** The team-mode screens, photographed from a team-mode server signed in as its admin. */
const TEAM_SCREENS: Shot[] = [
  { file: "users", path: "/users" },
  { file: "account", path: "/account" },
];

async function loadEventHistory(page: Page) {
  // datetime-local takes the browser's local time, to the second.
  const since = await page.evaluate(() => {
    const d = new Date(Date.now() - 3600_000);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  });
  await page.getByLabel("Since").fill(since);
  await page.getByRole("button", { name: "Load history" }).click();
  await page.getByRole("button", { name: "Load history" }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(800);
}

// Live screens (stats samples, the wall's figures, a terminal's prompt) need a few seconds of pushes first.
const SETTLE_MS: [RegExp, number][] = [[/stats|\/wall|terminal|processes/, 3500], [/logs/, 2000]];

// The crash loop's "exited unexpectedly" notices come every few seconds and would cover part of whichever screen
// is being photographed; the pictures show the screens, the toasts have tests of their own (e2e/toasts.spec.ts).
const HIDE_NOTICES = 'section[aria-label="Notifications"] { display: none !important; }';

// SCREENS_SIZES=phone / SCREENS_THEMES=dark: a quicker look at one variant while fixing it.
const SIZES = ([["desk", 1440, 900], ["phone", 390, 844]] as const).filter(([s]) => !process.env.SCREENS_SIZES || process.env.SCREENS_SIZES.split(",").includes(s));
const THEMES = (["light", "dark"] as const).filter((t) => !process.env.SCREENS_THEMES || process.env.SCREENS_THEMES.split(",").includes(t));

async function photograph(page: Page, base: string, shot: Shot, name: string) {
  await page.goto(`${base}${shot.path}`);
  await page.waitForLoadState("networkidle");
  // networkidle does not see the socket's pushes nor a client component still loading: wait for the
  // placeholders (components/ui/skeleton.tsx) to go, then for the live figures to arrive.
  await page
    .waitForFunction(() => !document.querySelector("[class*=animate-pulse]"), undefined, { timeout: 20_000 })
    .catch(() => console.warn(`${shot.file}: still loading after 20 s`));
  await shot.prepare?.(page);
  await page.waitForTimeout(SETTLE_MS.find(([re]) => re.test(shot.path))?.[1] ?? 900);
  await page.screenshot({ path: name, style: HIDE_NOTICES });
}

/** `<screen>-<light|dark>-<desk|phone>.png`: stable names, so a regenerated set replaces the old one file by file. */
async function allScreens(open: (opts: BrowserContextOptions) => Promise<Page>, base: string, dir: string, list: Shot[]) {
  const chosen = list.filter((s) => !ONLY || ONLY.includes(s.file));
  if (chosen.length === 0) return 0;
  mkdirSync(dir, { recursive: true });
  for (const theme of THEMES) {
    for (const [size, width, height] of SIZES) {
      const page = await open({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: theme });
      for (const shot of chosen) await photograph(page, base, shot, `${dir}/${shot.file}-${theme}-${size}.png`);
      await page.context().close();
    }
  }
  return chosen.length * THEMES.length * SIZES.length;
}

/** Makes a change through Berth itself, as a user would, so the audit log has something to show. */
async function auditedChange(page: Page, base: string) {
  await page.goto(`${base}/containers`);
  const status = await page.evaluate(async (name) => (await fetch(`/api/containers/${name}/restart`, { method: "POST" })).status, DEMO.web);
  if (status >= 400) console.warn(`restarting ${DEMO.web} through Berth answered ${status}`);
}

function berthCli(dataDir: string, args: string[], input?: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/berth.ts", ...args], {
    env: { ...process.env, BERTH_DATA_DIR: dataDir, BERTH_MODE: "team" },
    input,
    encoding: "utf8",
  }).trim();
}

/** A team-mode Berth of its own with a few accounts made through the command line, as an admin would. */
async function teamScreens(browser: Browser, dir: string): Promise<number> {
  if (!TEAM_SCREENS.some((s) => !ONLY || ONLY.includes(s.file))) return 0;
  const dataDir = join(mkdtempSync(join(tmpdir(), "berth-screens-team-")), "data");
  const admin = { name: "ada", password: "screens-admin-password" };
  berthCli(dataDir, ["user", "add", admin.name, "--role", "admin"], `${admin.password}\n`);
  berthCli(dataDir, ["user", "add", "sam", "--role", "operator"], "screens-operator-password\n");
  berthCli(dataDir, ["user", "add", "vic", "--role", "viewer"], "screens-viewer-password\n");
  // The account screen lists its API tokens: one a script uses.
  const token = berthCli(dataDir, ["token", "add", admin.name, "nightly-backup"]);
  const server = await startBerth(PORT + 1, { BERTH_MODE: "team", BERTH_DATA_DIR: dataDir }, { headers: { Authorization: `Bearer ${token}` } });
  try {
    const open = async (opts: BrowserContextOptions) => {
      const context = await browser.newContext({ ...opts, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await page.goto(`${server.base}/login?next=%2Fusers`);
      await page.getByLabel("Name").fill(admin.name);
      await page.getByLabel("Password").fill(admin.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${server.base}/users`);
      return page;
    };
    return await allScreens(open, server.base, dir, TEAM_SCREENS);
  } finally {
    server.stop();
    await server.exited;
    rmSync(join(dataDir, ".."), { recursive: true, force: true });
  }
}

async function extraShots(page: Page, base: string, dir: string) {
  await page.goto(`${base}/containers/${DEMO.oneshot}`);
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${dir}/exited.png` });
  await page.getByRole("group", { name: "Container actions" }).getByRole("button", { name: "Remove" }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/remove-dialog.png` });
  for (const tab of ["logs", "terminal", "stats", "processes", "inspect", "files", "settings"]) {
    await page.goto(`${base}/containers/${DEMO.web}?tab=${tab}`);
    await page.waitForTimeout(tab === "stats" ? 4000 : 1200);
    await page.screenshot({ path: `${dir}/tab-${tab}.png` });
  }
  await page.goto(`${base}/new`);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${dir}/new.png`, fullPage: true });
  for (const screen of ["stacks", `stacks/${PROJECT}`, "images", "registries", "volumes", "networks", "cleanup", "system", "events", "security", "audit"]) {
    await page.goto(`${base}/${screen}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${dir}/${screen.replace("/", "-")}.png`, fullPage: true });
  }
  await page.goto(`${base}/images`);
  await page.getByRole("button", { name: "Build" }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${dir}/build-dialog.png` });
}

async function main() {
  const workdir = mkdtempSync(join(tmpdir(), "berth-screens-"));
  const { compose } = seed(image, workdir);
  if (!compose) throw new Error("no Compose CLI in this sandbox: the stack screens would have nothing to show");
  const server = await startBerth(PORT);
  const base = server.base;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const first = await signedInPage(browser, base, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await auditedChange(first, base);
    const dir = process.env.SCREENS_DIR;
    if (dir) {
      const open = (opts: BrowserContextOptions) => signedInPage(browser, base, opts);
      const count = (await allScreens(open, base, dir, screens())) + (await teamScreens(browser, dir));
      console.log(`${count} screens written to ${dir}`);
      return;
    }
    await first.goto(`${base}/containers/${DEMO.web}`);
    await first.getByRole("region", { name: "Container details" }).getByRole("heading", { name: DEMO.web }).waitFor();
    await first.waitForTimeout(500);
    await first.screenshot({ path: out, style: HIDE_NOTICES });
    console.log(`screenshot written to ${out}`);
    if (process.env.SCREENSHOT_EXTRA) await extraShots(first, base, process.env.SCREENSHOT_EXTRA);
  } finally {
    await browser.close();
    server.stop();
    unseed(compose, workdir);
    rmSync(workdir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
