import { expect, test, type Locator, type Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerRow } from "./support/screens";
import { inspectNetworkCli, removeNetworksQuietly } from "./support/volnet";

// The security audit against the sandbox engine: containers made with the docker CLI, judged on /security,
// in the list's badges, on the Home tab, and Isolate checked with `docker inspect`.

// The sandbox engine's own socket: a real engine socket that exists, unlike /var/run/docker.sock here (and
// never the system one). It is mounted at the usual destination, so both the source (a docker .sock) and the
// destination (/var/run/docker.sock) say "engine socket"; the audit flags either.
function sandboxSocket(): string {
  const host = process.env.DOCKER_HOST ?? "";
  if (!host.startsWith("unix://")) throw new Error(`the sandbox DOCKER_HOST is not a unix socket: ${host}`);
  return host.slice("unix://".length);
}

function auditRow(page: Page, name: string): Locator {
  return page.getByRole("table", { name: "Containers and findings" }).locator(`tr[data-container="${name}"]`);
}

function finding(row: Locator, check: string): Locator {
  return row.locator(`li[data-check="${check}"]`);
}

function networksOf(name: string): string[] {
  return Object.keys(JSON.parse(dockerCli("container", "inspect", "--format", "{{json .NetworkSettings.Networks}}", name))).sort();
}

test.describe("security audit", () => {
  test("flags privileged, a socket mounted through Mounts and a 0.0.0.0 port; a clean container has no finding", async ({ page }) => {
    const priv = uniqueName("aud-priv");
    const sock = uniqueName("aud-sock");
    const port = uniqueName("aud-port");
    const clean = uniqueName("aud-clean");
    const pinned = `berth-fixture/busybox:${clean}`;
    const hostPort = String(20000 + Math.floor(Math.random() * 10000));
    try {
      // Created, not started: the sandbox's runc may not apply all capabilities; the audit reads the config.
      dockerCli("create", "--name", priv, "--privileged", FIXTURE_IMAGE, "true");
      runSleeper(sock, ["--mount", `type=bind,src=${sandboxSocket()},dst=/var/run/docker.sock`]);
      runSleeper(port, ["-p", `0.0.0.0:${hostPort}:80`]);
      dockerCli("tag", FIXTURE_IMAGE, pinned);
      dockerCli("run", "-d", "--name", clean, "--user", "1000:1000", "--memory", "64m", "--restart", "unless-stopped", pinned, "sleep", "3600");

      // Ground truth: the socket arrived through HostConfig.Mounts, not Binds.
      const hostConfig = JSON.parse(dockerCli("container", "inspect", "--format", "{{json .HostConfig}}", sock));
      expect(hostConfig.Binds ?? []).toEqual([]);
      expect(hostConfig.Mounts).toEqual([expect.objectContaining({ Type: "bind", Target: "/var/run/docker.sock" })]);

      await page.goto("/security");
      await expect(page.getByRole("heading", { level: 1, name: "Security" })).toBeVisible();

      const privRow = auditRow(page, priv);
      await expect(finding(privRow, "privileged")).toContainText("Runs privileged");
      await expect(finding(privRow, "privileged")).toContainText("High");

      const sockFinding = finding(auditRow(page, sock), "docker-socket");
      await expect(sockFinding).toContainText("Docker socket mounted");
      await expect(sockFinding).toContainText("HostConfig.Mounts");
      await sockFinding.getByText("Docker socket mounted").click();
      await expect(sockFinding.getByText(/Whoever can talk to the Docker socket is root/)).toBeVisible();
      await expect(sockFinding.getByText(/Remove the mount/)).toBeVisible();

      await expect(finding(auditRow(page, port), "public-port")).toContainText(`0.0.0.0:${hostPort}`);

      const cleanRow = auditRow(page, clean);
      await expect(cleanRow).toContainText("No findings");
      await expect(cleanRow.locator("li[data-check]")).toHaveCount(0);

      // Filters: only the high docker-socket check leaves the socket container and drops the clean one.
      await page.getByLabel("Check").selectOption("docker-socket");
      await expect(auditRow(page, sock)).toBeVisible();
      await expect(auditRow(page, priv)).toBeHidden();
      await expect(auditRow(page, clean)).toBeHidden();

      // The list's badges: on the flagged containers, none on the clean one.
      await page.goto("/containers");
      await expect(containerRow(page, priv).getByRole("img", { name: /^\d+ security findings?, worst high$/ })).toBeVisible();
      await expect(containerRow(page, sock).getByRole("img", { name: /security finding/ })).toBeVisible();
      await expect(containerRow(page, clean)).toBeVisible();
      await expect(containerRow(page, clean).getByRole("img", { name: /security finding/ })).toHaveCount(0);

      // The Home tab's Security card.
      await page.goto(`/containers/${sock}`);
      const card = page.getByRole("region", { name: "Security" });
      await expect(card.locator('li[data-check="docker-socket"]')).toBeVisible();

      // Env values never reach the browser through the audit API.
      const api = await page.request.get(`/api/containers/${priv}/audit`);
      expect((await api.json()).audit.findings.map((f: { id: string }) => f.id)).toContain("privileged");
    } finally {
      removeQuietly(priv, sock, port, clean);
      try {
        dockerCli("rmi", pinned);
      } catch {
        // Already gone.
      }
    }
  });

  test("a secret's value never appears, only its name", async ({ request }) => {
    const name = uniqueName("aud-env");
    const secret = `s3cr3t-${name}`;
    try {
      runSleeper(name, ["-e", `DB_PASSWORD=${secret}`]);
      const res = await request.get(`/api/containers/${name}/audit`);
      const text = await res.text();
      expect(text).toContain("DB_PASSWORD");
      expect(text).not.toContain(secret);
      expect(await (await request.get("/api/security")).text()).not.toContain(secret);
    } finally {
      removeQuietly(name);
    }
  });

  test("Isolate moves a container onto its own network after showing what it will do", async ({ page }) => {
    const name = uniqueName("aud-iso");
    const other = uniqueName("aud-net");
    const isolated = `berth-isolated-${name}`;
    try {
      dockerCli("network", "create", other);
      const id = runSleeper(name);
      dockerCli("network", "connect", other, name);
      expect(networksOf(name)).toEqual(["bridge", other].sort());

      await page.goto("/security");
      await page.getByRole("button", { name: `Isolate ${name}` }).click();
      const dialog = page.getByRole("dialog", { name: `Isolate ${name}?` });
      await expect(dialog).toContainText(isolated);
      const leaving = dialog.getByRole("list", { name: "Networks it leaves" });
      await expect(leaving.getByRole("listitem")).toHaveText(["bridge", other].sort());
      // Nothing happens before the confirmation.
      expect(networksOf(name)).toEqual(["bridge", other].sort());

      await dialog.getByRole("button", { name: "Isolate", exact: true }).click();
      await expect(dialog).toBeHidden();
      expect(networksOf(name)).toEqual([isolated]);
      const net = inspectNetworkCli(isolated);
      expect(net.Labels).toEqual({ "berth.isolated-for": id });

      // Host-mode containers are refused clearly, and nothing is created.
      const hostNet = uniqueName("aud-host");
      try {
        runSleeper(hostNet, ["--network", "host"]);
        const res = await page.request.post(`/api/containers/${hostNet}/isolate`, { data: { disconnect: [] } });
        expect(res.status()).toBe(409);
        expect((await res.json()).error.message).toContain("host's network");
        expect(dockerCli("network", "ls", "--format", "{{.Name}}")).not.toContain(`berth-isolated-${hostNet}`);
      } finally {
        removeQuietly(hostNet);
      }
    } finally {
      removeQuietly(name);
      removeNetworksQuietly(isolated, other);
    }
  });
});
