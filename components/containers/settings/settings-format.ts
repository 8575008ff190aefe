/** Bytes → the shortest size text the schema reads back ("64m", "1g"); "" for no limit. */
export function sizeText(bytes: number): string {
  if (!bytes) return "";
  const GiB = 1024 ** 3;
  const MiB = 1024 ** 2;
  if (bytes % GiB === 0) return `${bytes / GiB}g`;
  if (bytes % MiB === 0) return `${bytes / MiB}m`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}

export function cpusText(cpus: number): string {
  return cpus ? String(Number(cpus.toFixed(3))) : "";
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
