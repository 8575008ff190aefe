import { expect, test } from "@playwright/test";
import { uniqueName } from "./support/docker-cli";
import { imageExists, pushFreshImage, REGISTRY, removeImagesQuietly } from "./support/images";
import { openRegistry } from "./support/registries";
import { startSearchIndex, type SearchIndex } from "./support/search-index";

// Search goes through the engine's /images/search as `docker search` does. Hub is out of reach here, so the term
// names a local index (the engine searches whichever index a term names); the cards and the one-click pull are
// what a Hub search shows.
test.describe("registry search", () => {
  const suffix = uniqueName("t").slice(2);
  const repo = `e2e-search/tool-${suffix}`;
  let index: SearchIndex;
  let found = "";

  test.beforeAll(async () => {
    pushFreshImage(`${REGISTRY}/${repo}:latest`, suffix);
    index = await startSearchIndex(Number(REGISTRY.split(":")[1]), (host) => [
      { name: `${host}/${repo}`, description: "A tool for the search test", stars: 1234, official: true },
      { name: `${host}/e2e-search/other-${suffix}`, description: "Not pulled", stars: 7, official: false },
    ]);
    found = `${index.host}/${repo}`;
  });
  test.afterAll(async () => {
    await index?.close();
    removeImagesQuietly(`${REGISTRY}/${repo}:latest`, found);
  });

  test("shows the engine's results as cards with stars and the official badge, and pulls one in a click", async ({ page, request }) => {
    await openRegistry(page, "Docker Hub");
    await page.getByRole("searchbox", { name: "Search Docker Hub" }).fill(`${index.host}/tool-${suffix}`);
    await page.getByRole("searchbox", { name: "Search Docker Hub" }).press("Enter");

    const results = page.getByRole("list", { name: "Search results" });
    const card = results.getByRole("listitem", { name: found });
    await expect(card).toContainText("A tool for the search test");
    await expect(card).toContainText("Official");
    await expect(card).toContainText("1.2k");
    await expect(results.getByRole("listitem")).toHaveCount(1);
    // The engine, not Berth, asked the index.
    expect(index.queries).toContain(`tool-${suffix}`);

    const api = await request.get(`/api/registries/search?term=${encodeURIComponent(`${index.host}/e2e-search`)}`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { results: { name: string; stars: number; official: boolean }[] };
    expect(body.results).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: found, stars: 1234, official: true })]),
    );

    expect(imageExists(found)).toBe(false);
    await card.getByRole("button", { name: `Pull ${found}` }).click();
    await expect(card.getByRole("status")).toHaveText("Pulled");
    expect(imageExists(found)).toBe(true);
  });
});
