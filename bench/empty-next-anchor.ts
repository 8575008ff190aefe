// The anchor for the first-load JS figure: what the same Next.js, built the same way (Turbopack, production), ships
// for an app of one empty page in one bare root layout — the framework's own share, which no change to Berth can cut.
// Built once into .next-anchor/ (git-ignored) and again only when Next's version changes; the page is static, so
// its HTML is read from the build and measured exactly as bench/first-load-js.ts measures a Berth page.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIR = ".next-anchor";

const FILES: Record<string, string> = {
  "app/layout.jsx": "export default function RootLayout({ children }) {\n  return (\n    <html lang=\"en\">\n      <body>{children}</body>\n    </html>\n  );\n}\n",
  "app/page.jsx": "export default function Page() {\n  return <p>empty</p>;\n}\n",
  "next.config.js": "module.exports = {};\n",
};

/** Chunk files a page's HTML names, and which of them load through <script noModule> (the legacy polyfills). */
export function scriptsOf(html: string): { files: string[]; legacy: Set<string> } {
  const files = [...new Set([...html.matchAll(/static\/chunks\/[\w.~-]+\.js/g)].map((m) => m[0]))];
  const legacy = new Set([...html.matchAll(/<script[^>]*\bsrc="\/_next\/(static\/chunks\/[\w.~-]+\.js)"[^>]*\bnoModule\b[^>]*>/gi)].map((m) => m[1]!));
  return { files, legacy };
}

/** gzip -9 sizes of the empty page's first-load JS: all, and without the noModule polyfills. */
export function emptyNextPage(): { files: number; gzip: number; modern: number } {
  const version = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const stamp = path.join(DIR, "built-with");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== version) {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
      writeFileSync(path.join(DIR, file), text);
    }
    const built = spawnSync("npx", ["next", "build", DIR], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new Error(`building the empty Next app failed (${built.status})`);
    writeFileSync(stamp, version);
  }
  const dist = path.join(DIR, ".next");
  const { files, legacy } = scriptsOf(readFileSync(path.join(dist, "server/app/index.html"), "utf8"));
  let gzip = 0;
  let modern = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
    gzip += size;
    if (!legacy.has(file)) modern += size;
  }
  return { files: files.length, gzip, modern };
}
