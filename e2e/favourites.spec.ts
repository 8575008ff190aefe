import { expect, test } from "@playwright/test";
import { inspectContainer, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerList, containerRow } from "./support/screens";

// Stars are kept per browser by name: a container recreated under the same name stays starred and pinned.
test("a starred container is pinned at the top and stays starred after rm + run", async ({ page }) => {
  // "zz" sorts last by name: only the star can bring it to the top.
  const name = uniqueName("zz-fav");
  const other = uniqueName("aa-fav");
  runSleeper(name);
  runSleeper(other);
  try {
    await page.goto("/containers");
    const firstRow = containerList(page).getByRole("listitem").first();
    await expect(containerRow(page, name)).toBeVisible();
    await expect(firstRow).not.toContainText(name);
    await containerRow(page, name).hover();
    await containerRow(page, name).getByRole("button", { name: `Star ${name}` }).click();
    await expect(firstRow).toContainText(name);
    await expect(containerRow(page, name).getByLabel("starred")).toBeVisible();

    const oldId = inspectContainer(name).Id;
    removeQuietly(name);
    await expect(containerRow(page, name)).toHaveCount(0);
    runSleeper(name);
    expect(inspectContainer(name).Id).not.toBe(oldId);
    await expect(firstRow).toContainText(name);

    // Kept across a reload (localStorage), and in the header's star.
    await page.reload();
    await expect(containerList(page).getByRole("listitem").first()).toContainText(name);
    await page.goto(`/containers/${name}`);
    await expect(page.getByRole("region", { name: "Container details" }).getByRole("button", { name: `Unstar ${name}` })).toHaveAttribute("aria-pressed", "true");
  } finally {
    removeQuietly(name, other);
  }
});
