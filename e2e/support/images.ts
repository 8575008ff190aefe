import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE } from "./docker-cli";

export const REGISTRY = process.env.BERTH_REGISTRY ?? "127.0.0.1:5055";

/** A small image whose history has one line per Dockerfile instruction. */
export function buildHistoryImage(tag: string, extraLines: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "berth-img-"));
  try {
    writeFileSync(
      join(dir, "Dockerfile"),
      [`FROM ${FIXTURE_IMAGE}`, "ENV BERTH_GREETING=hello", "RUN echo hi > /hi", 'LABEL berth.test="history"', ...extraLines, 'CMD ["cat", "/hi"]', ""].join("\n"),
    );
    dockerCli("build", "-q", "-t", tag, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return imageId(tag);
}

export function imageId(ref: string): string {
  return dockerCli("image", "inspect", "--format", "{{.Id}}", ref);
}

export function imageTags(ref: string): string[] {
  return JSON.parse(dockerCli("image", "inspect", "--format", "{{json .RepoTags}}", ref)) as string[];
}

export function imageExists(ref: string): boolean {
  try {
    dockerCli("image", "inspect", ref);
    return true;
  } catch {
    return false;
  }
}

export function removeImagesQuietly(...refs: string[]) {
  for (const ref of refs) {
    try {
      dockerCli("rmi", "-f", ref);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Builds an image with a layer of its own, pushes it to the sandbox registry as `ref` and removes it
 * locally, so pulling it downloads a layer ("Pull complete") rather than finding them all present.
 */
export function pushFreshImage(ref: string, marker: string) {
  buildHistoryImage(ref, [`RUN echo ${marker} > /pulled`]);
  dockerCli("push", ref);
  dockerCli("rmi", ref);
}

/** `docker images`' own SIZE column for a reference. */
export function cliImageSize(ref: string): string {
  return dockerCli("images", "--format", "{{.Size}}", ref).split("\n")[0]!.trim();
}

export function imageRow(page: Page, repository: string, tag: string) {
  return page
    .getByRole("table", { name: "Images" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: repository, exact: true }) })
    .filter({ has: page.getByRole("cell", { name: tag, exact: true }) });
}
