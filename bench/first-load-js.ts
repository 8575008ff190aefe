// First-load JavaScript per page: the chunks a page's HTML names (its scripts and the client modules of its flight
// data: what hydrating it needs), summed gzip-compressed (each file gzipped here at level 9, so the figure does not
// depend on the server's compression settings). Every page of app/ (found from the folders, not a list) opened on a sandbox
// with one container, image, volume and network to open.
// Beside them, the anchor: an empty page of the same Next (bench/empty-next-anchor.ts), the framework's own share.
// Run: npm run bench:js (inside the sandbox; needs a production build: npm run build). BENCH_JS_PAGES=/a,/b to pick.
import { readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { berthFetch } from "../e2e/support/berth-server";
import { emptyNextPage, scriptsOf } from "./empty-next-anchor";
import { FIXTURE_IMAGE, docker, reportFigure, requireSandbox, startBerth } from "./support";

requireSandbox("bench/first-load-js");

const PORT = Number(process.env.BENCH_PORT ?? 3196);
const TARGET_KB = 150;

/** Every page route under app/, as URL patterns (`/containers/[id]`). */
function pageRoutes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") out.push(prefix || "/");
    if (entry.isDirectory() && entry.name !== "api" && !entry.name.startsWith("_")) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      out.push(...pageRoutes(path.join(dir, entry.name), prefix + segment));
    }
  }
  return out.sort();
}

async function main() {
  const tag = `bench-js-${process.pid}`;
  docker("run", "-d", "--name", tag, FIXTURE_IMAGE, "sleep", "600");
  docker("volume", "create", tag);
  docker("network", "create", tag);
  const fill: Record<string, string> = { "[id]": tag, "[name]": tag };
  const urlOf = (route: string) =>
    route.startsWith("/images/") ? `/images/${encodeURIComponent(FIXTURE_IMAGE)}` : route.replace(/\[[^\]]+\]/g, (s) => fill[s] ?? "x");
  const only = process.env.BENCH_JS_PAGES?.split(",");
  const routes = pageRoutes().filter((r) => !only || only.includes(r));

  // Built (once per Next version) before Berth starts, so the two do not share the CPU.
  const anchor = emptyNextPage();
  const server = await startBerth(PORT);
  const rows: { route: string; files: number; gzip: number; modern: number; biggest: string }[] = [];
  const gz = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = async (file: string) => {
    if (!gz.has(file)) {
      const body = Buffer.from(await (await berthFetch(server.base, `/_next/${file}`)).arrayBuffer());
      gz.set(file, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    return gz.get(file)!;
  };
  try {
    for (const route of routes) {
      const html = await (await berthFetch(server.base, urlOf(route))).text();
      // The page's scripts and the client chunks its flight data names: what hydrating it needs. Not what <Link>
      // prefetches for other screens, nor chunks a dialog or tab fetches when opened. Next's polyfills load through
      // <script noModule>: counted in "all", skipped by any browser with modules.
      const { files, legacy } = scriptsOf(html);
      const sizes = await Promise.all(files.map(async (file) => ({ file: path.basename(file), legacy: legacy.has(file), ...(await sizeOf(file)) })));
      rows.push({
        route,
        files: files.length,
        gzip: sizes.reduce((sum, x) => sum + x.gzip, 0),
        modern: sizes.filter((x) => !x.legacy).reduce((sum, x) => sum + x.gzip, 0),
        biggest: sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 4).map((x) => `${x.file} ${(x.gzip / 1024).toFixed(0)}`).join(", "),
      });
    }
  } finally {
    server.stop();
    await server.exited;
    docker("rm", "-f", tag);
    docker("volume", "rm", tag);
    docker("network", "rm", tag);
  }
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  console.log(`\nfirst-load JS per page (chunks the page's HTML names; target ≤ ${TARGET_KB} kB gzip; "modern" leaves out the noModule polyfills;`);
  console.log(`"over Next" is modern minus the empty Next page's modern: Berth's own share)\n`);
  console.log(`${"page".padEnd(20)} ${"files".padStart(5)} ${"all (gzip)".padStart(11)} ${"modern".padStart(8)} ${"over Next".padStart(10)}`);
  console.log(`${"(empty Next page)".padEnd(20)} ${String(anchor.files).padStart(5)} ${kB(anchor.gzip).padStart(11)} ${kB(anchor.modern).padStart(8)} ${"0 kB".padStart(10)}        anchor: one empty page, bare root layout, same Next`);
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(20)} ${String(r.files).padStart(5)} ${kB(r.gzip).padStart(11)} ${kB(r.modern).padStart(8)} ${kB(r.modern - anchor.modern).padStart(10)}${r.modern / 1024 > TARGET_KB ? "  over" : "      "}  largest: ${r.biggest}`,
    );
  }
  const modern = rows.map((r) => r.modern);
  const heaviest = rows.reduce((a, b) => (b.modern > a.modern ? b : a));
  reportFigure({
    figure: "first-load JS per page (gzip, modern browsers)",
    berth: `${kB(Math.min(...modern))}–${kB(Math.max(...modern))} (heaviest ${heaviest.route})`,
    anchor: `an empty page on the same Next: ${kB(anchor.modern)}`,
    target: `≤ ${TARGET_KB} kB`,
    met: Math.max(...modern) / 1024 <= TARGET_KB,
    why: "Next and React alone are the empty page's figure, leaving ~20 kB per page; the root layout's share (SWR, socket.io-client, the access table, icons, theme) and the virtual list are the rest — loading the socket and SWR after first paint is the next step",
  });
}

void main();
