import { describe, expect, it } from "vitest";
import { allRowKeys, previewRows, requestFor, totalSize } from "./preview-rows";
import type { CleanupPreview } from "./types";

const preview: CleanupPreview = {
  containers: [{ id: "c1", name: "old", state: "exited", image: "busybox", size: 5, reason: "Exited" }],
  images: [{ id: "sha256:abcdef0123456789", name: "abcdef012345", tags: [], size: 100, reason: "Dangling" }],
  volumes: [{ id: "data", name: "data", driver: "local", anonymous: false, size: 10, reason: "Named volume no container uses" }],
  networks: [{ id: "n1", name: "backend", driver: "bridge", size: 0, reason: "No container is connected" }],
  buildCache: { records: [{ id: "r1", name: "RUN make", type: "regular", size: 50, reason: "Unused" }], size: 50, note: "" },
  protected: [],
  reclaimableBytes: 165,
  options: { unusedImages: false },
};

describe("previewRows", () => {
  it("gives every kind the same row shape with a kind-scoped key", () => {
    const rows = previewRows(preview);
    expect(rows.containers[0]).toMatchObject({ key: "containers:c1", detail: "busybox · exited" });
    expect(rows.images[0]!.detail).toBe("untagged");
    expect(rows.volumes[0]!.detail).toBe("named · local");
    expect(allRowKeys(preview)).toEqual(["containers:c1", "images:sha256:abcdef0123456789", "volumes:data", "networks:n1", "buildCache:r1"]);
    expect(totalSize(Object.values(rows).flat())).toBe(165);
  });
});

describe("requestFor", () => {
  it("sends exactly the given rows, by id per kind", () => {
    const rows = previewRows(preview);
    expect(requestFor([rows.volumes[0]!, rows.buildCache[0]!], false)).toEqual({ containers: [], images: [], volumes: ["data"], networks: [], buildCache: ["r1"] });
    expect(requestFor(rows.images, true)).toEqual({ containers: [], images: ["sha256:abcdef0123456789"], volumes: [], networks: [], unusedImages: true });
  });
});
