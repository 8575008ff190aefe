import { request } from "node:http";
import { expect, type Locator, type Page } from "@playwright/test";
import { dockerCli } from "./docker-cli";
import { detailPane } from "./screens";

// The terminal tab's parts, and the engine's own view of exec sessions (docker CLI and the raw API).

export function terminalForm(page: Page): Locator {
  return detailPane(page).getByRole("form", { name: "Terminal" });
}

export function terminalOutput(page: Page): Locator {
  return detailPane(page).getByRole("group", { name: "Terminal output" });
}

export function terminalStatus(page: Page): Locator {
  return detailPane(page).getByRole("status");
}

/** What xterm shows, row by row (its DOM renderer keeps one div per row). */
export async function screenText(page: Page): Promise<string> {
  return (await terminalOutput(page).locator(".xterm-rows").innerText()).replace(/\u00a0/g, " ");
}

export async function expectOnScreen(page: Page, text: string | RegExp) {
  await expect.poll(() => screenText(page)).toMatch(typeof text === "string" ? new RegExp(escape(text)) : text);
}

/** Types into the terminal as a user would (xterm listens on its hidden textarea). */
export async function typeLine(page: Page, line: string) {
  await terminalOutput(page).locator("textarea").focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

export async function openTerminalTab(page: Page, name: string) {
  await page.goto(`/containers/${encodeURIComponent(name)}?tab=terminal`);
  await expect(terminalForm(page)).toBeVisible();
}

export function execIds(container: string): string[] {
  return JSON.parse(dockerCli("inspect", "--format", "{{json .ExecIDs}}", container)) ?? [];
}

export interface ExecInfo {
  ID: string;
  Running: boolean;
  ExitCode: number | null;
  ProcessConfig: { entrypoint: string; arguments: string[] };
}

/** GET /exec/<id>/json straight from the engine's unix socket, with no docker exec involved. */
export function inspectExec(id: string): Promise<ExecInfo> {
  const host = process.env.DOCKER_HOST ?? "";
  if (!host.startsWith("unix://")) throw new Error(`the sandbox engine should be on a unix socket, got ${host}`);
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: host.slice("unix://".length), path: `/exec/${id}/json`, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`${res.statusCode} ${body}`))));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The container's exec sessions that the engine still runs. */
export async function runningExecs(container: string): Promise<ExecInfo[]> {
  const infos = await Promise.all(execIds(container).map((id) => inspectExec(id).catch(() => undefined)));
  return infos.filter((i): i is ExecInfo => Boolean(i?.Running));
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
