// `npm run demo`: a workshop in one command. Starts the sandbox engine (scripts/sandbox.sh, in the host's network
// namespace so the browser and the demo's published ports are on this machine's 127.0.0.1), gives it a sample
// workload, and serves the dashboard on it. Ctrl-C stops Berth, removes the workload, and the sandbox tears the
// engine down.
//
// Inside a sandbox run already (BERTH_SANDBOX_TOKEN set, as in the e2e suite) it uses that engine and removes only
// what it made. Everything it makes carries the label berth.demo=1.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDirOf, staleReason } from "./build-fingerprint.mjs";
import { compiledServerPath } from "./compile-server-path.mjs";
import { composeCommand, DEMO, PROJECT, seed, unseed } from "./demo-workload.mjs";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (!process.env.BERTH_SANDBOX_TOKEN) {
  // Build first, out here: inside a sandbox run (the e2e suite) the build is the harness's and is never replaced
  // under a server that is serving it.
  ensureBuild();
  // Not in a sandbox yet: start one around this very script. Its own state dir, so a test run can go on beside it.
  const env = { ...process.env, BERTH_SANDBOX_NETNS: "0", BERTH_SANDBOX_DIR: process.env.BERTH_SANDBOX_DIR ?? "/tmp/berth-demo" };
  const child = spawn("bash", [path.join(root, "scripts/sandbox.sh"), "run", "--", process.execPath, fileURLToPath(import.meta.url)], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  // Ctrl-C reaches the whole foreground group (sandbox, this script inside it, Berth); wait for their teardown.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => undefined);
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  await demo();
}

function ensureBuild() {
  const dist = distDirOf(root, process.env);
  if (staleReason(root, dist) || !existsSync(compiledServerPath(dist))) {
    console.log("[demo] building Berth first (about a minute)");
    const status = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" }).status;
    if (status !== 0) process.exit(status ?? 1);
  }
}

async function demo() {
  const image = process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest";
  const workdir = mkdtempSync(path.join(tmpdir(), "berth-demo-"));
  mkdirSync(workdir, { recursive: true });
  let compose;
  let stopping = false;
  let berth;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    console.log("\n[demo] stopping: Berth, then the workload");
    const done = () => {
      unseed(compose, workdir);
      rmSync(workdir, { recursive: true, force: true });
      console.log("[demo] workload removed");
      process.exit(code);
    };
    if (berth && berth.exitCode === null) {
      berth.once("exit", done);
      berth.kill("SIGTERM");
    } else done();
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  try {
    console.log("[demo] starting the sample workload");
    ({ compose } = seed(image, workdir));
  } catch (err) {
    console.error("[demo] the workload did not start:", err.stderr?.toString() || err.message);
    unseed(compose ?? composeCommand(), workdir);
    process.exit(1);
  }
  console.log(
    `[demo] workload: ${DEMO.web} (http://127.0.0.1:${process.env.DEMO_WEB_PORT ?? "8088"}), ${DEMO.logger}, ${DEMO.crashloop}, ${DEMO.cpu}, ` +
      `${DEMO.oneshot} (exited), ${DEMO.risky} (created)${compose ? `, Compose project ${PROJECT}` : " (no Compose CLI: no stack)"}, ` +
      "a dangling image, an unused volume and network",
  );
  berth = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, "scripts/serve.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: process.env.PORT ?? "3000", HOST: "127.0.0.1" },
    // Its own group: Ctrl-C comes to this script, which stops Berth before it removes the workload.
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  berth.on("exit", (code) => {
    if (!stopping) stop(code ?? 1);
  });
}
