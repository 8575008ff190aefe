import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Engine } from "./engine";

// The session store, with the engine work it asks for faked at its own boundary (image choice, the helper's
// operations, the helper list): what is tested is when helpers are made, used, kept and removed.
const fake = vi.hoisted(() => ({
  helpers: new Map<string, { volume: string; imageId: string }>(),
  next: 0,
  shellImage: true,
  startFails: false,
  shellFails: false,
  gone: new Set<string>(),
  choices: 0,
}));

vi.mock("./helper-image", () => ({
  chooseHelperImage: async (_e: unknown, verdicts: Map<string, boolean>) => {
    fake.choices++;
    const shell = fake.shellImage && verdicts.get("sha256:bb") !== false;
    return { id: "sha256:bb", shown: "busybox:latest", shell };
  },
}));
vi.mock("./helpers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./helpers")>()),
  listHelpers: async () => [...fake.helpers].map(([id, h]) => ({ id, state: "created", imageId: h.imageId, volumes: [h.volume] })),
  removeHelpers: async (_e: unknown, ids: string[]) => {
    for (const id of ids) fake.helpers.delete(id);
    return ids.length;
  },
}));
vi.mock("./volume-files", () => {
  class HelperGone extends Error {}
  class ShellListingFailed extends Error {}
  const check = (id: string) => {
    if (fake.gone.has(id)) throw new HelperGone();
  };
  return {
    HelperGone,
    ShellListingFailed,
    createVolumeHelper: async (_e: unknown, volume: string, image: { id: string; shell: boolean }, onCreated: (id: string) => void) => {
      const id = `h${fake.next++}`;
      fake.helpers.set(id, { volume, imageId: image.id });
      onCreated(id);
      if (image.shell && fake.startFails) throw Object.assign(new Error("exec format error"), { statusCode: 500 });
      return id;
    },
    listWithShell: async (_e: unknown, id: string, _v: string, path: string) => {
      check(id);
      if (fake.shellFails) throw new ShellListingFailed("sh: not found");
      return { path, entries: [], truncated: false };
    },
    listFromArchive: async (_e: unknown, id: string, _v: string, path: string) => {
      check(id);
      return { path, entries: [], truncated: false };
    },
    openVolumeDownload: async (_e: unknown, id: string) => {
      check(id);
      return { body: new ReadableStream<Uint8Array>({ pull: (c) => c.close() }), filename: "f", contentType: "application/octet-stream" };
    },
  };
});

const { VolumeBrowseSessions } = await import("./volume-browse");
const { HelperIds } = await import("./helpers");
const { EventEmitter } = await import("node:events");

function engine(): Engine {
  const notFound = () => Object.assign(new Error("no such container"), { statusCode: 404 });
  return {
    docker: {
      getVolume: (name: string) => ({ inspect: async () => (name === "missing" ? Promise.reject(notFound()) : { Name: name }) }),
      getContainer: (id: string) => ({ inspect: async () => (fake.helpers.has(id) ? { Id: id } : Promise.reject(notFound())) }),
    },
    helpers: new HelperIds(),
    health: new EventEmitter(),
  } as unknown as Engine;
}

const IDLE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  fake.helpers.clear();
  fake.gone.clear();
  Object.assign(fake, { next: 0, shellImage: true, startFails: false, shellFails: false, choices: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("VolumeBrowseSessions", () => {
  it("one helper per volume: a second open joins the live session", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const [a, b] = await Promise.all([sessions.open("data"), sessions.open("data")]);
    expect(a).toEqual(b);
    expect(await sessions.open("data")).toEqual(a);
    expect(a).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), volume: "data", method: "shell", image: "busybox:latest", idleSeconds: 60 });
    expect(fake.helpers.size).toBe(1);
    await sessions.open("logs");
    expect(fake.helpers.size).toBe(2);
  });

  it("a missing volume is a 404, and nothing is made for it", async () => {
    await expect(new VolumeBrowseSessions(engine(), IDLE).open("missing")).rejects.toMatchObject({ code: "not_found", status: 404 });
    expect(fake.helpers.size).toBe(0);
  });

  it("ends on idle: the helper goes, and the session answers 410 from then on", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    await vi.advanceTimersByTimeAsync(IDLE - 1000);
    await sessions.list("data", s.id, "/"); // use restarts the clock
    await vi.advanceTimersByTimeAsync(IDLE - 1000);
    expect(fake.helpers.size).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.helpers.size).toBe(0);
    await expect(sessions.list("data", s.id, "/")).rejects.toMatchObject({ code: "browse_session_expired", status: 410 });
    await expect(sessions.download("data", s.id, "/f", "auto")).rejects.toMatchObject({ code: "browse_session_expired" });
  });

  it("does not idle out under a download that is still streaming", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    const download = await sessions.download("data", s.id, "/f", "auto");
    await vi.advanceTimersByTimeAsync(IDLE * 3);
    expect(fake.helpers.size).toBe(1);
    await download.body.getReader().read(); // read to the end
    await vi.advanceTimersByTimeAsync(IDLE + 1);
    expect(fake.helpers.size).toBe(0);
  });

  it("a session id is only good for its own volume", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    await expect(sessions.list("other", s.id, "/")).rejects.toMatchObject({ code: "browse_session_expired" });
    expect(await sessions.close("other", s.id)).toBe(false);
    expect(await sessions.close("data", s.id)).toBe(true);
    expect(await sessions.close("data", s.id)).toBe(false);
    expect(fake.helpers.size).toBe(0);
  });

  it("a helper removed behind Berth's back ends the session (410), and the next open makes a new one", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    const [helper] = [...fake.helpers.keys()];
    fake.gone.add(helper!);
    await expect(sessions.list("data", s.id, "/")).rejects.toMatchObject({ code: "browse_session_expired" });
    fake.helpers.delete(helper!);
    const again = await sessions.open("data");
    expect(again.id).not.toBe(s.id);
    expect([...fake.helpers.keys()]).toEqual(["h1"]);
  });

  it("falls back to the archive when the shell listing fails, and stays with it", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    fake.shellFails = true;
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect((await sessions.list("data", s.id, "/")).method).toBe("archive");
    fake.shellFails = false;
    expect((await sessions.list("data", s.id, "/")).method).toBe("archive");
    expect((await sessions.open("data")).method).toBe("archive");
  });

  it("a shell helper that cannot start is removed, its image is not used for its shell again, the archive serves", async () => {
    fake.startFails = true;
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    expect(s.method).toBe("archive");
    expect([...fake.helpers.keys()]).toEqual(["h1"]);
  });

  it("release ends the sessions holding a volume or made from an image, and removes any other helper doing so", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    const s = await sessions.open("data");
    await sessions.open("logs");
    fake.helpers.set("stray", { volume: "data", imageId: "sha256:other" });
    await sessions.release({ volume: "data" });
    expect([...fake.helpers.keys()]).toEqual(["h1"]);
    await expect(sessions.list("data", s.id, "/")).rejects.toMatchObject({ code: "browse_session_expired" });
    await sessions.release({ imageId: "sha256:bb" });
    expect(fake.helpers.size).toBe(0);
  });

  it("removes orphans (helpers no session of this process owns), never its own", async () => {
    const sessions = new VolumeBrowseSessions(engine(), IDLE);
    await sessions.open("data");
    fake.helpers.set("crashed-1", { volume: "data", imageId: "sha256:bb" });
    fake.helpers.set("crashed-2", { volume: "logs", imageId: "sha256:bb" });
    expect(await sessions.removeOrphans()).toBe(2);
    expect([...fake.helpers.keys()]).toEqual(["h0"]);
    await sessions.closeAll();
    expect(fake.helpers.size).toBe(0);
  });
});
