import { fakeCreateModem } from "@/tests/fake-create-modem";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Engine } from "./engine";

vi.mock("server-only", () => ({}));
const { chooseHelperImage, orderHelperCandidates } = await import("./helper-image");
const { HelperIds, HELPER_LABEL } = await import("./helpers");

// The engine, faked at dockerode's surface: images with the files each holds, and never-started containers whose
// archive HEAD answers from those files.
interface FakeImage {
  Id: string;
  RepoTags?: string[];
  Size: number;
  files: string[];
}

function fakeEngine(images: FakeImage[]) {
  const containers = new Map<string, { image: FakeImage; labels: Record<string, string> }>();
  let next = 0;
  const notFound = () => Object.assign(new Error("not found"), { statusCode: 404 });
  const docker = {
    listImages: vi.fn(async () => images.map(({ Id, RepoTags, Size }) => ({ Id, RepoTags, Size }))),
    getImage: (ref: string) => ({
      inspect: async () => {
        const image = images.find((i) => i.Id === ref || i.RepoTags?.includes(ref));
        if (!image) throw notFound();
        return { Id: image.Id, RepoTags: image.RepoTags, Size: image.Size, Config: {} };
      },
    }),
    createContainer: vi.fn(async (opts: { Image: string; Labels: Record<string, string> }) => {
      const image = images.find((i) => i.Id === opts.Image);
      if (!image) throw notFound();
      const id = `c${next++}`;
      containers.set(id, { image, labels: opts.Labels });
      return docker.getContainer(id);
    }),
    modem: undefined as unknown,
    getContainer: (id: string) => ({
      id,
      infoArchive: async ({ path }: { path: string }) => {
        const c = containers.get(id);
        if (!c || !c.image.files.includes(path)) throw notFound();
        return { resume: () => undefined };
      },
      remove: async () => {
        if (!containers.delete(id)) throw notFound();
      },
    }),
  };
  const engine = { docker, helpers: new HelperIds() } as unknown as Engine;
  docker.modem = fakeCreateModem(docker);
  return { engine, docker, containers };
}

const BUSYBOX = ["/bin/sh", "/bin/find", "/bin/stat", "/bin/head"];
const DEBIAN = ["/bin/sh", "/usr/bin/find", "/usr/bin/stat", "/usr/bin/head"];

afterEach(() => {
  delete process.env.BERTH_HELPER_IMAGE;
});

describe("orderHelperCandidates", () => {
  it("tries images known to have a shell first, unknown next, known without last; smallest first within each", () => {
    const images = [
      { Id: "big-unknown", Size: 900 },
      { Id: "small-noshell", Size: 1 },
      { Id: "mid-shell", Size: 500 },
      { Id: "small-unknown", Size: 10 },
    ];
    const verdicts = new Map([
      ["small-noshell", false],
      ["mid-shell", true],
    ]);
    expect(orderHelperCandidates(images, verdicts).map((i) => i.Id)).toEqual(["mid-shell", "small-unknown", "big-unknown", "small-noshell"]);
  });
});

describe("chooseHelperImage", () => {
  it("refuses clearly when the engine has no image at all", async () => {
    const { engine } = fakeEngine([]);
    await expect(chooseHelperImage(engine, new Map(), () => undefined)).rejects.toMatchObject({ code: "helper_image_missing", status: 424, message: expect.stringContaining("pull any small image") });
  });

  it("prefers a local image with sh, find, stat and head, wherever the image keeps them", async () => {
    const { engine, containers } = fakeEngine([
      { Id: "sha256:distroless", RepoTags: ["app:1"], Size: 5, files: ["/app"] },
      { Id: "sha256:debian", RepoTags: ["debian:12"], Size: 100, files: DEBIAN },
    ]);
    const probes: string[] = [];
    const choice = await chooseHelperImage(engine, new Map(), (id) => probes.push(id));
    expect(choice).toEqual({ id: "sha256:debian", shown: "debian:12", shell: true });
    expect(probes).toHaveLength(2); // both probed, smallest first
    expect(containers.size).toBe(0); // every probe container removed
  });

  it("labels its probe containers as helpers, so a crash mid-probe leaves nothing that shows", async () => {
    const { engine, docker } = fakeEngine([{ Id: "sha256:bb", Size: 1, files: BUSYBOX }]);
    await chooseHelperImage(engine, new Map(), () => undefined);
    expect(docker.createContainer.mock.calls[0]![0]).toMatchObject({ Labels: { [HELPER_LABEL]: "probe" }, Entrypoint: [], NetworkDisabled: true });
  });

  it("falls back to the archive listing with the smallest image when none has a shell", async () => {
    const { engine } = fakeEngine([
      { Id: "sha256:b", Size: 50, files: ["/bin/sh"] }, // a shell but no find: not enough
      { Id: "sha256:a", Size: 3, files: ["/hello"] },
    ]);
    expect(await chooseHelperImage(engine, new Map(), () => undefined)).toEqual({ id: "sha256:a", shown: "a", shell: false });
  });

  it("remembers verdicts: a second choice probes nothing", async () => {
    const { engine, docker } = fakeEngine([
      { Id: "sha256:noshell", Size: 1, files: [] },
      { Id: "sha256:bb", RepoTags: ["busybox:latest"], Size: 2, files: BUSYBOX },
    ]);
    const verdicts = new Map<string, boolean>();
    await chooseHelperImage(engine, verdicts, () => undefined);
    const probes = docker.createContainer.mock.calls.length;
    expect(await chooseHelperImage(engine, verdicts, () => undefined)).toMatchObject({ id: "sha256:bb", shell: true });
    expect(docker.createContainer.mock.calls.length).toBe(probes);
  });

  it("probes at most a few unknown images per choice", async () => {
    const images = Array.from({ length: 10 }, (_, i) => ({ Id: `sha256:i${i}`, Size: i, files: [] }));
    const { engine, docker } = fakeEngine(images);
    expect((await chooseHelperImage(engine, new Map(), () => undefined)).shell).toBe(false);
    expect(docker.createContainer.mock.calls.length).toBe(4);
  });

  it("uses BERTH_HELPER_IMAGE when set, and says so when it is not on the engine", async () => {
    const { engine } = fakeEngine([
      { Id: "sha256:bb", RepoTags: ["busybox:latest"], Size: 1, files: BUSYBOX },
      { Id: "sha256:mine", RepoTags: ["tools/mine:2"], Size: 99, files: ["/x"] },
    ]);
    process.env.BERTH_HELPER_IMAGE = "tools/mine:2";
    expect(await chooseHelperImage(engine, new Map(), () => undefined)).toEqual({ id: "sha256:mine", shown: "tools/mine:2", shell: false });
    process.env.BERTH_HELPER_IMAGE = "gone:1";
    await expect(chooseHelperImage(engine, new Map(), () => undefined)).rejects.toMatchObject({ code: "helper_image_missing", message: expect.stringContaining("BERTH_HELPER_IMAGE is gone:1") });
  });
});
