import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { berthFetch } from "./support/berth-server";
import { dockerCli } from "./support/docker-cli";

// `npm run demo` starts the sandbox around scripts/demo.mjs; inside a sandbox run (as here) the script uses that
// engine. This starts it beside the suite's server, checks the workload it promises is on the engine and the
// dashboard answers, then stops it with SIGINT as Ctrl-C would and checks it removed everything it made.

const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 9;
const WEB_PORT = PORT + 100;

const demoObjects = () =>
  ["ps -aq", "images -aq", "volume ls -q", "network ls -q"].flatMap((kind) =>
    dockerCli(...kind.split(" "), "--filter", "label=berth.demo=1").split("\n").filter(Boolean),
  );

test.describe.configure({ timeout: 180_000 });

test("npm run demo: the workload is there, the dashboard serves it, Ctrl-C removes all of it", async () => {
  expect(demoObjects()).toEqual([]);
  const demo: ChildProcess = spawn(process.execPath, ["scripts/demo.mjs"], {
    env: { ...process.env, PORT: String(PORT), DEMO_WEB_PORT: String(WEB_PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  demo.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  demo.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => demo.once("exit", resolve));
  try {
    await expect.poll(() => output, { timeout: 120_000 }).toContain("dashboard on http://127.0.0.1");
    const states = () => Object.fromEntries(dockerCli("ps", "-a", "--filter", "label=berth.demo=1", "--format", "{{.Names}}={{.State}}").split("\n").map((l) => l.split("=")));
    expect(states()).toMatchObject({ "demo-web": "running", "demo-logger": "running", "demo-cpu": "running", "demo-oneshot": "exited", "demo-risky": "created" });
    expect(["running", "restarting", "exited"]).toContain(states()["demo-crashloop"]);
    // The web server's page on its published port.
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${WEB_PORT}/`).then((r) => r.text()).catch(() => "")), { timeout: 15_000 }).toContain("Hello from the Berth demo");
    // The logger's colours, the crash loop's restarts, the risky one's configuration, the dangling image.
    await expect.poll(() => dockerCli("logs", "demo-logger"), { timeout: 15_000 }).toContain("\u001b[32mINFO");
    await expect.poll(() => Number(dockerCli("inspect", "--format", "{{.RestartCount}}", "demo-crashloop")), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(dockerCli("inspect", "--format", "{{.HostConfig.Privileged}} {{.HostConfig.PidMode}}", "demo-risky")).toBe("true host");
    expect(dockerCli("images", "-q", "--filter", "dangling=true", "--filter", "label=berth.demo=1")).not.toBe("");
    // The Compose project, when the sandbox has a Compose CLI.
    if (/Compose project demo-shop/.test(output)) {
      expect(dockerCli("ps", "--filter", "label=com.docker.compose.project=demo-shop", "--format", "{{.Names}}").split("\n").length).toBeGreaterThanOrEqual(2);
    }
    // The dashboard it started is up on that engine.
    const health = await (await berthFetch(`http://127.0.0.1:${PORT}`, "/api/health")).json().catch(() => ({}));
    expect(health).toMatchObject({ reachable: true });
  } finally {
    demo.kill("SIGINT");
    expect(await exited).toBe(0);
  }
  expect(output).toContain("[demo] workload removed");
  expect(demoObjects()).toEqual([]);
});
