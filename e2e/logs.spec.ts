import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { dockerCli, removeQuietly, runToExit, uniqueName } from "./support/docker-cli";
import { dockerLogs, logOptions, logPanel, logRow, openLogs, runScript } from "./support/logs";
import { engineConnections, listenerPid, settledEngineConnections } from "./support/stats";

// The Logs tab against real containers: what the user sees is checked against `docker logs`.

const HOSTILE = "<b>html</b><img src=x onerror=alert(1)>";
// busybox sh's printf understands \033; the ANSI line must show red and without its escape codes.
const SCRIPT = [
  "echo MARKER-OUT",
  "echo MARKER-ERR >&2",
  "printf '\\033[31mRED-LINE\\033[0m plain\\n'",
  `echo '${HOSTILE}'`,
  "i=0; while true; do i=$((i+1)); echo tick-$i; sleep 1; done",
].join("; ");

test.describe("container logs", () => {
  const name = uniqueName("logs");
  test.beforeAll(() => {
    runScript(name, SCRIPT);
  });
  test.afterAll(() => removeQuietly(name));

  test("shows the log with stderr apart, colours as colours and HTML as text, and follows", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openLogs(page, name);
    const log = logPanel(page);
    await expect(logRow(page, "MARKER-OUT")).toBeVisible();
    expect(dockerLogs(name).stdout).toContain("MARKER-OUT");

    // stdout and stderr told apart, for the eye and for a screen reader.
    await expect(logRow(page, "MARKER-OUT")).toHaveAttribute("data-stream", "stdout");
    const err = logRow(page, "MARKER-ERR");
    await expect(err).toHaveAttribute("data-stream", "stderr");
    await expect(err).toContainText("stderr:");
    expect(dockerLogs(name).stderr).toContain("MARKER-ERR");

    // ANSI: a coloured span, no escape codes left in the text.
    const red = log.getByText("RED-LINE", { exact: true });
    await expect(red).toHaveCSS("color", "rgb(255, 95, 82)");
    await expect(logRow(page, "RED-LINE")).toHaveText("RED-LINE plain");
    expect(dockerLogs(name).stdout).toContain("\u001b[31mRED-LINE");

    // Engine text is text: no element made from it, no script run.
    await expect(logRow(page, "onerror")).toHaveText(HOSTILE);
    await expect(log.locator("b, img")).toHaveCount(0);
    expect(dialogs).toBe(0);

    // Following: new lines arrive without a reload, and the view stays at the bottom.
    const lastTick = async () => {
      const texts = await logPanel(page).locator("[data-stream]").filter({ hasText: /^tick-\d+$/ }).allTextContents();
      return Math.max(0, ...texts.map((t) => Number(t.slice(5))));
    };
    const seen = await lastTick();
    await expect(logRow(page, `tick-${seen + 2}`)).toBeVisible();

    // Pausing holds the view and counts what arrives; resuming shows it.
    await logOptions(page).getByRole("button", { name: "Following" }).click();
    const resume = page.getByRole("button", { name: /new lines? — resume/ });
    await expect(resume).toHaveText(/^[2-9]\d* new lines — resume$/);
    const paused = await lastTick();
    expect(await lastTick()).toBe(paused);
    expect(Number(dockerLogs(name).stdout.match(/tick-(\d+)\n$/)![1])).toBeGreaterThan(paused);
    await resume.click();
    await expect(logRow(page, `tick-${paused + 2}`)).toBeVisible();
    await expect(logOptions(page).getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  });

  test("search highlights matches, plain or regex, and says when a regex is invalid", async ({ page }) => {
    await openLogs(page, name);
    await expect(logRow(page, /^tick-\d+$/).first()).toBeVisible();
    const box = page.getByRole("searchbox", { name: "Search logs" });
    await box.fill("marker-");
    await expect(logPanel(page).locator("mark")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Regex" }).check();
    await box.fill("MARKER-(OUT|ERR)$");
    const marks = logPanel(page).locator("mark");
    // stdout and stderr reach the engine through two pipes: either may be logged first.
    await expect(marks).toHaveCount(2);
    expect((await marks.allTextContents()).sort()).toEqual(["MARKER-ERR", "MARKER-OUT"]);
    await expect(page.getByRole("status").filter({ hasText: "2 matches in 2 lines" })).toBeVisible();
    await expect(logPanel(page).getByText(/^tick-/)).toHaveCount(0);

    await box.fill("tick-(");
    await expect(page.getByRole("alert").filter({ hasText: "Invalid regular expression" })).toBeVisible();
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await box.fill("");
    await expect(logRow(page, /^tick-\d+$/).first()).toBeVisible();
  });

  test("stdout/stderr filter and timestamps", async ({ page }) => {
    await openLogs(page, name);
    await expect(logRow(page, /^tick-\d+$/).first()).toBeVisible();
    const streams = logOptions(page).getByLabel("Streams");
    await streams.selectOption("stderr");
    await expect(logRow(page, "MARKER-ERR")).toBeVisible();
    await expect(logPanel(page).locator('[data-stream="stdout"]')).toHaveCount(0);
    await streams.selectOption("both");

    // The engine's own timestamp of the line, to the millisecond.
    await page.getByRole("searchbox", { name: "Search logs" }).fill("MARKER-OUT");
    await expect(logRow(page, "MARKER-OUT")).toHaveText("MARKER-OUT");
    const stamped = dockerLogs(name, "--timestamps").stdout.split("\n").find((l) => l.endsWith(" MARKER-OUT"))!;
    const shown = stamped.slice(0, 23).replace("T", " ");
    await logOptions(page).getByRole("checkbox", { name: "Timestamps" }).check();
    await expect(logRow(page, "MARKER-OUT")).toHaveText(`${shown} MARKER-OUT`);
  });

  test("download returns the log as text with stderr, streamed from the engine", async ({ page }) => {
    await openLogs(page, name);
    await expect(logRow(page, /^tick-\d+$/).first()).toBeVisible();
    const downloading = page.waitForEvent("download");
    await logOptions(page).getByRole("link", { name: "Download .log" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${name}.log`);
    const { readFile } = await import("node:fs/promises");
    const text = await readFile((await download.path())!, "utf8");
    const lines = text.split("\n");
    // The engine's lines byte for byte, ANSI codes kept, stderr included: the same as `docker logs`.
    const fixedLines = (ls: string[]) => ls.filter((l) => l && !/^tick-\d+$/.test(l)).sort();
    expect(fixedLines(lines)).toEqual(["MARKER-ERR", "MARKER-OUT", "\u001b[31mRED-LINE\u001b[0m plain", HOSTILE].sort());
    expect(fixedLines(dockerLogs(name).all.split("\n"))).toEqual(fixedLines(lines));

    const api = await page.request.get(`/api/containers/${name}/logs?tail=2&timestamps=1`);
    expect(api.status()).toBe(200);
    expect(api.headers()["content-disposition"]).toBe(`attachment; filename="${name}.log"; filename*=UTF-8''${name}.log`);
    expect(api.headers()["content-type"]).toContain("text/plain");
    const tail = (await api.text()).trimEnd().split("\n");
    expect(tail).toHaveLength(2);
    for (const l of tail) expect(l).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z tick-\d+$/);

    const bad = await page.request.get(`/api/containers/${name}/logs?tail=lots`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_request");
    const missing = await page.request.get(`/api/containers/no-such-${name}/logs`);
    expect(missing.status()).toBe(404);
  });
});

/** The numbers of the `seq-N` lines a page shows, in the order it shows them. */
async function seqShown(page: Page): Promise<number[]> {
  const texts = await logPanel(page).locator("[data-stream]").allTextContents();
  return texts.filter((t) => /^seq-\d+$/.test(t)).map((t) => Number(t.slice(4)));
}

test("two views of one container's logs share one engine stream; each shows its history, then every new line once", { tag: "@alone" }, async ({ browser }) => {
  const name = uniqueName("logs-shared");
  const pid = listenerPid(Number(new URL(baseURL).port));
  // Tall pages: the log panel draws only the rows in view, and every line of this test is to be seen at once.
  const contexts = [await browser.newContext({ viewport: { width: 1280, height: 2400 } }), await browser.newContext({ viewport: { width: 1280, height: 2400 } })];
  try {
    const baseline = await settledEngineConnections(pid);
    runScript(name, "i=0; while true; do i=$((i+1)); echo seq-$i; sleep 0.4; done");
    const first = await contexts[0]!.newPage();
    await openLogs(first, name);
    await expect(logRow(first, /^seq-3$/)).toBeVisible();
    // The view's history stream has ended: what is left is the one follow (idle API sockets drain within 5 s).
    await expect.poll(() => engineConnections(pid), { timeout: 15_000 }).toBe(baseline + 1);

    // A second view, later: it reads the history alone (from seq-1) and joins the same follow.
    const second = await contexts[1]!.newPage();
    await openLogs(second, name);
    await expect(logRow(second, /^seq-1$/)).toBeVisible();
    const written = Number(/seq-(\d+)\n$/.exec(dockerLogs(name).stdout)![1]);
    for (const page of [first, second]) await expect(logRow(page, new RegExp(`^seq-${written + 5}$`))).toBeVisible();
    expect(await settledEngineConnections(pid, 3000)).toBe(baseline + 1);

    // Where history and follow were stitched, no line is missing and none shows twice: 1, 2, 3… in order.
    const shown = await seqShown(second);
    expect(shown.length).toBeGreaterThan(written);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => i + 1));
    const firstShown = await seqShown(first);
    expect(firstShown).toEqual(Array.from({ length: firstShown.length }, (_, i) => i + 1));
    // What the engine kept, the same lines.
    expect(dockerLogs(name).stdout).toContain(`seq-${shown.at(-1)}\n`);

    await first.close();
    await second.close();
    // The last view gone, the follow is closed.
    await expect.poll(() => engineConnections(pid), { timeout: 12_000 }).toBe(baseline);
  } finally {
    for (const c of contexts) await c.close();
    removeQuietly(name);
  }
});

test("a stopped container's log shows, and following resumes when it starts again", async ({ page }) => {
  const name = uniqueName("logs-rerun");
  runToExit(name, ["sh", "-c", "echo run-line"]);
  try {
    await openLogs(page, name);
    await expect(logRow(page, "run-line")).toHaveCount(1);
    await expect(page.getByText("The container is not running; following starts again when it does.")).toBeVisible();
    dockerCli("start", name);
    await expect(logRow(page, "run-line")).toHaveCount(2);
    expect(dockerLogs(name).stdout.match(/run-line/g)).toHaveLength(2);
  } finally {
    removeQuietly(name);
  }
});

test("a TTY container's log shows as one stream", async ({ page }) => {
  const name = uniqueName("logs-tty");
  runScript(name, "echo tty-out; echo tty-err >&2; printf '\\033[32mGREEN\\033[0m\\n'; sleep 600", ["-t"]);
  try {
    await openLogs(page, name);
    await expect(logRow(page, "tty-err")).toHaveAttribute("data-stream", "stdout");
    await expect(logRow(page, "tty-out")).toHaveText("tty-out");
    await expect(logPanel(page).getByText("GREEN", { exact: true })).toHaveCSS("color", "rgb(68, 204, 88)");
    expect(dockerLogs(name).stdout).toContain("tty-err");
  } finally {
    removeQuietly(name);
  }
});

test("Home shows the recent logs, following, with a way to the Logs tab", async ({ page }) => {
  const name = uniqueName("logs-home");
  runScript(name, "echo home-first; sleep 2; echo home-later; sleep 600");
  try {
    await page.goto(`/containers/${name}`);
    const card = page.getByRole("log", { name: "Recent logs" });
    await expect(card.locator("[data-stream]").filter({ hasText: "home-first" })).toBeVisible();
    await expect(card.locator("[data-stream]").filter({ hasText: "home-later" })).toBeVisible();
    expect(dockerLogs(name).stdout).toBe("home-first\nhome-later\n");
    await page.getByRole("link", { name: "Open logs" }).click();
    await expect(page).toHaveURL(/\?tab=logs$/);
    await expect(logRow(page, "home-later")).toBeVisible();
  } finally {
    removeQuietly(name);
  }
});
