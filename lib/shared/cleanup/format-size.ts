/** go-units' HumanSizeWithPrecision: four significant digits in `base` steps, the way the docker CLI prints sizes. */
function humanSize(bytes: number, base: number, units: readonly string[]): string {
  let value = Math.max(0, bytes);
  let i = 0;
  while (value >= base && i < units.length - 1) {
    value /= base;
    i++;
  }
  return `${Number(value.toPrecision(4))}${units[i]}`;
}

/**
 * Bytes as `docker system df` prints them (decimal units, "1.986MB"), so the numbers on screen are the ones
 * the user sees in a terminal.
 */
export function formatDiskSize(bytes: number): string {
  return humanSize(bytes, 1000, ["B", "kB", "MB", "GB", "TB", "PB", "EB"]);
}

/** A reclaimable amount as `docker system df` prints it: "1.986MB (100%)" (the percentage truncated, as Go's integer division). */
export function formatReclaimable(reclaimable: number, total: number): string {
  return total > 0 ? `${formatDiskSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : formatDiskSize(reclaimable);
}

/** Memory as `docker info` prints it (binary units, "23.54GiB"). */
export function formatMemory(bytes: number): string {
  return humanSize(bytes, 1024, ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]);
}
