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
