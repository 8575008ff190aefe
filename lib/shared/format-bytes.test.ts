import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it("prints decimal units with 4 digits like docker system df and docker cp (units.HumanSize)", () => {
    expect(formatBytes(0)).toBe("0B");
    expect(formatBytes(999)).toBe("999B");
    expect(formatBytes(1000)).toBe("1kB");
    expect(formatBytes(1985594)).toBe("1.986MB");
    expect(formatBytes(1_200_000_000)).toBe("1.2GB");
    expect(formatBytes(12_345)).toBe("12.35kB");
    expect(formatBytes(999_950)).toBe("1000kB");
  });

  it("prints decimal units with 3 digits like docker images and docker stats I/O", () => {
    const images = (n: number) => formatBytes(n, { digits: 3 });
    expect(images(0)).toBe("0B");
    expect(images(123)).toBe("123B");
    expect(images(806)).toBe("806B");
    expect(images(1536)).toBe("1.54kB");
    expect(images(12_345)).toBe("12.3kB");
    expect(images(1_200_000)).toBe("1.2MB");
    expect(images(2_097_152)).toBe("2.1MB");
    expect(images(4_263_178)).toBe("4.26MB");
    expect(images(77_800_000)).toBe("77.8MB");
    expect(images(1_500_000_000)).toBe("1.5GB");
    // Go's %.3g switches to an exponent once rounding reaches 1000, and the CLI prints it so.
    expect(images(999_700)).toBe("1e+03kB");
  });

  it("prints binary units labelled KiB/MiB/GiB like docker stats memory and docker info (units.BytesSize)", () => {
    const binary = (n: number) => formatBytes(n, { units: "binary" });
    expect(binary(0)).toBe("0B");
    expect(binary(1023)).toBe("1023B");
    expect(binary(1024)).toBe("1KiB");
    expect(binary(462848)).toBe("452KiB");
    expect(binary(1.5 * 1024 * 1024)).toBe("1.5MiB");
    expect(binary(512 * 1024 * 1024)).toBe("512MiB");
    expect(binary(25276514304)).toBe("23.54GiB");
    expect(binary(3 * 1024 ** 4)).toBe("3TiB");
  });

  it("never prints a negative, fractional-unit or NaN size", () => {
    expect(formatBytes(-5)).toBe("0B");
    expect(formatBytes(Number.NaN)).toBe("0B");
    expect(formatBytes(0.5, { digits: 3 })).toBe("0.5B");
    expect(formatBytes(1e30)).toBe("1e+06YB");
  });
});
