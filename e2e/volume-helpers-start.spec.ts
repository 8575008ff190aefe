import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { containerExists, dockerCli, FIXTURE_IMAGE, removeQuietly, uniqueName } from "./support/docker-cli";
import { removeVolumesQuietly } from "./support/volnet";
import { berthFetch } from "./support/berth-server";
import { DATA_DIR } from "./support/auth";

// Helpers left behind by a Berth that crashed are removed when Berth starts. The suite's server started long ago, so
// this spec starts a second Berth (same build, same engine, another port) and watches what it does at start-up.

const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 7;

function startBerth(): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, BERTH_DATA_DIR: DATA_DIR, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    // Its own process group, so a stop reaches whatever it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

async function stopBerth(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}

test("helpers orphaned by a crash are removed when Berth starts; nothing else is", { tag: "@alone" }, async ({ request }) => {
  test.setTimeout(90_000);
  const vol = uniqueName("vol-orphan");
  const orphan = uniqueName("berth-volume-helper-orphan");
  const probe = uniqueName("berth-helper-probe-orphan");
  const bystander = uniqueName("not-a-helper");
  dockerCli("volume", "create", vol);
  // What a crash leaves: a session's helper holding the volume, and a probe; both carry the label.
  dockerCli("create", "--name", orphan, "--label", "berth.helper=volume-browse", "--network", "none", "-v", `${vol}:/berth-volume/${vol}:ro`, FIXTURE_IMAGE, "true");
  dockerCli("create", "--name", probe, "--label", "berth.helper=probe", "--network", "none", FIXTURE_IMAGE, "true");
  dockerCli("create", "--name", bystander, "--label", "berth.helperish=no", FIXTURE_IMAGE, "true");
  let berth: ReturnType<typeof startBerth> | undefined;
  try {
    // The running Berth never lists them, orphans or not.
    const names = ((await (await request.get("/api/containers?all=1")).json()).containers as { name: string }[]).map((c) => c.name);
    expect(names).toContain(bystander);
    expect(names).not.toContain(orphan);
    expect(names).not.toContain(probe);
    expect((await (await request.get(`/api/volumes/${vol}`)).json()).volume.users).toEqual([]);

    berth = startBerth();
    await expect
      .poll(async () => (await berthFetch(`http://127.0.0.1:${PORT}`, "/api/health").catch(() => undefined))?.status, { timeout: 60_000 })
      .toBe(200);
    expect(berth.output()).toContain("[berth] start-up: removed 2 orphaned helper containers");
    expect(containerExists(orphan)).toBe(false);
    expect(containerExists(probe)).toBe(false);
    expect(containerExists(bystander)).toBe(true);
    // The volume the orphan held is untouched.
    expect(dockerCli("volume", "ls", "-q")).toContain(vol);
  } finally {
    if (berth) await stopBerth(berth.child);
    removeQuietly(orphan, probe, bystander);
    removeVolumesQuietly(vol);
  }
});
