import path from "node:path";

// Debian's Chromium as the e2e suite, the benches and the screenshot script launch it: headless, no
// background traffic, and no DNS look-ups (only loopback exists in the sandbox).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
];

export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * The same Chromium in a network namespace of its own that still reaches this namespace's loopback ports
 * (scripts/browser-netns.mjs), so the sandbox engine's veth and address churn never aborts its requests.
 */
export const CHROMIUM_NETNS_PATH = path.join(__dirname, "../../scripts/browser-netns.mjs");
