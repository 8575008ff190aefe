/** The exit code in the engine's status text ("Exited (137) 2 hours ago"), if any. */
export function exitCodeFromStatus(status: string): number | undefined {
  const m = /^Exited \((-?\d+)\)/i.exec(status.trim());
  return m?.[1] === undefined ? undefined : Number(m[1]);
}
