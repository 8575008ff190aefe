import { describe, expect, it } from "vitest";
import { formatImageSize } from "./format-size";

describe("formatImageSize", () => {
  it("matches the docker CLI's human sizes", () => {
    expect(formatImageSize(0)).toBe("0B");
    expect(formatImageSize(123)).toBe("123B");
    expect(formatImageSize(4_263_178)).toBe("4.26MB");
    expect(formatImageSize(1_200_000)).toBe("1.2MB");
    expect(formatImageSize(12_345)).toBe("12.3kB");
    expect(formatImageSize(77_800_000)).toBe("77.8MB");
    expect(formatImageSize(1_500_000_000)).toBe("1.5GB");
  });
});

import { isLayerDone } from "@/lib/shared/images/layer-status";

describe("isLayerDone", () => {
  it("knows the engine's final layer statuses", () => {
    for (const s of ["Pull complete", "Already exists", "Download complete", "Pushed", "Layer already exists", "Mounted from fixture/busybox"]) {
      expect(isLayerDone(s)).toBe(true);
    }
    for (const s of ["Downloading", "Extracting", "Pushing", "Waiting", "Preparing"]) expect(isLayerDone(s)).toBe(false);
  });
});
