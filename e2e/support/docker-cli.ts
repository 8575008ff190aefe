import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

// The docker CLI against the sandbox engine (DOCKER_HOST comes from the harness). Tests check what the
// engine did with it, independently of Berth's own API.

export const FIXTURE_IMAGE = process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest";

export function dockerCli(...args: string[]): string {
  return execFileSync("docker", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

export interface InspectState {
  Status: string;
  Running: boolean;
  Paused: boolean;
  ExitCode: number;
  StartedAt: string;
}

export function inspectContainer(ref: string): { Id: string; Name: string; State: InspectState; Mounts: { Type: string; Name?: string }[] } {
  return JSON.parse(dockerCli("container", "inspect", ref))[0];
}

export function containerState(ref: string): string {
  return dockerCli("container", "inspect", "--format", "{{.State.Status}}", ref);
}

export function containerExists(ref: string): boolean {
  try {
    dockerCli("container", "inspect", ref);
    return true;
  } catch {
    return false;
  }
}

// PID 1 ignores SIGTERM unless it handles it: a bare `sleep` would make every stop wait 10 s for the kill.
export const SLEEPER_CMD = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"];

/** A long-running container from the fixture image; `extra` goes before the image (e.g. -p, -v). */
export function runSleeper(name: string, extra: string[] = []): string {
  return dockerCli("run", "-d", "--name", name, ...extra, FIXTURE_IMAGE, ...SLEEPER_CMD);
}

/** Runs `cmd` to completion in a new container and leaves it exited. */
export function runToExit(name: string, cmd: string[]): void {
  dockerCli("run", "-d", "--name", name, FIXTURE_IMAGE, ...cmd);
  dockerCli("wait", name);
}

export function removeQuietly(...refs: string[]) {
  for (const ref of refs) {
    try {
      dockerCli("rm", "-f", "-v", ref);
    } catch {
      // Already gone: that is what we wanted.
    }
  }
}

/** `docker ps -a` as name → state, the ground truth the list must match. */
export function psAll(): Map<string, string> {
  const out = dockerCli("ps", "-a", "--format", "{{.Names}}\t{{.State}}");
  return new Map(
    out
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split("\t") as [string, string]),
  );
}

/** The sandbox's Compose CLI (Debian's docker-compose) against the sandbox engine, run in `dir`. */
export function composeCli(dir: string, project: string, ...args: string[]): string {
  return execFileSync("docker-compose", ["--ansi", "never", "-p", project, ...args], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}
