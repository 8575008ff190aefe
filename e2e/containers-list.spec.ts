import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, inspectContainer, psAll, removeQuietly, runSleeper, runToExit, uniqueName } from "./support/docker-cli";
import { containerList, containerRow, expectRowState, expectSamePage, markPage, openContainer, detailPane } from "./support/screens";

test.describe("the container list", () => {
  const running = uniqueName("list-run");
  const exited = uniqueName("list-exit");
  const failed = uniqueName("list-fail");
  const created = uniqueName("list-new");
  const paused = uniqueName("list-paused");

  test.beforeAll(() => {
    dockerCli("run", "-d", "--name", running, "-p", "127.0.0.1::8080", "--label", "berth.test=list", FIXTURE_IMAGE,
      "sh", "-c", "trap 'exit 0' TERM; httpd -f -p 8080 -h /etc & sleep 3600 & wait");
    runToExit(exited, ["true"]);
    runToExit(failed, ["sh", "-c", "exit 3"]);
    dockerCli("create", "--name", created, FIXTURE_IMAGE, "sleep", "60");
    runSleeper(paused);
    dockerCli("pause", paused);
  });
  test.afterAll(() => removeQuietly(running, exited, failed, created, paused));

  test("shows exactly the containers docker ps -a shows, with the same states", { tag: "@alone" }, async ({ page }) => {
    await page.goto("/");
    const truth = psAll();
    expect(truth.size).toBeGreaterThanOrEqual(5);
    await expect(containerList(page).getByRole("listitem")).toHaveCount(truth.size);
    for (const [name, state] of truth) await expectRowState(page, name, state);
    // Running first, then the rest.
    const names = await containerList(page).getByRole("listitem").evaluateAll((items) =>
      items.map((li) => li.querySelector("[title]")?.getAttribute("title") ?? ""),
    );
    const firstNotRunning = names.findIndex((n) => truth.get(n) !== "running");
    expect(names.slice(firstNotRunning).every((n) => truth.get(n) !== "running")).toBe(true);
  });

  test("the detail pane shows image, command, ports with links, labels", async ({ page }) => {
    await openContainer(page, running);
    const pane = detailPane(page);
    await expect(pane.getByText(FIXTURE_IMAGE).first()).toBeVisible();
    await expect(pane.getByText(/sleep 3600/).first()).toBeVisible();
    const hostPort = dockerCli("port", running, "8080/tcp").split(":").pop();
    const link = pane.getByRole("link", { name: new RegExp(`:${hostPort}`) });
    await expect(link).toHaveAttribute("href", `http://localhost:${hostPort}`);
    await expect(link).toHaveAttribute("target", "_blank");
    // The web preview opens the container's page in a new tab — never in an iframe inside Berth.
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      pane.getByRole("link", { name: "Web preview of port 8080" }).click(),
    ]);
    await expect(popup).toHaveURL(`http://localhost:${hostPort}/`);
    await expect(popup.locator("body")).toContainText(/Not Found/i); // busybox httpd answered
    await popup.close();
    expect(await page.locator("iframe").count()).toBe(0);
    await expect(pane.getByText("berth.test")).toBeVisible();
    await expect(pane.getByText("list", { exact: true })).toBeVisible();
  });

  test("exited containers show their exit code", async ({ page }) => {
    await openContainer(page, failed);
    await expect(detailPane(page).getByText(/Exited \(3\)/).first()).toBeVisible();
  });

  test("a container started with the CLI appears, changes state and disappears without reload", async ({ page }) => {
    await page.goto("/");
    await expect(containerList(page)).toBeVisible();
    await markPage(page);
    const name = uniqueName("live");
    try {
      runSleeper(name);
      await expectRowState(page, name, "running");
      dockerCli("pause", name);
      await expectRowState(page, name, "paused");
      dockerCli("unpause", name);
      dockerCli("kill", name);
      await expectRowState(page, name, "exited");
      dockerCli("rm", name);
      await expect(containerRow(page, name)).toHaveCount(0);
      await expectSamePage(page);
    } finally {
      removeQuietly(name);
    }
  });

  test("the list is fetched once per page load; a container started afterwards arrives as a patch, not a refetch", async ({ page }) => {
    // At 5,000 containers the list is ~2 MB: the socket's revision on connect says the tab's copy is current.
    const listRequests: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (r.method() === "GET" && url.pathname === "/api/containers") listRequests.push(url.search);
    });
    await page.goto("/");
    await expect(page.getByRole("banner").getByText("Live", { exact: true })).toBeVisible();
    await expect(containerRow(page, running)).toBeVisible();
    const name = uniqueName("patched");
    try {
      runSleeper(name);
      await expectRowState(page, name, "running");
      expect(inspectContainer(name).State.Running).toBe(true);
      expect(listRequests).toEqual(["?all=1"]);
    } finally {
      removeQuietly(name);
    }
  });

  test("the selected container is remembered and the filter narrows the list", async ({ page }) => {
    await openContainer(page, exited);
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/containers/${exited}$`));
    await page.keyboard.press("/");
    const filter = page.getByRole("searchbox", { name: "Filter containers" });
    await expect(filter).toBeFocused();
    await filter.fill(paused);
    await expect(containerList(page).getByRole("listitem")).toHaveCount(1);
    await expectRowState(page, paused, "paused");
    await filter.fill("no-such-thing-at-all");
    await expect(page.getByText("No containers match")).toBeVisible();
  });

  test("names and labels render as text, never as HTML", async ({ page }) => {
    const name = uniqueName("xss");
    runSleeper(name, ["--label", "note=<img src=x onerror=alert(1)><b>bold</b>"]);
    try {
      let dialogs = 0;
      page.on("dialog", () => dialogs++);
      await openContainer(page, name);
      await expect(detailPane(page).getByText("<img src=x onerror=alert(1)><b>bold</b>")).toBeVisible();
      expect(await page.locator("b", { hasText: "bold" }).count()).toBe(0);
      expect(dialogs).toBe(0);
    } finally {
      removeQuietly(name);
    }
  });
});
