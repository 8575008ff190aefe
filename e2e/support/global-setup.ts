// Never run against an engine the harness did not start: the user's own daemon holds their work.
export default async function globalSetup() {
  // @ts-expect-error: a plain .mjs script without type declarations.
  const { assertSandbox } = await import("../../scripts/assert-sandbox.mjs");
  await assertSandbox();
}
