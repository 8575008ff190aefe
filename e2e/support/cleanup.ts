import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page, Request } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE } from "./docker-cli";

// Cleanup helpers. The sandbox engine is shared by every spec of a run: the cleanup tests look only at their own
// resources (a unique prefix) and every POST they let through names only ids they created.

/** Builds `tag` from the fixture with a layer of its own (`marker`) and labels; returns the image id. */
export function buildTagged(tag: string, marker: string, labels: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "berth-cln-"));
  try {
    const labelLines = Object.entries(labels).map(([k, v]) => `LABEL ${k}="${v}"`);
    writeFileSync(join(dir, "Dockerfile"), [`FROM ${FIXTURE_IMAGE}`, `RUN echo ${marker} > /marker`, ...labelLines, ""].join("\n"));
    dockerCli("build", "-q", "-t", tag, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return dockerCli("image", "inspect", "--format", "{{.Id}}", tag);
}

/** The preview's name for an untagged image: its short id. */
export function shortImageId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}

export function exists(kind: "container" | "image" | "volume" | "network", ref: string): boolean {
  try {
    dockerCli(kind, "inspect", ref);
    return true;
  } catch {
    return false;
  }
}

/** One kind's section of the preview, by the start of its heading ("Exited containers · 3"). */
export function section(page: Page, title: string): Locator {
  return page.getByRole("region", { name: new RegExp(`^${title}`) });
}

export function rowCheckbox(scope: Page | Locator, name: string): Locator {
  return scope.getByRole("checkbox", { name: `Select ${name}`, exact: true });
}

export interface CleanupBody {
  containers?: string[];
  images?: string[];
  volumes?: string[];
  networks?: string[];
  buildCache?: boolean | string[];
}

/**
 * Lets the screen's POST /api/cleanup through with only the ids `own` accepts, and records what the screen
 * sent: leftovers of other specs in the shared engine must never be removed by this one.
 */
export async function guardCleanupPosts(page: Page, own: (id: string) => boolean): Promise<CleanupBody[]> {
  const sent: CleanupBody[] = [];
  await page.route("**/api/cleanup", async (route, request: Request) => {
    if (request.method() !== "POST") return route.continue();
    const body = JSON.parse(request.postData() ?? "{}") as CleanupBody;
    sent.push(body);
    const keep = (ids?: string[]) => (ids ?? []).filter(own);
    const filtered = { ...body, containers: keep(body.containers), images: keep(body.images), volumes: keep(body.volumes), networks: keep(body.networks) };
    delete filtered.buildCache;
    return route.continue({ postData: JSON.stringify(filtered) });
  });
  return sent;
}

/**
 * Holds every preview refresh (GET /api/cleanup…) until `release` is called: the screen keeps the preview it
 * shows, as when a click beats the engine event that would have changed it.
 */
export async function holdPreviewRefreshes(page: Page): Promise<() => Promise<void>> {
  const held: (() => Promise<void>)[] = [];
  let holding = true;
  await page.route(/\/api\/cleanup(\?.*)?$/, async (route, request) => {
    if (request.method() !== "GET" || !holding) return route.fallback();
    held.push(() => route.fallback());
  });
  return async () => {
    holding = false;
    for (const next of held.splice(0)) await next();
  };
}
