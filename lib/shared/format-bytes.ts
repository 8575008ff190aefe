// The one byte formatter. Berth shows sizes the way the docker CLI prints them (docker/go-units), so a number
// on screen is the number the user sees in a terminal, and the e2e tests can compare the two:
// - decimal units, 4 significant digits: `docker system df`, `docker cp` ("1.986MB") — units.HumanSize
// - decimal units, 3 significant digits: `docker images`, `docker stats` network/block I/O ("4.26MB")
// - binary units, 4 significant digits: `docker stats` memory, `docker info` ("23.54GiB") — units.BytesSize
// Decimal units are powers of 1000 labelled kB/MB/GB; binary ones powers of 1024 labelled KiB/MiB/GiB: never mixed.

const DECIMAL = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"] as const;
const BINARY = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"] as const;

export interface ByteFormat {
  /** "decimal" (1 kB = 1000 B, the default) or "binary" (1 KiB = 1024 B). */
  units?: "decimal" | "binary";
  /** Significant digits: 4 (the default, `units.HumanSize`) or 3 (`docker images`). */
  digits?: 3 | 4;
}

/** Go's `%.<digits>g`: that many significant digits, trailing zeros dropped, an exponent only when Go prints one. */
function goFormatG(value: number, digits: number): string {
  if (value === 0) return "0";
  const [mantissa, exp] = value.toExponential(digits - 1).split("e") as [string, string];
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= digits) {
    // e.g. 999.7 with 3 digits: Go prints "1e+03", and so does `docker images`.
    const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    return `${m}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(Number(value.toPrecision(digits)));
}

/** Bytes as the docker CLI prints them: `formatBytes(1985594)` → "1.986MB", `{ units: "binary" }` → "1.894MiB". */
export function formatBytes(bytes: number, { units = "decimal", digits = 4 }: ByteFormat = {}): string {
  const base = units === "binary" ? 1024 : 1000;
  const labels = units === "binary" ? BINARY : DECIMAL;
  let value = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  let i = 0;
  while (value >= base && i < labels.length - 1) {
    value /= base;
    i++;
  }
  return `${goFormatG(value, digits)}${labels[i]}`;
}
