import { expect, test } from "@playwright/test";
import { containerExists, containerState, dockerCli, inspectContainer, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerRow, detailPane, expectRowState, openContainer, toolbar } from "./support/screens";

// Each button does what it says: the engine (docker inspect) is the judge, the screen must agree.

test.describe("container actions", () => {
  test("toolbar verbs drive the engine and the screen follows", async ({ page }) => {
    const name = uniqueName("verbs");
    runSleeper(name);
    try {
      await openContainer(page, name);
      const bar = toolbar(page);
      const pill = detailPane(page).getByText(/^(running|exited|paused|created)$/i).first();

      await expect(bar.getByRole("button", { name: "Start", exact: true })).toBeDisabled();
      await expect(bar.getByRole("button", { name: "Unpause", exact: true })).toBeDisabled();

      await bar.getByRole("button", { name: "Pause", exact: true }).click();
      await expect.poll(() => containerState(name)).toBe("paused");
      await expect(pill).toHaveText(/paused/i);
      await expect(bar.getByRole("button", { name: "Pause", exact: true })).toBeDisabled();

      await bar.getByRole("button", { name: "Unpause", exact: true }).click();
      await expect.poll(() => containerState(name)).toBe("running");
      await expect(pill).toHaveText(/running/i);

      const startedBefore = inspectContainer(name).State.StartedAt;
      await bar.getByRole("button", { name: "Restart", exact: true }).click();
      await expect.poll(() => inspectContainer(name).State.StartedAt).not.toBe(startedBefore);
      expect(containerState(name)).toBe("running");

      await bar.getByRole("button", { name: "Stop", exact: true }).click();
      await expect.poll(() => containerState(name)).toBe("exited");
      await expect(pill).toHaveText(/exited/i);
      await expect(bar.getByRole("button", { name: "Stop", exact: true })).toBeDisabled();

      await bar.getByRole("button", { name: "Start", exact: true }).click();
      await expect.poll(() => containerState(name)).toBe("running");

      await bar.getByRole("button", { name: "Kill", exact: true }).click();
      await expect.poll(() => containerState(name)).toBe("exited");
      expect(inspectContainer(name).State.ExitCode).toBe(137);
      await expectRowState(page, name, "exited");

      await bar.getByRole("button", { name: "Remove", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: `Remove container ${name}?` });
      await expect(dialog).toBeVisible();
      expect(containerExists(name)).toBe(true); // asking first removes nothing
      await dialog.getByRole("button", { name: "Remove", exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect.poll(() => containerExists(name)).toBe(false);
      await expect(containerRow(page, name)).toHaveCount(0);
    } finally {
      removeQuietly(name);
    }
  });

  test("row buttons act on their own container", async ({ page }) => {
    const a = uniqueName("row-a");
    const b = uniqueName("row-b");
    runSleeper(a);
    runSleeper(b);
    try {
      await openContainer(page, a);
      const row = containerRow(page, b);
      await row.hover();
      await row.getByRole("button", { name: "Stop", exact: true }).click();
      await expect.poll(() => containerState(b)).toBe("exited");
      expect(containerState(a)).toBe("running");
      await expectRowState(page, b, "exited");
      await row.hover();
      await row.getByRole("button", { name: "Start", exact: true }).click();
      await expect.poll(() => containerState(b)).toBe("running");
      await expectRowState(page, b, "running");
    } finally {
      removeQuietly(a, b);
    }
  });

  test("remove asks first; force and anonymous volumes are the user's call", async ({ page }) => {
    const name = uniqueName("rm");
    runSleeper(name, ["-v", "/data"]);
    const volume = inspectContainer(name).Mounts.find((m) => m.Type === "volume")!.Name!;
    try {
      await openContainer(page, name);
      await toolbar(page).getByRole("button", { name: "Remove", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: `Remove container ${name}?` });
      const force = dialog.getByRole("checkbox", { name: /Force/ });
      await expect(force).toBeChecked(); // it is running
      await force.uncheck();
      await dialog.getByRole("button", { name: "Remove", exact: true }).click();
      await expect(dialog.getByText(/running container|stop the container/i)).toBeVisible();
      expect(containerState(name)).toBe("running");

      await force.check();
      await dialog.getByRole("checkbox", { name: /Also remove anonymous volumes/ }).check();
      await dialog.getByRole("button", { name: "Remove", exact: true }).click();
      await expect.poll(() => containerExists(name)).toBe(false);
      expect(dockerCli("volume", "ls", "-q").split("\n")).not.toContain(volume);
    } finally {
      removeQuietly(name);
    }
  });

  test("cancel and Escape remove nothing", async ({ page }) => {
    const name = uniqueName("keep");
    runSleeper(name);
    try {
      await openContainer(page, name);
      const remove = toolbar(page).getByRole("button", { name: "Remove", exact: true });
      await remove.click();
      await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
      await remove.click();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toBeHidden();
      expect(containerState(name)).toBe("running");
    } finally {
      removeQuietly(name);
    }
  });
});
