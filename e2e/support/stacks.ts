import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeCli, dockerCli, FIXTURE_IMAGE } from "./docker-cli";

// Compose projects for the stacks tests: files in a temp directory, started with the sandbox's docker-compose,
// from the fixture image only (present locally, so Compose never pulls).

const SLEEPER = `["sh", "-c", "trap 'exit 0' TERM; while true; do echo tick-$$HOSTNAME; sleep 1; done"]`;

/** A two-service project: `web` (a published port, a named volume) and `worker`, with its default network. */
export function composeYaml(env: Record<string, string> = { GREETING: "hello" }): string {
  const envLines = Object.entries(env).map(([k, v]) => `      ${k}: "${v}"`);
  return [
    "services:",
    "  web:",
    `    image: ${FIXTURE_IMAGE}`,
    `    command: ${SLEEPER}`,
    "    ports:",
    '      - "127.0.0.1::8080"',
    "    volumes:",
    "      - data:/data",
    "    environment:",
    ...envLines,
    "  worker:",
    `    image: ${FIXTURE_IMAGE}`,
    `    command: ${SLEEPER}`,
    "volumes:",
    "  data: {}",
    "",
  ].join("\n");
}

export interface ComposeProject {
  name: string;
  dir: string;
  file: string;
  cli: (...args: string[]) => string;
  remove: () => void;
}

/** Writes the project into a fresh temp directory (its name prefixed by `dirPrefix`) and `up -d`s it. */
export function startProject(name: string, opts: { dirPrefix?: string; yaml?: string; up?: boolean } = {}): ComposeProject {
  const dir = mkdtempSync(join(tmpdir(), opts.dirPrefix ?? "berth-stack-"));
  const file = join(dir, "docker-compose.yml");
  writeFileSync(file, opts.yaml ?? composeYaml());
  const cli = (...args: string[]) => composeCli(dir, name, ...args);
  if (opts.up !== false) cli("up", "-d");
  return {
    name,
    dir,
    file,
    cli,
    remove: () => {
      try {
        cli("down", "-v", "--remove-orphans", "-t", "1");
      } catch {
        // Already down.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `docker ps -a` names and states of the project's containers, from the engine's labels. */
export function projectContainers(name: string): Map<string, string> {
  const out = dockerCli("ps", "-a", "--filter", `label=com.docker.compose.project=${name}`, "--format", "{{.Names}}\t{{.State}}");
  return new Map(
    out
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t") as [string, string]),
  );
}
