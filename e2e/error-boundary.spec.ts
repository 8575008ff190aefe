import { expect, test } from "@playwright/test";
import { containerState, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerRow, detailPane } from "./support/screens";

// A screen that throws while rendering takes down only its own route segment (app/**/error.tsx): the top bar
// and the containers list stay and work, the pane says in words what failed, and "Try again" recovers once
// the cause is gone. Before the boundaries, one such error blanked the whole app ("This page couldn't load").
//
// The cause here is an answer the page cannot read — as the Files tab once got `{"type":"Buffer"}` for a
// list. Nothing in the product can be made to throw on purpose (no debug route), so the test has the
// browser receive `docker top` in the engine's own shape (`Titles`/`Processes`) instead of Berth's; the rest
// is the real server against the sandbox engine.

const TOP = /\/api\/containers\/[^/]+\/top(\?.*)?$/;

test("a screen that throws keeps the frame, says what failed and recovers on Try again", async ({ page }) => {
  const name = uniqueName("boundary");
  runSleeper(name);
  const logged: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") logged.push(msg.text());
  });
  try {
    await page.route(TOP, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ Titles: ["PID", "CMD"], Processes: [["1", "sh"]] }) }),
    );
    await page.goto(`/containers/${encodeURIComponent(name)}?tab=processes`);

    const alert = page.getByRole("alert").filter({ hasText: "Berth could not show this container" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Docker and your containers are not affected");
    await expect(page.getByText("This page couldn’t load")).toHaveCount(0);
    // The technical message is there for a bug report, as text; no stack trace on the page.
    await alert.getByText("Details for a bug report").click();
    await expect(alert).toContainText("length");
    await expect(alert).not.toContainText(/\bat \S+ \(/);
    expect(logged.some((line) => line.includes("[berth] this container failed to render"))).toBe(true);

    // The frame: the top bar and the containers list are still there and still work.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(containerRow(page, name)).toBeVisible();
    await expect(alert.getByRole("link", { name: "Back to containers" })).toHaveAttribute("href", "/containers");
    // Rendering failed; the engine was not touched.
    expect(containerState(name)).toBe("running");

    // The cause goes away; Try again fetches afresh and the screen comes back.
    await page.unroute(TOP);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toHaveCount(0);
    await expect(detailPane(page).getByRole("heading", { name, exact: true })).toBeVisible();
    await expect(detailPane(page).getByRole("table").getByRole("cell", { name: "sleep 3600", exact: true })).toBeVisible();

    // The top bar still navigates.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Images" }).click();
    await expect(page).toHaveURL(/\/images$/);
  } finally {
    removeQuietly(name);
  }
});
