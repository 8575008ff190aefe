// Numbers as `docker stats` prints them (docker/go-units): memory in binary units with 4 significant
// digits ("452KiB / 23.54GiB"), network and block I/O in decimal units with 3 ("806B", "1.5MB").

const BINARY = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
const DECIMAL = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];

function customSize(size: number, precision: number, base: number, units: string[]): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  // Go's %.Ng: N significant digits, trailing zeros dropped.
  return `${Number(size.toPrecision(precision))}${units[i]}`;
}

/** Memory: `units.BytesSize`. */
export function formatBytesBinary(bytes: number): string {
  return customSize(Math.max(0, bytes), 4, 1024, BINARY);
}

/** Network and block I/O: `units.HumanSizeWithPrecision(v, 3)`. */
export function formatBytesDecimal(bytes: number): string {
  return customSize(Math.max(0, bytes), 3, 1000, DECIMAL);
}

export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

export function formatRate(bytesPerSecond: number): string {
  return `${formatBytesDecimal(bytesPerSecond)}/s`;
}
