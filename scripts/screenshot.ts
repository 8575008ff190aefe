// Seeds the sandbox engine with a few realistic containers and photographs the containers screen
// for the README: `bash scripts/sandbox.sh run -- npx tsx scripts/screenshot.ts [out.png]`.
// Needs a production build (`npx next build`).
// SCREENS_DIR=docs/screens photographs every screen in both themes at 1440 and 390 px instead (docs/screens/README.md);
// SCREENS_ONLY=<file names, comma-separated> limits it to those.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE as image, requireSandbox, signedInPage, startBerth } from "../bench/support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";

const out = process.argv[2] ?? "docs/screenshot.png";
const sleeper = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"];

requireSandbox("scripts/screenshot.ts");

function seed() {
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

/** Every screen's address with the seeded objects filled in (the dynamic segments of the page files under app/). */
function screens(): { file: string; path: string }[] {
  const imageId = docker("image", "inspect", "--format", "{{.Id}}", "shop/web:1.4.2").trim();
  return [
    ["containers-list", "/containers"],
    ["container-home", "/containers/shop-web-1"],
    ["container-logs", "/containers/shop-web-1?tab=logs"],
    ["container-stats", "/containers/shop-web-1?tab=stats"],
    ["container-inspect", "/containers/shop-web-1?tab=inspect"],
    ["container-settings", "/containers/shop-web-1?tab=settings"],
    ["container-exited", "/containers/migrate-db"],
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

async function allScreens(browser: import("@playwright/test").Browser, base: string, dir: string) {
  for (const theme of ["light", "dark"] as const) {
    for (const width of [1440, 390]) {
      const page = await signedInPage(browser, base, {
        viewport: { width, height: width > 640 ? 900 : 844 },
        deviceScaleFactor: 1,
        colorScheme: theme,
      });
      // SCREENS_ONLY=networks,volumes photographs just those (a quick look at the screens one is changing).
      const only = process.env.SCREENS_ONLY?.split(",");
      for (const { file, path } of screens().filter((s) => !only || only.includes(s.file))) {
        await page.goto(`${base}${path}`);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(path.includes("stats") || path === "/wall" ? 3500 : 900);
        await page.screenshot({ path: `${dir}/${file}-${theme}-${width}.png` });
      }
      await page.context().close();
    }
  }
  console.log(`screens written to ${dir}`);
}

async function main() {
  seed();
  const server = await startBerth(3198);
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
