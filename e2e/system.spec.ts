import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { dockerCli } from "./support/docker-cli";

// The system screen shows what `docker info`, `docker version` and `docker system df` say, with the same numbers.

/** The value next to `label` in one of the screen's cards. */
function field(page: Page, card: string, label: string) {
  return page.getByRole("region", { name: card, exact: true }).locator(`dt:text-is("${label}") + dd`);
}

test("shows the engine's facts and docker system df's numbers", { tag: "@alone" }, async ({ page }) => {
  await page.goto("/system");
  const info = JSON.parse(dockerCli("info", "--format", "{{json .}}")) as {
    ServerVersion: string;
    Driver: string;
    NCPU: number;
    Containers: number;
    ContainersRunning: number;
    ContainersStopped: number;
    Images: number;
    CgroupDriver: string;
    LoggingDriver: string;
    DockerRootDir: string;
  };
  const apiVersion = dockerCli("version", "--format", "{{.Server.APIVersion}}");

  await expect(page.getByRole("heading", { level: 1, name: "System" })).toBeVisible();
  await expect(field(page, "Engine", "Version")).toHaveText(info.ServerVersion);
  await expect(field(page, "Engine", "API version")).toContainText(apiVersion);
  await expect(field(page, "Engine", "Storage driver")).toHaveText(info.Driver);
  await expect(field(page, "Engine", "Logging driver")).toHaveText(info.LoggingDriver);
  await expect(field(page, "Engine", "Cgroup")).toContainText(info.CgroupDriver);
  await expect(field(page, "Engine", "Root dir")).toHaveText(info.DockerRootDir);
  await expect(field(page, "Host", "CPUs")).toHaveText(String(info.NCPU));
  const memory = /Total Memory: (\S+)/.exec(dockerCli("info"))?.[1];
  await expect(field(page, "Host", "Memory")).toHaveText(memory!);
  await expect(field(page, "Objects", "Containers")).toHaveText(String(info.Containers));
  await expect(field(page, "Objects", "Running")).toHaveText(String(info.ContainersRunning));
  await expect(field(page, "Objects", "Stopped")).toHaveText(String(info.ContainersStopped));
  await expect(field(page, "Objects", "Images")).toHaveText(String(info.Images));

  const df = dockerCli("system", "df", "--format", "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}")
    .split("\n")
    .map((line) => line.split("\t"));
  const table = page.getByRole("table", { name: "Disk usage" });
  for (const [type, total, active, size, reclaimable] of df) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: type, exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([total!, active!, size!, reclaimable!]);
  }

  // The Compose Berth runs is the sandbox's Debian docker-compose (no v2 plugin there), at the version it reports.
  const composeVersion = execFileSync("docker-compose", ["version", "--short"], { encoding: "utf8" }).trim();
  await expect(field(page, "Compose", "In use")).toHaveText(`docker-compose version ${composeVersion}`);
  await expect(field(page, "Compose", "Kind")).toHaveText("standalone docker-compose");

  await page.getByRole("link", { name: "Clean up…" }).click();
  await expect(page).toHaveURL(/\/cleanup$/);
});
