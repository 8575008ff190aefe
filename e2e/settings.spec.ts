import { expect, test } from "@playwright/test";
import { containerExists, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { detailPane, openContainer } from "./support/screens";
import { expectFieldError, field, inspectFull, removeNetworkQuietly, removeVolumesQuietly, tempHostDir } from "./support/config";
import { containerEndpoint } from "./support/volnet";

// The Settings tab: in-place changes keep the container (same id); changes that need a new container
// show a diff first and then carry over everything the user did not change.

async function openSettings(page: import("@playwright/test").Page, name: string) {
  await openContainer(page, name);
  await detailPane(page).getByRole("tab", { name: "Settings" }).click();
  await expect(detailPane(page).getByRole("button", { name: "Review changes" })).toBeVisible();
  return detailPane(page);
}

test.describe("settings", () => {
  test("network checkboxes connect and disconnect at once and follow the CLI", async ({ page }) => {
    const name = uniqueName("set-net");
    const netA = uniqueName("set-net-a");
    const netB = uniqueName("set-net-b");
    dockerCli("network", "create", netA);
    dockerCli("network", "create", netB);
    runSleeper(name);
    try {
      const id = inspectFull(name).Id;
      const pane = await openSettings(page, name);
      const networks = pane.getByRole("region", { name: "Networks" });
      await expect(networks.getByRole("checkbox", { name: /^bridge/ })).toBeChecked();
      await networks.getByRole("checkbox", { name: new RegExp(`^${netA}`) }).check();
      await expect.poll(() => containerEndpoint(name, netA)?.IPAddress ?? "").not.toBe("");
      await networks.getByRole("checkbox", { name: /^bridge/ }).uncheck();
      await expect.poll(() => containerEndpoint(name, "bridge")).toBeUndefined();
      await expect(networks.getByRole("checkbox", { name: /^bridge/ })).not.toBeChecked();

      // A change made elsewhere shows up without a reload.
      dockerCli("network", "connect", netB, name);
      await expect(networks.getByRole("checkbox", { name: new RegExp(`^${netB}`) })).toBeChecked();
      // In place: still the same container.
      expect(inspectFull(name).Id).toBe(id);
    } finally {
      removeQuietly(name);
      removeNetworkQuietly(netA);
      removeNetworkQuietly(netB);
    }
  });

  test("rename in place keeps the id", async ({ page }) => {
    const name = uniqueName("set-rename");
    const renamed = `${name}-renamed`;
    runSleeper(name);
    try {
      const id = inspectFull(name).Id;
      const pane = await openSettings(page, name);
      await field(pane, "Name").fill(renamed);
      await pane.getByRole("button", { name: "Rename", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/containers/${renamed}\\?tab=settings$`));
      await expect.poll(() => containerExists(renamed)).toBe(true);
      expect(inspectFull(renamed).Id).toBe(id);
      expect(containerExists(name)).toBe(false);
      await expect(detailPane(page).getByRole("heading", { name: renamed, exact: true })).toBeVisible();
    } finally {
      removeQuietly(name, renamed);
    }
  });

  test("restart policy and memory change in place", async ({ page }) => {
    const name = uniqueName("set-update");
    runSleeper(name);
    try {
      const id = inspectFull(name).Id;
      const pane = await openSettings(page, name);
      await pane.getByLabel("Restart policy", { exact: true }).selectOption("unless-stopped");
      await field(pane, "Memory limit").fill("5m");
      await pane.getByRole("button", { name: "Save", exact: true }).click();
      await expectFieldError(field(pane, "Memory limit"), /at least 6m/);

      await field(pane, "Memory limit").fill("96m");
      await pane.getByRole("button", { name: "Save", exact: true }).click();
      await expect(pane.getByRole("status")).toContainText("saved in place");
      const c = inspectFull(name);
      expect(c.Id).toBe(id);
      expect(c.State.Status).toBe("running");
      expect(c.HostConfig.RestartPolicy.Name).toBe("unless-stopped");
      expect(c.HostConfig.Memory).toBe(96 * 1024 * 1024);
    } finally {
      removeQuietly(name);
    }
  });

  test("recreate after an env change shows the diff and keeps everything else", async ({ page }) => {
    const name = uniqueName("set-recreate");
    const volume = uniqueName("set-vol");
    const network = uniqueName("set-net");
    const dir = tempHostDir("berth-recreate");
    dockerCli("network", "create", network);
    dockerCli(
      "run", "-d", "--name", name,
      "-e", "MODE=dev",
      "-v", `${dir.path}:/host-data:ro`,
      "--mount", `type=volume,source=${volume},target=/data`,
      "--label", "berth.keep=yes",
      "--restart", "on-failure:2",
      "--network", network, "--network-alias", "api",
      "-p", "127.0.0.1:18383:80",
      "--entrypoint", "sh",
      FIXTURE_IMAGE, "-c", "trap 'exit 0' TERM; sleep 3600 & wait",
    );
    try {
      const old = inspectFull(name);
      const pane = await openSettings(page, name);
      // Values start masked (password fields); the user reveals them to edit.
      await expect(pane.getByLabel("Value 1", { exact: true })).toHaveAttribute("type", "password");
      await pane.getByRole("button", { name: "Show values" }).click();
      // Find the MODE row (the image's PATH comes first) and change its value.
      const count = await pane.getByRole("textbox", { name: /^Variable \d+$/ }).count();
      let changed = false;
      for (let i = 1; i <= count; i++) {
        if ((await field(pane, `Variable ${i}`).inputValue()) === "MODE") {
          await field(pane, `Value ${i}`).fill("prod");
          changed = true;
        }
      }
      expect(changed).toBe(true);
      await pane.getByRole("button", { name: "Review changes" }).click();

      const dialog = page.getByRole("dialog", { name: `Recreate ${name}?` });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("writable layer");
      const changes = dialog.getByRole("table", { name: "Changes" });
      await expect(changes.getByRole("row")).toHaveCount(2); // header + env.MODE
      await expect(changes.getByRole("row", { name: /env\.MODE\s+dev\s+prod/ })).toBeVisible();
      expect(inspectFull(name).Id).toBe(old.Id); // reviewing changes nothing

      await dialog.getByRole("button", { name: "Recreate container" }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => inspectFull(name).Id).not.toBe(old.Id);

      const c = inspectFull(name);
      expect(c.State.Status).toBe("running");
      expect(c.Config.Env).toContain("MODE=prod");
      expect(c.Config.Entrypoint).toEqual(old.Config.Entrypoint);
      expect(c.Config.Cmd).toEqual(old.Config.Cmd);
      expect(c.Config.Labels["berth.keep"]).toBe("yes");
      expect(c.HostConfig.RestartPolicy).toEqual({ Name: "on-failure", MaximumRetryCount: 2 });
      expect(c.HostConfig.PortBindings).toEqual(old.HostConfig.PortBindings);
      expect(c.Mounts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Type: "bind", Source: dir.path, Destination: "/host-data", RW: false }),
          expect.objectContaining({ Type: "volume", Name: volume, Destination: "/data" }),
        ]),
      );
      expect(Object.keys(c.NetworkSettings.Networks)).toEqual([network]);
      expect(c.NetworkSettings.Networks[network].Aliases).toContain("api");
      // The old container is gone, not left aside.
      expect(containerExists(old.Id)).toBe(false);
      expect(dockerCli("ps", "-a", "--filter", `name=${name}`, "--format", "{{.Names}}").split("\n")).toEqual([name]);
    } finally {
      removeQuietly(name);
      removeVolumesQuietly(volume);
      removeNetworkQuietly(network);
      dir.cleanup();
    }
  });

  test("a recreate whose new container cannot start rolls back to the old one", async ({ page }) => {
    const name = uniqueName("set-rollback");
    runSleeper(name);
    try {
      const old = inspectFull(name);
      const pane = await openSettings(page, name);
      await field(pane, "Command").fill("/no/such/program");
      await pane.getByRole("button", { name: "Review changes" }).click();
      const dialog = page.getByRole("dialog", { name: `Recreate ${name}?` });
      await expect(dialog.getByRole("row", { name: /command/ })).toContainText("/no/such/program");
      await dialog.getByRole("button", { name: "Recreate container" }).click();
      await expect(dialog.getByRole("alert")).toContainText("old container was restored");
      await expect(dialog.getByRole("alert")).toContainText("/no/such/program");

      const c = inspectFull(name);
      expect(c.Id).toBe(old.Id);
      expect(c.State.Status).toBe("running");
      expect(c.Config.Cmd).toEqual(old.Config.Cmd);
      // No temporary container left behind.
      expect(dockerCli("ps", "-a", "--filter", `name=${name}`, "--format", "{{.Names}}").split("\n")).toEqual([name]);
    } finally {
      removeQuietly(name);
    }
  });
});
