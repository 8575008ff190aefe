// Seeds the sandbox engine with a few realistic containers and photographs the containers screen
// for the README: `bash scripts/sandbox.sh run -- npx tsx scripts/screenshot.ts [out.png]`.
// Needs a production build (`npx next build`).
// SCREENS_DIR=docs/screens seeds the demo's workload and photographs every screen in both themes at 1440 and 390 px
// instead; SCREENS_ONLY=<screen names, comma-separated> limits it to those (a quick look at the screens one is changing).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE as image, requireSandbox, signedInPage, startBerth } from "../bench/support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";

const out = process.argv[2] ?? "docs/screenshot.png";
const sleeper = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"];

requireSandbox("scripts/screenshot.ts");

/** The README's small workload: the one photo of the containers screen. */
function seedReadme() {
  docker("volume", "create", "shop_pgdata");
  docker("network", "create", "shop_default");
  docker("run", "-d", "--name", "shop-web-1", "-p", "127.0.0.1:8080:80", "-p", "127.0.0.1:8443:443",
    "--network", "shop_default", "--label", "com.docker.compose.project=shop", "--label", "com.docker.compose.service=web",
    "-e", "API_URL=http://shop-api-1:3000", "-e", "SESSION_SECRET=s3cr3t", "--restart", "unless-stopped",
    "-v", "shop_pgdata:/var/lib/data", image, "sh", "-c",
    "trap 'exit 0' TERM; echo 'web: listening on :80'; printf '\\033[32mGET /health 200\\033[0m 1ms\\n';" +
      " echo 'warn: cache is cold, first requests will be slow' >&2; printf '\\033[33mGET /cart 304\\033[0m 4ms\\n';" +
      " httpd -f -p 80 -h /etc & sleep 3600 & wait");
  docker("run", "-d", "--name", "shop-api-1", "--network", "shop_default", "--label", "com.docker.compose.project=shop", image, ...sleeper);
  docker("run", "-d", "--name", "redis-cache", image, ...sleeper);
  docker("run", "-d", "--name", "queue-worker", image, ...sleeper);
  docker("pause", "queue-worker");
  docker("run", "-d", "--name", "nightly-backup", image, "true");
  docker("run", "-d", "--name", "migrate-db", image, "sh", "-c", "echo 'relation users already exists' >&2; exit 1");
  docker("create", "--name", "load-test", image, "sleep", "60");
  docker("wait", "nightly-backup", "migrate-db");
  // Something for the cleanup, audit and images screens to show: an old build's leftovers, a forgotten volume
  // and network, an admin tool that holds the engine's socket.
  docker("volume", "create", "old_cache");
  docker("network", "create", "legacy_net");
  docker("create", "--name", "portainer-agent", "-p", "9001:9001",
    "--mount", `type=bind,src=${process.env.DOCKER_HOST!.replace(/^unix:\/\//, "")},dst=/var/run/docker.sock`, image, "sleep", "60");
  docker("tag", image, "shop/web:1.4.2");
}

/**
 * The demo's workload (scripts/demo.mjs) for docs/screens: a web server, a logger with colours, a crash loop, a
 * Compose stack, an exited one-shot, a dangling image, a forgotten volume and network, a risky container.
 */
function seedScreens() {
  docker("run", "-d", "--name", "web", "-p", "127.0.0.1:8088:80", "--restart", "unless-stopped", image, "sh", "-c",
    'mkdir -p /www && echo "<h1>Hello</h1>" > /www/index.html && echo "httpd: listening on :80" && exec httpd -f -p 80 -h /www');
  docker("run", "-d", "--name", "logger", image, "sh", "-c", [
    "i=0; while true; do i=$((i+1));",
    'printf "\\033[32mINFO\\033[0m  GET /orders/%d 200 %dms\\n" $i $((i % 90 + 3));',
    '[ $((i % 5)) -eq 0 ] && printf "\\033[33mWARN\\033[0m  slow query on orders (%dms)\\n" $((i % 700 + 300));',
    '[ $((i % 13)) -eq 0 ] && printf "\\033[31mERROR\\033[0m upstream payment-gw timed out\\n" >&2;',
    "sleep 1; done",
  ].join(" "));
  docker("run", "-d", "--name", "crashloop", "--restart", "always", image, "sh", "-c", "echo starting worker; sleep 8; echo 'fatal: config missing' >&2; exit 3");
  docker("run", "--name", "oneshot", image, "sh", "-c", "echo migrated > /done");
  docker("commit", "oneshot", "demo/snapshot:latest");
  docker("commit", "-c", "ENV STEP=2", "oneshot", "demo/snapshot:latest"); // the first one is now dangling
  docker("volume", "create", "unused-data");
  docker("network", "create", "unused-net");
  docker("create", "--name", "risky", "--privileged", "--pid", "host", "-p", "0.0.0.0:8089:80", "-e", "DB_PASSWORD=change-me",
    "--mount", `type=bind,src=${process.env.DOCKER_HOST!.replace(/^unix:\/\//, "")},dst=/var/run/docker.sock`, image, "sleep", "3600");
  const dir = mkdtempSync(join(tmpdir(), "berth-screens-"));
  writeFileSync(join(dir, "compose.yaml"), [
    "services:",
    "  web:",
    `    image: ${image}`,
    '    command: ["sh", "-c", "mkdir -p /www && echo shop > /www/index.html && echo \\"web: listening on :80\\" && exec httpd -f -p 80 -h /www"]',
    "    volumes: [pgdata:/var/lib/data]",
    "  worker:",
    `    image: ${image}`,
    '    command: ["sh", "-c", "while true; do echo \\"processed order $$RANDOM\\"; sleep 2; done"]',
    "volumes:",
    "  pgdata: {}",
    "",
  ].join("\n"));
  execFileSync("docker-compose", ["-p", "shop", "-f", join(dir, "compose.yaml"), "up", "-d"], { stdio: "ignore" });
}

/** Every screen's address with the seeded objects filled in (the dynamic segments of the page files under app/). */
function screens(): { file: string; path: string }[] {
  const imageId = docker("image", "inspect", "--format", "{{.Id}}", "demo/snapshot:latest").trim();
  return [
    ["containers-list", "/containers"],
    ["container-home", "/containers/web"],
    ["container-logs", "/containers/logger?tab=logs"],
    ["container-terminal", "/containers/web?tab=terminal"],
    ["container-stats", "/containers/logger?tab=stats"],
    ["container-files", "/containers/web?tab=files"],
    ["container-inspect", "/containers/web?tab=inspect"],
    ["container-settings", "/containers/web?tab=settings"],
    ["container-exited", "/containers/oneshot"],
    ["new-container", "/new"],
    ["wall", "/wall"],
    ["stacks", "/stacks"],
    ["stack", "/stacks/shop"],
    ["stack-logs", "/stacks/shop/logs"],
    ["new-stack", "/stacks/new"],
    ["images", "/images"],
    ["image", `/images/${encodeURIComponent(imageId)}`],
    ["registries", "/registries"],
    ["volumes", "/volumes"],
    ["volume", "/volumes/shop_pgdata"],
    ["networks", "/networks"],
    ["network", "/networks/shop_default"],
    ["events", "/events"],
    ["system", "/system"],
    ["security", "/security"],
    ["audit", "/audit"],
    ["cleanup", "/cleanup"],
  ].map(([file, path]) => ({ file: file!, path: path! }));
}

// Live screens (stats samples, the wall's figures, a terminal's prompt) need a few seconds of pushes first.
const SETTLE_MS: [RegExp, number][] = [[/stats|\/wall|terminal/, 3500], [/logs/, 2000]];

/** `<screen>-<light|dark>-<desk|phone>.png`: stable names, so a regenerated set replaces the old one file by file. */
async function allScreens(browser: import("@playwright/test").Browser, base: string, dir: string) {
  mkdirSync(dir, { recursive: true });
  const list = screens();
  for (const theme of ["light", "dark"] as const) {
    for (const [size, width, height] of [["desk", 1440, 900], ["phone", 390, 844]] as const) {
      const page = await signedInPage(browser, base, { viewport: { width, height }, deviceScaleFactor: 1, colorScheme: theme });
      const only = process.env.SCREENS_ONLY?.split(",");
      for (const { file, path } of list.filter((s) => !only || only.includes(s.file))) {
        await page.goto(`${base}${path}`);
        await page.waitForLoadState("networkidle");
        // networkidle does not see the socket's pushes nor a client component still loading: wait for the
        // placeholders (components/ui/skeleton.tsx) to go, then for the live figures to arrive.
        await page
          .waitForFunction(() => !document.querySelector("[class*=animate-pulse]"), undefined, { timeout: 20_000 })
          .catch(() => console.warn(`${file}: still loading after 20 s`));
        await page.waitForTimeout(SETTLE_MS.find(([re]) => re.test(path))?.[1] ?? 900);
        await page.screenshot({ path: `${dir}/${file}-${theme}-${size}.png` });
      }
      await page.context().close();
    }
  }
  console.log(`${list.length * 4} screens written to ${dir}`);
}

async function main() {
  if (process.env.SCREENS_DIR) seedScreens();
  else seedReadme();
  // The sandbox's own port: other worktrees may photograph at the same time.
  const server = await startBerth(Number(process.env.BERTH_E2E_PORT ?? 3198));
  const base = server.base;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    if (process.env.SCREENS_DIR) return await allScreens(browser, base, process.env.SCREENS_DIR);
    const page = await signedInPage(browser, base, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${base}/containers/shop-web-1`);
    await page.getByRole("region", { name: "Container details" }).getByRole("heading", { name: "shop-web-1" }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: out });
    console.log(`screenshot written to ${out}`);
    if (process.env.SCREENSHOT_EXTRA) {
      await page.goto(`${base}/containers/migrate-db`);
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/exited.png` });
      await page.getByRole("group", { name: "Container actions" }).getByRole("button", { name: "Remove" }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/remove-dialog.png` });
      for (const tab of ["logs", "terminal", "stats", "processes", "inspect", "files", "settings"]) {
        await page.goto(`${base}/containers/shop-web-1?tab=${tab}`);
        await page.waitForTimeout(tab === "stats" ? 4000 : 1200);
        await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/tab-${tab}.png` });
      }
      await page.goto(`${base}/new`);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/new.png`, fullPage: true });
      for (const screen of ["stacks", "stacks/shop", "images", "registries", "volumes", "networks", "cleanup", "system", "events", "security", "audit"]) {
        await page.goto(`${base}/${screen}`);
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/${screen.replace("/", "-")}.png`, fullPage: true });
      }
      await page.goto(`${base}/images`);
      await page.getByRole("button", { name: "Build" }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${process.env.SCREENSHOT_EXTRA}/build-dialog.png` });
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
