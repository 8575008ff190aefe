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
