// The demo's sample workload, in one place: `npm run demo` (scripts/demo.mjs) starts it for a workshop and the
// README's screenshots (scripts/screenshot.ts) photograph exactly it, so what the pictures show is what the demo
// gives. Plain Node (no compiler) for `npm run demo`; its types are in demo-workload.d.mts.
//
// Everything it makes carries the label berth.demo=1, so `unseed` removes exactly that and nothing else.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";

export const LABEL = "berth.demo=1";
/** The Compose project's name; its containers are demo-shop_web_1, demo-shop_worker_1 and _2. */
export const PROJECT = "demo-shop";

/** The names of what `seed` makes, for the screens that show one of them. */
export const DEMO = {
  web: "demo-web",
  logger: "demo-logger",
  crashloop: "demo-crashloop",
  cpu: "demo-cpu",
  oneshot: "demo-oneshot",
  risky: "demo-risky",
  snapshot: "demo/snapshot:latest",
  unusedVolume: "demo-unused-data",
  unusedNetwork: "demo-unused-net",
  /** Compose prefixes its volumes and networks with the project. */
  stackVolume: `${PROJECT}_data`,
  stackNetwork: `${PROJECT}_default`,
};

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
export function composeCommand() {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) return ["docker-compose"];
  return undefined;
}

/**
 * Starts the workload on the engine DOCKER_HOST names: a web server with a published port serving a page, a chatty
 * logger with coloured output, a crash loop, a CPU-busy one, an exited one-shot, a dangling image, an unused volume
 * and network, a risky container for Security, and a small Compose project when a Compose CLI is there.
 */
export function seed(image, workdir, { webPort = process.env.DEMO_WEB_PORT ?? "8088" } = {}) {
  const made = [];
  const run = (name, ...args) => {
    docker("run", "-d", "--name", name, "--label", LABEL, ...args);
    made.push(name);
  };
  run(
    DEMO.web,
    "-p", `127.0.0.1:${webPort}:80`,
    "--restart", "unless-stopped",
    image, "sh", "-c",
    'mkdir -p /www && echo "<h1>Hello from the Berth demo</h1><p>Served by busybox httpd in demo-web.</p>" > /www/index.html && echo "httpd: listening on :80" && exec httpd -f -p 80 -h /www',
  );
  run(
    DEMO.logger,
    image, "sh", "-c",
    [
      "i=0; while true; do i=$((i+1));",
      'printf "\\033[32mINFO\\033[0m  GET /orders/%d 200 %dms\\n" $i $((i % 90 + 3));',
      '[ $((i % 5)) -eq 0 ] && printf "\\033[33mWARN\\033[0m  slow query on orders (%dms)\\n" $((i % 700 + 300));',
      '[ $((i % 13)) -eq 0 ] && printf "\\033[31mERROR\\033[0m upstream payment-gw timed out\\n" >&2;',
      "sleep 1; done",
    ].join(" "),
  );
  run(DEMO.crashloop, "--restart", "always", image, "sh", "-c", "echo starting worker; sleep 8; echo 'fatal: config missing' >&2; exit 3");
  // Busy, but capped where the engine can cap it: a workshop laptop keeps its other core.
  const busy = ["sh", "-c", "while :; do :; done"];
  try {
    run(DEMO.cpu, "--cpus", "0.5", image, ...busy);
  } catch {
    quietly(() => docker("rm", "-f", DEMO.cpu));
    run(DEMO.cpu, image, ...busy);
  }

  // Something for Clean up: an exited container, a dangling image, an unused volume and network.
  docker("run", "--name", DEMO.oneshot, "--label", LABEL, image, "sh", "-c", "echo migrated > /done");
  made.push(DEMO.oneshot);
  docker("commit", "-c", `LABEL ${LABEL}`, DEMO.oneshot, DEMO.snapshot);
  docker("commit", "-c", `LABEL ${LABEL}`, "-c", "ENV STEP=2", DEMO.oneshot, DEMO.snapshot); // the first one is now dangling
  docker("volume", "create", "--label", LABEL, DEMO.unusedVolume);
  docker("network", "create", "--label", LABEL, DEMO.unusedNetwork);

  // Something for Security: privileged, the host's PID namespace, a port on every interface, a secret-looking env
  // name. Created, not started: the audit reads its configuration all the same.
  docker(
    "create", "--name", DEMO.risky, "--label", LABEL,
    "--privileged", "--pid", "host", "-p", "0.0.0.0:8089:80", "-e", "DB_PASSWORD=change-me",
    "-v", "/var/run/docker.sock:/var/run/docker.sock",
    image, "sleep", "3600",
  );
  made.push(DEMO.risky);

  const compose = composeCommand();
  if (compose) {
    writeFileSync(
      path.join(workdir, "compose.yaml"),
      [
        "services:",
        "  web:",
        `    image: ${image}`,
        '    command: ["sh", "-c", "mkdir -p /www && echo shop > /www/index.html && echo \\"web: listening on :80\\" && exec httpd -f -p 80 -h /www"]',
        "    labels: { berth.demo: '1' }",
        "    volumes: [data:/var/lib/data]",
        "  worker:",
        `    image: ${image}`,
        '    command: ["sh", "-c", "while true; do echo \\"processed order $$RANDOM\\"; sleep 2; done"]',
        "    labels: { berth.demo: '1' }",
        "    deploy: { replicas: 2 }",
        // A named volume the stack's web server mounts: the volume screens have one in use to show.
        "volumes:",
        "  data: { labels: { berth.demo: '1' } }",
        "",
      ].join("\n"),
    );
    const [cmd, ...pre] = compose;
    execFileSync(cmd, [...pre, "-p", PROJECT, "-f", path.join(workdir, "compose.yaml"), "up", "-d"], { stdio: "ignore" });
  }
  return { made, compose };
}

/** Removes everything `seed` made (the Compose project, then whatever carries the label). */
export function unseed(compose, workdir) {
  if (compose && existsSync(path.join(workdir, "compose.yaml"))) {
    const [cmd, ...pre] = compose;
    quietly(() => execFileSync(cmd, [...pre, "-p", PROJECT, "-f", path.join(workdir, "compose.yaml"), "down", "-v", "-t", "1"], { stdio: "ignore" }));
  }
  const ids = (kind, ...filter) => quietly(() => docker(...kind, "-q", "--filter", `label=${LABEL}`, ...filter))?.split("\n").filter(Boolean) ?? [];
  const containers = ids(["ps", "-a"]);
  if (containers.length) quietly(() => docker("rm", "-f", "-v", ...containers));
  for (const image of ids(["images", "-a"])) quietly(() => docker("rmi", "-f", image));
  for (const volume of ids(["volume", "ls"])) quietly(() => docker("volume", "rm", volume));
  for (const network of ids(["network", "ls"])) quietly(() => docker("network", "rm", network));
}
