import { writeFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { containerExists, containerState, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { detailPane } from "./support/screens";
import {
  allContainerNames,
  expectFieldError,
  field,
  inspectFull,
  newForm,
  openNewForm,
  removeVolumesQuietly,
  tempHostDir,
} from "./support/config";

// The "New container" form: what the user fills in is what `docker inspect` shows; bad input names the
// field and leaves the engine untouched; a failed start leaves nothing behind.

const SLEEP_CMD = `sh -c "trap 'exit 0' TERM; sleep 3600 & wait"`;
// Quotes, an inner "=", leading and trailing blanks: read as `docker run --env-file` reads them.
const ENV_FILE = '# pasted\nMODE=test\nQUOTED="kept as written"\n   INDENTED=a=b  \n';

test.describe("new container", () => {
  test("create with env, port, bind mount, new volume, restart policy and label", async ({ page }) => {
    const name = uniqueName("new-full");
    const volume = uniqueName("new-vol");
    const dir = tempHostDir("berth-bind");
    const envDir = tempHostDir("berth-env-file");
    const twin = uniqueName("new-env-twin");
    try {
      // The "+ New" button, then the searchable image picker.
      await page.goto("/");
      await page.getByRole("link", { name: "+ New" }).click();
      await expect(page).toHaveURL(/\/new$/);
      await page.getByRole("searchbox", { name: "Search images" }).fill("fixture/busy");
      await page.getByRole("button", { name: FIXTURE_IMAGE, exact: true }).click();

      const form = newForm(page);
      await field(form, "Name").fill(name);
      await field(form, "Command").fill(SLEEP_CMD);

      await form.getByRole("button", { name: "+ Add variable" }).click();
      await field(form, "Variable 1").fill("GREETING");
      await field(form, "Value 1").fill("hello world");
      await field(form, "Paste .env").fill(ENV_FILE);

      await form.getByRole("button", { name: "+ Add port" }).click();
      await field(form, "Host IP 1").fill("127.0.0.1");
      await field(form, "Host port 1").fill("18181");
      await field(form, "Container port 1").fill("80");

      await form.getByRole("button", { name: "+ Bind mount" }).click();
      await field(form, "Host path 1").fill(dir.path);
      await field(form, "Container path 1").fill("/host-data");
      await form.getByRole("checkbox", { name: "Read-only 1" }).check();
      await form.getByRole("button", { name: "+ Volume" }).click();
      await form.getByLabel("Volume name 2", { exact: true }).fill(volume);
      await field(form, "Container path 2").fill("/data");

      await form.getByLabel("Restart policy", { exact: true }).selectOption("on-failure");
      await field(form, "Maximum retries").fill("3");
      await field(form, "Memory limit").fill("64m");

      await form.getByRole("button", { name: "+ Add label" }).click();
      await field(form, "Label 1").fill("berth.test");
      await field(form, "Label value 1").fill("new-container");

      await form.getByRole("button", { name: "Create", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/containers/${name}$`));
      await expect(detailPane(page).getByRole("heading", { name, exact: true })).toBeVisible();

      const c = inspectFull(name);
      expect(c.State.Status).toBe("created");
      expect(c.Config.Cmd).toEqual(["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]);
      expect(c.Config.Env).toEqual(expect.arrayContaining(["GREETING=hello world", "MODE=test"]));
      // The pasted text gives the container exactly what the CLI's --env-file gives it.
      writeFileSync(join(envDir.path, "app.env"), ENV_FILE);
      dockerCli("create", "--name", twin, "--env-file", join(envDir.path, "app.env"), FIXTURE_IMAGE);
      const fromCli = inspectFull(twin).Config.Env.filter((e: string) => /^(MODE|QUOTED|INDENTED)=/.test(e));
      expect(fromCli).toEqual(["MODE=test", 'QUOTED="kept as written"', "INDENTED=a=b  "]);
      expect(c.Config.Env).toEqual(expect.arrayContaining(fromCli));
      expect(c.HostConfig.PortBindings["80/tcp"]).toEqual([{ HostIp: "127.0.0.1", HostPort: "18181" }]);
      expect(c.Mounts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Type: "bind", Source: dir.path, Destination: "/host-data", RW: false }),
          expect.objectContaining({ Type: "volume", Name: volume, Destination: "/data", RW: true }),
        ]),
      );
      expect(dockerCli("volume", "inspect", "--format", "{{.Name}}", volume)).toBe(volume);
      expect(c.HostConfig.RestartPolicy).toEqual({ Name: "on-failure", MaximumRetryCount: 3 });
      expect(c.HostConfig.Memory).toBe(64 * 1024 * 1024);
      expect(c.Config.Labels["berth.test"]).toBe("new-container");
    } finally {
      removeQuietly(name);
      removeQuietly(twin);
      removeVolumesQuietly(volume);
      dir.cleanup();
      envDir.cleanup();
    }
  });

  test("create and start runs it", async ({ page }) => {
    const name = uniqueName("new-run");
    try {
      await openNewForm(page);
      const form = newForm(page);
      await field(form, "Name").fill(name);
      await field(form, "Command").fill(SLEEP_CMD);
      await form.getByRole("button", { name: "Create and start" }).click();
      await expect(page).toHaveURL(new RegExp(`/containers/${name}$`));
      await expect.poll(() => containerState(name)).toBe("running");
      await expect(detailPane(page).getByText(/^running$/i).first()).toBeVisible();
    } finally {
      removeQuietly(name);
    }
  });

  test("invalid input names the field and creates nothing", { tag: "@alone" }, async ({ page }) => {
    const blocker = uniqueName("port-blocker");
    runSleeper(blocker, ["-p", "127.0.0.1:18282:80"]);
    const name = uniqueName("new-bad");
    try {
      const before = allContainerNames();
      await openNewForm(page);
      const form = newForm(page);
      const create = form.getByRole("button", { name: "Create", exact: true });

      await field(form, "Name").fill("bad name!");
      await field(form, "Command").fill("ls *.txt");
      await form.getByRole("button", { name: "+ Add port" }).click();
      await field(form, "Container port 1").fill("70000");
      await field(form, "Paste .env").fill("OK=1\nNO_EQUALS_HERE");
      await form.getByRole("button", { name: "+ Bind mount" }).click();
      await field(form, "Host path 1").fill("relative/dir");
      await field(form, "Container path 1").fill("/data");
      await create.click();

      await expectFieldError(field(form, "Name"), /letters, digits/);
      await expectFieldError(field(form, "Command"), /\*\.txt is a shell pattern.*sh -c/);
      await expectFieldError(field(form, "Container port 1"), /between 1 and 65535/);
      await expectFieldError(field(form, "Paste .env"), /Line 2 .*KEY=value/);
      await expectFieldError(field(form, "Host path 1"), /absolute path/);
      await expect(form.getByRole("alert")).toContainText("need a fix");
      await expect(field(form, "Name")).toBeFocused();

      // Fix those; now a host port another container publishes: only the engine-side check knows.
      await field(form, "Name").fill(name);
      await field(form, "Command").fill("");
      await field(form, "Container port 1").fill("80");
      await field(form, "Host port 1").fill("18282");
      await field(form, "Host IP 1").fill("127.0.0.1");
      await field(form, "Paste .env").fill("OK=1");
      await field(form, "Host path 1").fill("/tmp");
      await create.click();
      await expectFieldError(field(form, "Host port 1"), new RegExp(`18282/tcp is already published by container ${blocker}`));
      await expect(field(form, "Name")).not.toHaveAttribute("aria-invalid", "true");

      expect(allContainerNames()).toEqual(before);
      expect(containerExists(name)).toBe(false);
    } finally {
      removeQuietly(name, blocker);
    }
  });

  test("a start failure is reported and leaves no container behind", { tag: "@alone" }, async ({ page }) => {
    const name = uniqueName("new-nostart");
    try {
      const before = allContainerNames();
      await openNewForm(page);
      const form = newForm(page);
      await field(form, "Name").fill(name);
      await field(form, "Command").fill("/no/such/program --flag");
      await form.getByRole("button", { name: "Create and start" }).click();
      const alert = form.getByRole("alert");
      await expect(alert).toContainText("could not start");
      await expect(alert).toContainText("/no/such/program");
      await expect(alert).toContainText("removed the created container");
      await expect(page).toHaveURL(/\/new/);
      expect(containerExists(name)).toBe(false);
      expect(allContainerNames()).toEqual(before);
    } finally {
      removeQuietly(name);
    }
  });

  test("the API answers per-field errors and 404 for an unknown image", { tag: "@alone" }, async ({ request }) => {
    const bad = await request.post("/api/containers", { data: { image: FIXTURE_IMAGE, ports: [{ containerPort: 70000 }] } });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.fields["ports.0.containerPort"]).toMatch(/1 and 65535/);

    const unknown = await request.post("/api/containers", { data: { image: "berth-fixture/nope:missing", name: uniqueName("x") } });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.fields.image).toMatch(/No local image/);

    const taken = uniqueName("taken");
    dockerCli("create", "--name", taken, FIXTURE_IMAGE, "true");
    try {
      const before = allContainerNames();
      const clash = await request.post("/api/containers", { data: { image: FIXTURE_IMAGE, name: taken } });
      expect(clash.status()).toBe(409);
      expect((await clash.json()).error.fields.name).toMatch(/already exists/);
      expect(allContainerNames()).toEqual(before);
    } finally {
      removeQuietly(taken);
    }
  });

  test("a host port held by a process outside Docker is refused on its field", async ({ request }) => {
    // The test runs in the sandbox's network namespace, like the Berth server.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(18484, "127.0.0.1", resolve));
    const name = uniqueName("new-busyport");
    try {
      const res = await request.post("/api/containers", {
        data: { image: FIXTURE_IMAGE, name, ports: [{ hostIp: "127.0.0.1", hostPort: 18484, containerPort: 80 }] },
      });
      expect(res.status()).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe("port_in_use");
      expect(body.error.fields["ports.0.hostPort"]).toMatch(/18484\/tcp is already in use/);
      expect(containerExists(name)).toBe(false);
    } finally {
      server.close();
      removeQuietly(name);
    }
  });
});
