import { expect, test, type Page } from "@playwright/test";
import { dockerCli, removeQuietly, runSleeper, runToExit, uniqueName } from "./support/docker-cli";
import { startProject, type ComposeProject } from "./support/stacks";
import { imageId } from "./support/images";
import { FIXTURE_IMAGE } from "./support/docker-cli";
import { contrastProblems, overflowProblems } from "./support/contrast";
import { pagePatterns } from "./support/pages";
import { clippingAncestor, overlappingBoxes, overlappingText } from "./support/layout-boxes";

// Every screen, in light and dark, on a 390×844 phone and a 1440 px desk: nothing runs off the side of the viewport,
// and the text in the main pane reads at WCAG AA (4.5:1) against what is drawn behind it. The screens are the
// page files under app/, found here from the file system, so a new screen is checked without editing this file.

/** "/containers/[id]" and the like, one per page file (route groups left out). */
const ROUTES = pagePatterns();

// Realistic, long data so a screen cannot pass by luck: names near what Compose generates for a long project, a full
// image reference with a registry port, many labels with long values, a long mount path, an explicit subnet.
const LONG = "with-a-rather-long-name-as-compose-makes-them";
const fixture = {
  container: uniqueName(`theme-ctr-${LONG}`),
  volume: uniqueName(`theme-vol-${LONG}`),
  network: uniqueName(`theme-net-${LONG}`),
  stack: uniqueName("themestack-for-the-team-platform-services"),
  tag: `registry.example.internal:5000/team-platform/a-very-long-image-repository-name:2026.12.02-build.${Date.now()}`,
  image: "",
};
let project: ComposeProject | undefined;

const LABELS = [
  "com.example.team.platform.owner=the-platform-infrastructure-team@example.internal",
  "traefik.http.routers.theme.rule=Host(`a-very-long-subdomain.team-platform.example.internal`)&&PathPrefix(`/api/v1/with/a/long/path`)",
  "org.opencontainers.image.source=https://git.example.internal/team-platform/a-very-long-image-repository-name.git",
  "org.opencontainers.image.revision=0f3c9a7d2b1e4f5a6c7d8e9f00112233445566778899aabbccddeeff00112233",
  ...Array.from({ length: 8 }, (_, i) => `com.example.annotation.number-${i}.with.a.long.key=value-${i}-${"x".repeat(40)}`),
].flatMap((label) => ["--label", label]);
const MOUNT_PATH = "/var/lib/team-platform/application/with/a/very/long/mount/path/that/must/break/somewhere/data";

function stackYaml(): string {
  const service = (name: string) => [
    `  ${name}:`,
    `    image: ${FIXTURE_IMAGE}`,
    `    command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]`,
    "    ports:",
    '      - "127.0.0.1::8080"',
    '      - "127.0.0.1::8443"',
    "    volumes:",
    `      - data:${MOUNT_PATH}`,
    "    labels:",
    ...LABELS.filter((_, i) => i % 2 === 1).map((l) => `      - "${l.replace(/"/g, '\\"')}"`),
    "    environment:",
    `      DATABASE_URL: "postgres://platform_user:not-a-secret@a-long-database-host.example.internal:5432/platform_${"db".repeat(12)}"`,
  ];
  return ["services:", ...service("web-frontend-with-a-long-service-name"), ...service("background-worker-with-a-long-service-name"), "volumes:", "  data: {}", ""].join("\n");
}

/** The route with its dynamic segments filled from the fixtures. */
function urlOf(route: string): string {
  return route
    .replace(/^\/containers\/\[id\]/, `/containers/${fixture.container}`)
    .replace(/^\/images\/\[id\]/, `/images/${encodeURIComponent(fixture.image)}`)
    .replace(/^\/volumes\/\[name\]/, `/volumes/${fixture.volume}`)
    .replace(/^\/networks\/\[id\]/, `/networks/${fixture.network}`)
    .replace(/^\/stacks\/\[name\]/, `/stacks/${fixture.stack}`);
}

test.beforeAll(() => {
  dockerCli("volume", "create", ...LABELS, fixture.volume);
  dockerCli("network", "create", "--subnet", "10.213.7.0/24", "--ip-range", "10.213.7.128/25", "--gateway", "10.213.7.1", ...LABELS, fixture.network);
  runSleeper(fixture.container, [
    ...LABELS,
    "--network", fixture.network,
    "-p", "127.0.0.1::8080", "-p", "127.0.0.1::8443", "-p", "127.0.0.1::9090/udp",
    "-v", `${fixture.volume}:${MOUNT_PATH}`,
    "-e", "GREETING=hello",
    "-e", `JAVA_OPTS=-Xms512m -Xmx2048m -XX:+UseG1GC -Dcom.example.a.very.long.system.property=${"y".repeat(60)}`,
    "-e", `TOKEN_LIKE_STRING=${"0123456789abcdef".repeat(6)}`,
  ]);
  project = startProject(fixture.stack, { yaml: stackYaml() });
  dockerCli("tag", FIXTURE_IMAGE, fixture.tag);
  fixture.image = imageId(fixture.tag);
});

test.afterAll(() => {
  removeQuietly(fixture.container);
  project?.remove();
  for (const args of [["volume", "rm", "-f", fixture.volume], ["network", "rm", fixture.network], ["rmi", fixture.tag]]) {
    try {
      dockerCli(...args);
    } catch {
      // Already gone.
    }
  }
});

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desk", width: 1440, height: 900 },
];
const SCHEMES = ["light", "dark"] as const;

/** One screen at the current size in both schemes: the theme follows the emulated system scheme, no reload. */
async function checkSchemes(page: Page, url: string, size: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const html = expect(page.locator("html"));
    await (colorScheme === "dark" ? html.toHaveClass(/\bdark\b/) : html.not.toHaveClass(/\bdark\b/));
    const where = `${url}, ${colorScheme}, ${size}`;
    // A resize or a theme change can re-render (media-query hooks); poll until the layout has settled. Soft, so the
    // culprit below is still reported when it never does.
    await expect
      .configure({ soft: true })
      .poll(async () => (await overflowProblems(page)).scrollWidth, { message: `page scroll width on ${where}`, timeout: 3_000 })
      .toBeLessThanOrEqual(page.viewportSize()!.width);
    const overflow = await overflowProblems(page);
    expect.soft(overflow.culprit, `what widens the page on ${where}`).toBeUndefined();
    expect.soft(overflow.elements, `elements past the right edge on ${where}`).toEqual([]);
    expect.soft(await contrastProblems(page, "main"), `low-contrast text on ${where}`).toEqual([]);
  }
}

// Each screen is loaded once, then checked at 390 and 1440 px in light and dark by resizing and emulating the
// system scheme (next-themes follows it live): one test per screen names the failing screen, a quarter of the loads.
test.describe("every screen: light and dark, 390 and 1440 px", () => {
  test.use({ colorScheme: "light", viewport: { width: SIZES[0]!.width, height: SIZES[0]!.height } });

  test("finds the screens on disk", () => {
    expect(ROUTES).toEqual(expect.arrayContaining(["/", "/containers/[id]", "/images/[id]", "/stacks/[name]/logs", "/wall"]));
  });

  for (const route of ROUTES) {
    test(`${route}: no horizontal overflow, AA text contrast`, async ({ page }) => {
      const url = urlOf(route);
      expect(url, "every dynamic segment has a fixture").not.toContain("[");
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      // Skeletons and "Loading…" placeholders are grey on purpose; measure the screen once it has its data.
      await expect(page.locator("main .animate-pulse")).toHaveCount(0);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await checkSchemes(page, url, `${size.name} ${size.width}px`);
      }
    });
  }
});

test.describe("theme switch", () => {
  test("the system's dark scheme applies with no choice made, and the theme script runs under the CSP", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("console", (m) => m.text().includes("Content Security Policy") && refused.push(m.text()));
    await page.goto("/system");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    // The stored choice is empty: this is the system's, not a remembered one.
    expect(await page.evaluate(() => localStorage.getItem("berth-theme"))).toBeNull();
    await expect(page.getByRole("radio", { name: "System theme" })).toHaveAttribute("aria-checked", "true");
    const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(body).not.toBe("rgb(255, 255, 255)");
    expect(refused).toEqual([]);
    await context.close();

    const light = await browser.newContext({ colorScheme: "light" });
    const lightPage = await light.newPage();
    await lightPage.goto("/system");
    await expect(lightPage.getByRole("radio", { name: "System theme" })).toHaveAttribute("aria-checked", "true");
    await expect(lightPage.locator("html")).not.toHaveClass(/\bdark\b/);
    await light.close();
  });

  test("a choice in the switch is kept across a reload and wins over the system", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto("/images");
    await page.getByRole("radio", { name: "Dark theme" }).click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.reload();
    // Set before any of our scripts hydrate: the first paint is already dark.
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await expect(page.getByRole("radio", { name: "Dark theme" })).toHaveAttribute("aria-checked", "true");
    await page.getByRole("radio", { name: "Light theme" }).click();
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await expect(page.getByRole("radio", { name: "Light theme" })).toHaveAttribute("aria-checked", "true");
    await context.close();
  });
});

test.describe("phone layout", () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });

  test("the list and one container are two steps, with a way back", async ({ page }) => {
    await page.goto("/containers");
    const list = page.getByRole("navigation", { name: "Containers" });
    const row = list.getByRole("link").filter({ has: page.getByTitle(fixture.container, { exact: true }) });
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/containers/${fixture.container}`));
    const pane = page.getByRole("region", { name: "Container details" });
    await expect(pane.getByRole("heading", { name: fixture.container })).toBeVisible();
    await expect(list).toBeHidden();
    // The toolbar: icon buttons, the rarer ones behind "More".
    const actions = pane.getByRole("group", { name: "Container actions" });
    await expect(actions.getByRole("button", { name: "Stop" })).toBeVisible();
    await expect(actions.getByRole("button", { name: "Remove" })).toBeHidden();
    await actions.getByLabel("More actions").first().click();
    await expect(actions.getByRole("button", { name: "Remove" })).toBeVisible();
    await pane.getByRole("link", { name: "Containers", exact: true }).click();
    await expect(list).toBeVisible();
    await expect(page).toHaveURL(/\/containers$/);
  });

  test("+ New opens the create form, not the list again, with a way back", async ({ page }) => {
    await page.goto("/containers");
    // The list's own "+ New", above the list (the top bar has none on a phone).
    await page.getByRole("link", { name: "+ New", exact: true }).click();
    await expect(page).toHaveURL(/\/new$/);
    await expect(page.getByRole("heading", { name: "New container" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Containers" })).toBeHidden();
    await page.getByRole("main").getByRole("link", { name: "Containers", exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Containers" })).toBeVisible();
  });
});

// Defects once seen in docs/screens/ that the overflow and contrast sweep above cannot see: things drawn over one
// another, a label clipped inside the bar, cards of one row with different heights. Each where it went wrong.
test.describe("layout: nothing drawn over anything else", () => {
  for (const size of SIZES) {
    test(`logs tab, ${size.name}: the search box and the buttons beside it do not overlap`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/containers/${fixture.container}?tab=logs`);
      const bar = page.getByRole("toolbar", { name: "Log options" });
      const search = bar.getByRole("searchbox", { name: "Search logs" });
      await expect(search).toBeVisible();
      const controls = [
        search,
        bar.getByRole("checkbox", { name: "Regex" }),
        bar.getByRole("button", { name: "Smaller text" }),
        bar.getByRole("button", { name: "Larger text" }),
        bar.getByRole("button", { name: "Copy" }),
        bar.getByRole("button", { name: "Clear" }),
        bar.getByRole("link", { name: "Download .log" }),
      ];
      expect(await overlappingBoxes(controls)).toEqual([]);
      // The box keeps a usable width instead of being squeezed to nothing.
      expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    });

    test(`images, ${size.name}: no cell's text runs into another's`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto("/images");
      const table = page.getByRole("table", { name: "Images" });
      await expect(table.getByRole("row").filter({ hasText: "a-very-long-image-repository-name" }).first()).toBeVisible();
      expect(await overlappingText(table, "th, td")).toEqual([]);
    });
  }

  test("top bar at 1440 px: the live indicator shows whole", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/containers");
    const live = page.getByRole("banner").getByText("Live", { exact: true });
    await expect(live).toBeVisible();
    expect(await clippingAncestor(live)).toBeUndefined();
  });

  test("stats tab at 1440 px: the three charts are one height", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/containers/${fixture.container}?tab=stats`);
    const charts = page.getByRole("group", { name: "Last 5 minutes" }).locator("figure");
    await expect(charts).toHaveCount(3);
    await expect(charts.nth(2).locator("canvas").first()).toBeVisible();
    const heights = await Promise.all([0, 1, 2].map(async (i) => Math.round((await charts.nth(i).boundingBox())!.height)));
    expect(new Set(heights).size, `chart heights ${heights.join(", ")}`).toBe(1);
  });

  test("cleanup: the reason and the age keep apart at 1440 px; on a phone the checkbox sits beside the name", async ({ page }) => {
    const exited = uniqueName(`theme-exited-${LONG}`);
    runToExit(exited, ["sh", "-c", "exit 3"]);
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto("/cleanup");
      const table = page.getByRole("table", { name: "Exited containers" });
      const row = table.getByRole("row").filter({ hasText: exited });
      await expect(row).toBeVisible();
      expect(await overlappingText(row, "td")).toEqual([]);

      await page.setViewportSize({ width: 390, height: 844 });
      const box = (await row.getByRole("checkbox", { name: `Select ${exited}` }).boundingBox())!;
      const name = (await row.getByText(exited, { exact: true }).boundingBox())!;
      // Beside: the checkbox's middle is within the name's line, and it is to the left of the name.
      expect(Math.abs(box.y + box.height / 2 - (name.y + name.height / 2))).toBeLessThan(name.height);
      expect(box.x + box.width).toBeLessThanOrEqual(name.x);
      expect(await overlappingText(row, "td")).toEqual([]);
    } finally {
      removeQuietly(exited);
    }
  });
});

test.describe("wall screen", () => {
  test("a container started with the CLI appears with its state, and stopping it changes the state", async ({ page }) => {
    const name = uniqueName("wall");
    await page.goto("/?wall=1");
    await expect(page).toHaveURL(/\/wall$/);
    const grid = page.getByRole("list", { name: "Containers" });
    await expect(grid).toBeVisible();
    try {
      runSleeper(name);
      const tile = grid.getByRole("listitem", { name, exact: true });
      await expect(tile.getByTestId("wall-state")).toHaveText("running");
      // Live figures from the stats channel.
      await expect(tile.getByRole("definition").first()).toHaveText(/^\d+(\.\d)?%$/);
      // Read-only: nothing to press.
      await expect(tile.getByRole("button")).toHaveCount(0);
      dockerCli("stop", "-t", "1", name);
      await expect(tile.getByTestId("wall-state")).toHaveText("exited");
      expect(dockerCli("inspect", "--format", "{{.State.Status}}", name)).toBe("exited");
    } finally {
      removeQuietly(name);
    }
  });
});
