import { describe, expect, it } from "vitest";
import { formatDiskSize } from "./format-size";

describe("formatDiskSize", () => {
  it("prints like docker system df", () => {
    expect(formatDiskSize(0)).toBe("0B");
    expect(formatDiskSize(999)).toBe("999B");
    expect(formatDiskSize(1985594)).toBe("1.986MB");
    expect(formatDiskSize(1_200_000_000)).toBe("1.2GB");
    expect(formatDiskSize(12_345)).toBe("12.35kB");
  });
});
