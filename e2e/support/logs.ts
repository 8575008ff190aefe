import { spawnSync } from "node:child_process";
import type { Locator, Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE } from "./docker-cli";

/** `docker logs` as the engine has it, stdout and stderr both (the container's stderr is the CLI's). */
export function dockerLogs(name: string, ...flags: string[]): { stdout: string; stderr: string; all: string } {
  const r = spawnSync("docker", ["logs", ...flags, name], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`docker logs ${name} failed: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

/** A container running `script` under busybox sh; `extra` goes before the image (e.g. -t). */
export function runScript(name: string, script: string, extra: string[] = []): string {
  return dockerCli("run", "-d", "--name", name, ...extra, FIXTURE_IMAGE, "sh", "-c", `trap 'exit 0' TERM; ${script}`);
}

export function logPanel(page: Page): Locator {
  return page.getByRole("log", { name: "Container logs" });
}

export function logOptions(page: Page): Locator {
  return page.getByRole("toolbar", { name: "Log options" });
}

export async function openLogs(page: Page, name: string) {
  await page.goto(`/containers/${encodeURIComponent(name)}?tab=logs`);
}

/** One rendered log line, found by text it contains. */
export function logRow(page: Page, text: string | RegExp): Locator {
  return logPanel(page).locator("[data-stream]").filter({ hasText: text });
}
