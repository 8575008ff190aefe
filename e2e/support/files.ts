import http from "node:http";
import { authHeaders } from "./auth";
import type { Locator, Page } from "@playwright/test";
import { dockerCli } from "./docker-cli";
import { detailPane } from "./screens";

// Files and Inspect tabs: the engine's ground truth (docker diff, docker exec cat) and locators.

const KIND_BY_LETTER: Record<string, string> = { A: "added", C: "changed", D: "deleted" };

/** `docker diff` as path → added/changed/deleted. */
export function dockerDiff(ref: string): Map<string, string> {
  const out = dockerCli("diff", ref);
  return new Map(
    out
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(2), KIND_BY_LETTER[line[0]!] ?? line[0]!] as [string, string]),
  );
}

/**
 * Something added, changed and deleted in a busybox fixture container: /data/new.txt added,
 * /etc/group changed, /bin/vi (a busybox symlink) deleted.
 */
export function makeChanges(ref: string): void {
  dockerCli("exec", ref, "sh", "-c", "mkdir -p /data && echo hello > /data/new.txt && echo x >> /etc/group && rm /bin/vi");
}

export function catIn(ref: string, path: string): string {
  return execIn(ref, "cat", path);
}

export function execIn(ref: string, ...cmd: string[]): string {
  return dockerCli("exec", ref, ...cmd);
}

/** The row of one path in the Files tab's tree (its title is the full path). */
export function changeRow(page: Page, path: string): Locator {
  return detailPane(page).getByRole("list", { name: "Changed paths" }).getByTitle(path, { exact: true });
}

export async function openTab(page: Page, name: string, tab: "files" | "inspect") {
  await page.goto(`/containers/${encodeURIComponent(name)}?tab=${tab}`);
}

/**
 * A PUT that declares `length` bytes and sends none: the server must answer from the headers alone
 * (a size limit), so the test never builds a body that large.
 */
export function putDeclaringLength(url: string, length: number, headers: Record<string, string> = {}): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method: "PUT", headers: { ...authHeaders(), ...headers, "Content-Length": String(length) } },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
        req.destroy();
      },
    );
    req.on("error", reject);
    req.flushHeaders();
  });
}
