// `npm run demo`: a workshop in one command. Starts the sandbox engine (scripts/sandbox.sh, in the host's network
// namespace so the browser and the demo's published ports are on this machine's 127.0.0.1), gives it a sample
// workload, and serves the dashboard on it. Ctrl-C stops Berth, removes the workload, and the sandbox tears the
// engine down.
//
// Inside a sandbox run already (BERTH_SANDBOX_TOKEN set, as in the e2e suite) it uses that engine and removes only
// what it made. Everything it makes carries the label berth.demo=1.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDirOf, staleReason } from "./build-fingerprint.mjs";
import { compiledServerPath } from "./compile-server-path.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LABEL = "berth.demo=1";
const PROJECT = "demo-shop";

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

function docker(...args) {
  return execFileSync("docker", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function quietly(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** `docker compose` when the plugin is there, else docker-compose (v1), else nothing. */
function composeCommand() {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) return ["docker-compose"];
  return undefined;
}

function seed(image, workdir) {
  const made = [];
  const run = (name, ...args) => {
    docker("run", "-d", "--name", name, "--label", LABEL, ...args);
    made.push(name);
  };
  const webPort = process.env.DEMO_WEB_PORT ?? "8088";
  run(
    "demo-web",
    "-p", `127.0.0.1:${webPort}:80`,
    "--restart", "unless-stopped",
    image, "sh", "-c",
    'mkdir -p /www && echo "<h1>Hello from the Berth demo</h1><p>Served by busybox httpd in demo-web.</p>" > /www/index.html && exec httpd -f -p 80 -h /www',
  );
  run(
    "demo-logger",
    image, "sh", "-c",
    [
      "i=0; while true; do i=$((i+1));",
      'printf "\\033[32mINFO\\033[0m  GET /orders/%d 200 %dms\\n" $i $((i % 90 + 3));',
      '[ $((i % 5)) -eq 0 ] && printf "\\033[33mWARN\\033[0m  slow query on orders (%dms)\\n" $((i % 700 + 300));',
      '[ $((i % 13)) -eq 0 ] && printf "\\033[31mERROR\\033[0m upstream payment-gw timed out\\n" >&2;',
      "sleep 1; done",
    ].join(" "),
  );
  run("demo-crashloop", "--restart", "always", image, "sh", "-c", "echo starting worker; sleep 8; echo 'fatal: config missing' >&2; exit 3");
  // Busy, but capped where the engine can cap it: a workshop laptop keeps its other core.
  const busy = ["sh", "-c", "while :; do :; done"];
  try {
    run("demo-cpu", "--cpus", "0.5", image, ...busy);
  } catch {
    run("demo-cpu", image, ...busy);
  }

  // Something for Clean up: an exited container, a dangling image, an unused volume and network.
  docker("run", "--name", "demo-oneshot", "--label", LABEL, image, "sh", "-c", "echo migrated > /done");
  made.push("demo-oneshot");
  docker("commit", "-c", "LABEL berth.demo=1", "demo-oneshot", "demo/snapshot:latest");
  docker("commit", "-c", "LABEL berth.demo=1", "-c", "ENV STEP=2", "demo-oneshot", "demo/snapshot:latest"); // the first one is now dangling
  docker("volume", "create", "--label", LABEL, "demo-unused-data");
  docker("network", "create", "--label", LABEL, "demo-unused-net");

  // Something for Security: privileged, the host's PID namespace, a port on every interface, a secret-looking env
  // name. Created, not started: the audit reads its configuration all the same.
  docker(
    "create", "--name", "demo-risky", "--label", LABEL,
    "--privileged", "--pid", "host", "-p", "0.0.0.0:8089:80", "-e", "DB_PASSWORD=change-me",
    "-v", "/var/run/docker.sock:/var/run/docker.sock",
    image, "sleep", "3600",
  );
  made.push("demo-risky");

  const compose = composeCommand();
  if (compose) {
    writeFileSync(
      path.join(workdir, "compose.yaml"),
      [
        "services:",
        "  web:",
        `    image: ${image}`,
        '    command: ["sh", "-c", "mkdir -p /www && echo shop > /www/index.html && exec httpd -f -p 80 -h /www"]',
        "    labels: { berth.demo: '1' }",
        "  worker:",
        `    image: ${image}`,
        '    command: ["sh", "-c", "while true; do echo \\"processed order $$RANDOM\\"; sleep 2; done"]',
        "    labels: { berth.demo: '1' }",
        "    deploy: { replicas: 2 }",
        "",
      ].join("\n"),
    );
    const [cmd, ...pre] = compose;
    execFileSync(cmd, [...pre, "-p", PROJECT, "-f", path.join(workdir, "compose.yaml"), "up", "-d"], { stdio: "ignore" });
  }
  return { made, compose };
}

function unseed(compose, workdir) {
  if (compose && existsSync(path.join(workdir, "compose.yaml"))) {
    const [cmd, ...pre] = compose;
    quietly(() => execFileSync(cmd, [...pre, "-p", PROJECT, "-f", path.join(workdir, "compose.yaml"), "down", "-t", "1"], { stdio: "ignore" }));
  }
  const ids = (kind, ...filter) => quietly(() => docker(...kind, "-q", "--filter", `label=${LABEL}`, ...filter))?.split("\n").filter(Boolean) ?? [];
  const containers = ids(["ps", "-a"]);
  if (containers.length) quietly(() => docker("rm", "-f", "-v", ...containers));
  for (const image of ids(["images", "-a"])) quietly(() => docker("rmi", "-f", image));
  for (const volume of ids(["volume", "ls"])) quietly(() => docker("volume", "rm", volume));
  for (const network of ids(["network", "ls"])) quietly(() => docker("network", "rm", network));
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
    `[demo] workload: demo-web (http://127.0.0.1:${process.env.DEMO_WEB_PORT ?? "8088"}), demo-logger, demo-crashloop, demo-cpu, ` +
      `demo-oneshot (exited), demo-risky (created)${compose ? `, Compose project ${PROJECT}` : " (no Compose CLI: no stack)"}, ` +
      "a dangling image, an unused volume and network",
  );
  berth = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], {
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
