import { describe, expect, it } from "vitest";
import { formatDiskSize, formatMemory, formatReclaimable } from "./format-size";

describe("formatDiskSize", () => {
  it("prints like docker system df", () => {
    expect(formatDiskSize(0)).toBe("0B");
    expect(formatDiskSize(999)).toBe("999B");
    expect(formatDiskSize(1985594)).toBe("1.986MB");
    expect(formatDiskSize(1_200_000_000)).toBe("1.2GB");
    expect(formatDiskSize(12_345)).toBe("12.35kB");
  });
});

describe("formatReclaimable and formatMemory", () => {
  it("prints like docker system df and docker info", () => {
    expect(formatReclaimable(1985594, 1985594)).toBe("1.986MB (100%)");
    expect(formatReclaimable(1, 3)).toBe("1B (33%)");
    expect(formatReclaimable(0, 0)).toBe("0B");
    expect(formatMemory(25276514304)).toBe("23.54GiB");
  });
});
