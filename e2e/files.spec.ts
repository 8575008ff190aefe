import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { catIn, changeRow, dockerDiff, makeChanges, openTab, putDeclaringLength } from "./support/files";
import { rawRequest } from "./support/raw-http";
import { containerRow, detailPane } from "./support/screens";

// The Files tab: `docker diff` as a tree and `docker cp` both ways, checked against the engine.

test.describe("files", () => {
  const name = uniqueName("files");
  test.beforeAll(() => {
    runSleeper(name);
    makeChanges(name);
  });
  test.afterAll(() => removeQuietly(name));

  test("the diff tree shows what docker diff shows", async ({ page }) => {
    const truth = dockerDiff(name);
    expect(truth.get("/data/new.txt")).toBe("added");
    expect(truth.get("/etc/group")).toBe("changed");
    expect(truth.get("/bin/vi")).toBe("deleted");

    await openTab(page, name, "files");
    const pane = detailPane(page);
    for (const [path, kind] of truth) {
      await expect(changeRow(page, path), path).toContainText(kind);
    }
    const counts = pane.getByRole("group", { name: "Kinds of change" });
    for (const kind of ["added", "changed", "deleted"]) {
      const n = [...truth.values()].filter((k) => k === kind).length;
      await expect(counts.getByRole("button", { name: `${n} ${kind}` })).toBeVisible();
    }

    // Folders collapse and expand.
    const folder = pane.getByRole("button", { name: "/data", exact: true });
    await expect(folder).toHaveAttribute("aria-expanded", "true");
    await folder.click();
    await expect(folder).toHaveAttribute("aria-expanded", "false");
    await expect(changeRow(page, "/data/new.txt")).toHaveCount(0);
    await folder.click();
    await expect(changeRow(page, "/data/new.txt")).toBeVisible();

    // The filter narrows the tree; the kind toggles hide a kind.
    await pane.getByRole("searchbox", { name: "Filter changed paths" }).fill("new.t");
    await expect(changeRow(page, "/data/new.txt")).toBeVisible();
    await expect(changeRow(page, "/etc/group")).toHaveCount(0);
    await pane.getByRole("searchbox", { name: "Filter changed paths" }).fill("");
    await counts.getByRole("button", { name: /deleted$/ }).click();
    await expect(changeRow(page, "/bin/vi")).toHaveCount(0);
    await expect(changeRow(page, "/etc/group")).toBeVisible();

    // A change made outside Berth shows after Refresh.
    dockerCli("exec", name, "sh", "-c", "echo later > /data/later.txt");
    await pane.getByRole("button", { name: "Refresh" }).click();
    await expect(changeRow(page, "/data/later.txt")).toContainText("added");
  });

  test("download a file and a folder from the diff", async ({ page }) => {
    await openTab(page, name, "files");
    const pane = detailPane(page);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      pane.getByRole("link", { name: "Download /data/new.txt", exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("new.txt");
    expect(await readFile((await file.path())!, "utf8")).toBe("hello\n");

    const [folder] = await Promise.all([
      page.waitForEvent("download"),
      pane.getByRole("link", { name: "Download /data as .tar", exact: true }).click(),
    ]);
    expect(folder.suggestedFilename()).toBe("data.tar");
    const tar = await readFile((await folder.path())!, "latin1");
    expect(tar).toContain("data/new.txt");
    expect(tar).toContain("hello\n");
  });

  test("download any path through the path box, with a clear message for a missing one", async ({ page }) => {
    await openTab(page, name, "files");
    const pane = detailPane(page);
    const box = pane.getByRole("textbox", { name: "Container path to download" });
    await box.fill("/nope/missing.txt");
    await pane.getByRole("button", { name: "Look up" }).click();
    await expect(pane.getByRole("alert")).toContainText("No such file or directory");

    await box.fill("../etc/passwd");
    await pane.getByRole("button", { name: "Look up" }).click();
    await expect(pane.getByRole("alert")).toContainText("absolute");

    await box.fill("/etc/passwd");
    await pane.getByRole("button", { name: "Look up" }).click();
    await expect(pane.getByText(/file, \d+(\.\d+)?k?B\b/)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane.getByRole("link", { name: "Download /etc/passwd", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("passwd");
    expect(await readFile((await download.path())!, "utf8")).toBe(catIn(name, "/etc/passwd") + "\n");
  });

  test("upload a file into the container (cp round trip)", async ({ page }) => {
    const fileName = `${uniqueName("up")}.txt`;
    const content = "uploaded through Berth\nsecond line\n";
    await openTab(page, name, "files");
    const pane = detailPane(page);
    await expect(pane.getByRole("textbox", { name: "Destination folder" })).toHaveValue("/tmp");
    await pane.getByLabel("File to upload").setInputFiles({ name: fileName, mimeType: "text/plain", buffer: Buffer.from(content) });
    await pane.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(pane.getByRole("status").filter({ hasText: "Uploaded" })).toHaveText(
      `Uploaded ${fileName} to /tmp/${fileName} (${content.length}B)`,
    );
    expect(catIn(name, `/tmp/${fileName}`) + "\n").toBe(content);
    // The diff refreshed itself after the upload.
    await expect(changeRow(page, `/tmp/${fileName}`)).toContainText("added");

    // An upload into a folder that does not exist says so.
    await pane.getByRole("textbox", { name: "Destination folder" }).fill("/no/such/dir");
    await pane.getByLabel("File to upload").setInputFiles({ name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
    await pane.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(pane.getByRole("alert")).toContainText("No such file or directory");
  });
});

// A freshly started container changed nothing: the engine answers `null` to /changes (not `[]`), which once
// reached the page as `{"type":"Buffer","data":[]}` and blanked the whole app.
test("a container that changed nothing shows an empty Files tab inside its frame", async ({ page, request }) => {
  const fresh = uniqueName("files-fresh");
  runSleeper(fresh);
  try {
    expect(dockerCli("diff", fresh)).toBe("");

    const res = await request.get(`/api/containers/${fresh}/diff`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ changes: [] });

    await openTab(page, fresh, "files");
    const pane = detailPane(page);
    await expect(pane.getByText("No changes: the container's filesystem is as its image left it.")).toBeVisible();
    // The frame around it: the container's header and tabs, the containers list, the top bar.
    await expect(pane.getByRole("heading", { name: fresh, exact: true })).toBeVisible();
    await expect(pane.getByRole("tab", { name: "Files", selected: true })).toBeVisible();
    await expect(containerRow(page, fresh)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    const counts = pane.getByRole("group", { name: "Kinds of change" });
    for (const kind of ["added", "changed", "deleted"]) {
      await expect(counts.getByRole("button", { name: `0 ${kind}` })).toBeVisible();
    }
  } finally {
    removeQuietly(fresh);
  }
});

test.describe("files API", () => {
  const name = uniqueName("files-api");
  test.beforeAll(() => {
    runSleeper(name);
    makeChanges(name);
  });
  test.afterAll(() => removeQuietly(name));

  test("diff maps the engine's kinds", async ({ request }) => {
    const res = await request.get(`/api/containers/${name}/diff`);
    expect(res.status()).toBe(200);
    const { changes } = await res.json();
    expect(new Map(changes.map((c: { path: string; kind: string }) => [c.path, c.kind]))).toEqual(dockerDiff(name));
    const unknown = await request.get("/api/containers/no-such-container-xyz/diff");
    expect(unknown.status()).toBe(404);
  });

  test("paths are validated: no traversal, no relative paths", async ({ request }) => {
    for (const path of ["../../etc/passwd", "/data/../../etc/passwd", "etc/passwd", "", "/etc/passwd\u0000.txt", "\\etc\\passwd"]) {
      const res = await request.get(`/api/containers/${name}/archive?${new URLSearchParams({ path })}`);
      expect(res.status(), path).toBe(400);
      expect((await res.json()).error.code).toBe("invalid_request");
    }
    const noPath = await request.get(`/api/containers/${name}/archive`);
    expect(noPath.status()).toBe(400);
    const badName = await request.put(`/api/containers/${name}/archive?path=/tmp&name=..%2Fescape`, { data: Buffer.from("x") });
    expect(badName.status()).toBe(400);
    const hostKey = await request.get(`/api/containers/${name}/archive?path=/etc&hostPath=/root`);
    expect(hostKey.status()).toBe(400);
    expect(dockerCli("exec", name, "ls", "/")).not.toContain("escape");
  });

  test("unknown container and missing path are 404s with clear messages", async ({ request }) => {
    const unknown = await request.get("/api/containers/no-such-container-xyz/archive?path=/etc/passwd");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.message).toContain("no-such-container-xyz");
    const missing = await request.get(`/api/containers/${name}/archive?path=/nope/missing.txt`);
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toBe(`No such file or directory in ${name}: /nope/missing.txt`);
    const notFile = await request.get(`/api/containers/${name}/archive?path=/etc&format=file`);
    expect(notFile.status()).toBe(422);
  });

  test("stat, file and tar downloads", async ({ request }) => {
    const stat = await request.get(`/api/containers/${name}/archive?path=/data/new.txt&format=stat`);
    expect(await stat.json()).toMatchObject({ stat: { path: "/data/new.txt", name: "new.txt", size: 6, type: "file" } });
    const dir = await request.get(`/api/containers/${name}/archive?path=/data&format=stat`);
    expect((await dir.json()).stat.type).toBe("directory");

    const file = await request.get(`/api/containers/${name}/archive?path=/data/new.txt`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-disposition"]).toBe(`attachment; filename="new.txt"; filename*=UTF-8''new.txt`);
    expect(await file.text()).toBe("hello\n");
    const tar = await request.get(`/api/containers/${name}/archive?path=/data`);
    expect(tar.headers()["content-type"]).toBe("application/x-tar");
    expect(tar.headers()["content-disposition"]).toContain(`filename="data.tar"`);
  });

  test("cp round trip through the API, on a stopped container too", async ({ request }) => {
    const stopped = uniqueName("files-stopped");
    runSleeper(stopped);
    dockerCli("stop", "-t", "1", stopped);
    try {
      const bytes = Buffer.from([0, 1, 2, 255, 10, 13, 0x22, 0x5c]);
      const put = await request.put(`/api/containers/${stopped}/archive?path=/tmp&name=bin.dat`, { data: bytes });
      expect(put.status()).toBe(200);
      expect(await put.json()).toEqual({ uploaded: { path: "/tmp/bin.dat", size: bytes.length } });
      const back = await request.get(`/api/containers/${stopped}/archive?path=/tmp/bin.dat`);
      expect(Buffer.compare(await back.body(), bytes)).toBe(0);
      // The engine has it: docker cp out of the stopped container.
      expect(dockerCli("cp", `${stopped}:/tmp/bin.dat`, "-").length).toBeGreaterThan(512);
      const intoMissing = await request.put(`/api/containers/${stopped}/archive?path=/no/such&name=a`, { data: bytes });
      expect(intoMissing.status()).toBe(404);
      const intoFile = await request.put(`/api/containers/${stopped}/archive?path=/etc/passwd&name=a`, { data: bytes });
      expect(intoFile.status()).toBe(409);
    } finally {
      removeQuietly(stopped);
    }
  });

  test("odd file names survive the round trip; links download as .tar", async ({ request }) => {
    for (const fileName of ["résumé 2026 (final).txt", `${"long-".repeat(40)}name.txt`, 'quote"semi;colon.txt']) {
      const put = await request.put(`/api/containers/${name}/archive?${new URLSearchParams({ path: "/tmp", name: fileName })}`, {
        data: Buffer.from(fileName),
      });
      expect(put.status(), fileName).toBe(200);
      expect(dockerCli("exec", name, "cat", `/tmp/${fileName}`)).toBe(fileName);
      const back = await request.get(`/api/containers/${name}/archive?${new URLSearchParams({ path: `/tmp/${fileName}` })}`);
      expect(await back.text()).toBe(fileName);
      const disposition = back.headers()["content-disposition"]!;
      expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(fileName);
    }
    const link = await request.get(`/api/containers/${name}/archive?path=/bin/sh&format=stat`);
    expect((await link.json()).stat).toMatchObject({ type: "symlink", linkTarget: expect.stringContaining("busybox") });
    const asFile = await request.get(`/api/containers/${name}/archive?path=/bin/sh&format=file`);
    expect(asFile.status()).toBe(422);
    const auto = await request.get(`/api/containers/${name}/archive?path=/bin/sh`);
    expect(auto.headers()["content-disposition"]).toContain(`filename="sh.tar"`);
  });

  test("uploads are size-limited and refused cross-origin", async () => {
    const port = new URL(baseURL).port;
    const host = `127.0.0.1:${port}`;
    const tooBig = await putDeclaringLength(`${baseURL}/api/containers/${name}/archive?path=/tmp&name=big`, 600 * 1024 * 1024);
    expect(tooBig).toBe(413);
    const evil = await rawRequest(`${baseURL}/api/containers/${name}/archive?path=/tmp&name=evil.txt`, {
      method: "PUT",
      headers: { Host: host, Origin: "http://evil.example" },
      body: "pwned",
    });
    expect(evil.status).toBe(403);
    expect(dockerCli("exec", name, "ls", "/tmp")).not.toContain("evil.txt");
  });
});
