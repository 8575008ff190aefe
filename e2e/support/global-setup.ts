import { baseURL } from "../../playwright.config";
import { writeStorageState } from "./auth";

// Never run against an engine the harness did not start: the user's own daemon holds their work. Then sign in (the
// web server is up by now: Playwright starts it before global setup), so every test runs with auth on.
export default async function globalSetup() {
  // @ts-expect-error: a plain .mjs script without type declarations.
  const { assertSandbox } = await import("../../scripts/assert-sandbox.mjs");
  await assertSandbox();
  await writeStorageState(baseURL);
}
