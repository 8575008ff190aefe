import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_NETNS_PATH } from "./e2e/support/chromium";
import { DATA_DIR, e2eKey, STORAGE_STATE } from "./e2e/support/auth";
import { SERVER_NODE_FLAGS } from "./scripts/server-node-flags.mjs";

// E2E runs inside the sandbox harness (scripts/sandbox.sh), which provides DOCKER_HOST and the token
// that proves the engine is the sandbox's own; global-setup refuses anything else.
const port = Number(process.env.BERTH_E2E_PORT ?? 3111);
export const baseURL = `http://127.0.0.1:${port}`;
// Made now, before the web server starts, so every server this run starts shares the one key.
e2eKey();
// A failing run's server logs name source lines (scripts/serve.mjs): every server a test starts inherits it.
process.env.BERTH_SOURCE_MAPS ??= "1";

const WORKERS = Number(process.env.BERTH_E2E_WORKERS ?? 1);

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  // Two projects on the one sandbox engine and the one server. "alone" (tests tagged @alone): what asserts a fact of
  // the whole engine or the shared server (the list equals `docker ps -a`, no engine event in a window, prune and
  // cleanup, the fixture image removed, the engine stopped and killed, a new server sweeping every helper, the shared
  // server's memory) runs one at a time and first, while the shared server is fresh (the API walker's RSS budget is
  // 20 MB: after 200 tests on the same server it measured 28). "shared": the rest, each test touching only what it
  // made (unique names, its own containers, volumes, images); BERTH_E2E_WORKERS of them side by side, after "alone"
  // has finished (`dependencies`) when there is more than one, so nothing runs beside an alone test. With one worker
  // nothing overlaps anyway, and without the dependency a failure in "alone" does not skip "shared" unreported.
  workers: WORKERS,
  fullyParallel: false,
  projects: [
    { name: "alone", grep: /@alone/, workers: 1 },
    { name: "shared", grepInvert: /@alone/, dependencies: WORKERS > 1 ? ["alone"] : [] },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // No retries: a failure is a failure. Chromium used to abort requests with ERR_NETWORK_CHANGED whenever the engine
  // added a container's veth to the namespace it shared with the browser; it now runs in a namespace of its own
  // (scripts/browser-netns.mjs via CHROMIUM_NETNS_PATH) that sees none of that churn.
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Signed in (global-setup): every page and request context carries Berth's session cookie.
    storageState: STORAGE_STATE,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_NETNS_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: ["node", ...SERVER_NODE_FLAGS, "scripts/serve.mjs"].join(" "),
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    // The key exists before the server starts (made by e2e/support/auth.ts), so every server of the run shares it.
    env: { PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BERTH_DATA_DIR: DATA_DIR, BERTH_SOURCE_MAPS: "1" },
  },
});
