import { formatBytes } from "@/lib/shared/format-bytes";

// Numbers as `docker stats` prints its columns: memory in binary units ("452KiB / 23.54GiB"), network and
// block I/O in decimal units with 3 significant digits ("806B", "1.5MB").

export const formatStatsMemory = (bytes: number) => formatBytes(bytes, { units: "binary" });

export const formatStatsIo = (bytes: number) => formatBytes(bytes, { digits: 3 });

export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

export function formatRate(bytesPerSecond: number): string {
  return `${formatStatsIo(bytesPerSecond)}/s`;
}
