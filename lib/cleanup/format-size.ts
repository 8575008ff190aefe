/**
 * Bytes as `docker system df` prints them (go-units HumanSize: decimal units, four significant digits,
 * "1.986MB"), so the numbers on screen are the ones the user sees in a terminal.
 */
export function formatDiskSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
  let value = Math.max(0, bytes);
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${Number(value.toPrecision(4))}${units[i]}`;
}

/** A reclaimable amount as `docker system df` prints it: "1.986MB (100%)" (the percentage truncated, as Go's integer division). */
export function formatReclaimable(reclaimable: number, total: number): string {
  return total > 0 ? `${formatDiskSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : formatDiskSize(reclaimable);
}

/** Memory as `docker info` prints it (go-units BytesSize: binary units, four significant digits, "23.54GiB"). */
export function formatMemory(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let value = Math.max(0, bytes);
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${Number(value.toPrecision(4))}${units[i]}`;
}
