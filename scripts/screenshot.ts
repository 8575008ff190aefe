// Seeds the sandbox engine with a few realistic containers and photographs the containers screen
// for the README: `bash scripts/sandbox.sh run -- npx tsx scripts/screenshot.ts [out.png]`.
// Needs a production build (`npx next build`).
import { execFileSync, spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const out = process.argv[2] ?? "docs/screenshot.png";
const port = 3198;
const base = `http://127.0.0.1:${port}`;
const image = process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest";
const sleeper = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"];

if (!process.env.BERTH_SANDBOX_TOKEN) {
  console.error("scripts/screenshot.ts seeds containers: run it inside the sandbox, never against your own engine");
  process.exit(2);
}

const docker = (...args: string[]) => execFileSync("docker", args, { encoding: "utf8" }).trim();

function seed() {
  docker("volume", "create", "shop_pgdata");
  docker("network", "create", "shop_default");
  docker("run", "-d", "--name", "shop-web-1", "-p", "127.0.0.1:8080:80", "-p", "127.0.0.1:8443:443",
    "--network", "shop_default", "--label", "com.docker.compose.project=shop", "--label", "com.docker.compose.service=web",
    "-e", "API_URL=http://shop-api-1:3000", "-e", "SESSION_SECRET=s3cr3t", "--restart", "unless-stopped",
    "-v", "shop_pgdata:/var/lib/data", image, "sh", "-c", "trap 'exit 0' TERM; httpd -f -p 80 -h /etc & sleep 3600 & wait");
  docker("run", "-d", "--name", "shop-api-1", "--network", "shop_default", "--label", "com.docker.compose.project=shop", image, ...sleeper);
  docker("run", "-d", "--name", "redis-cache", image, ...sleeper);
  docker("run", "-d", "--name", "queue-worker", image, ...sleeper);
  docker("pause", "queue-worker");
  docker("run", "-d", "--name", "nightly-backup", image, "true");
  docker("run", "-d", "--name", "migrate-db", image, "sh", "-c", "echo 'relation users already exists' >&2; exit 1");
  docker("create", "--name", "load-test", image, "sleep", "60");
  docker("wait", "nightly-backup", "migrate-db");
}

async function main() {
  seed();
  const server = spawn("npx", ["tsx", "server.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: "ignore",
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"],
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
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
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
