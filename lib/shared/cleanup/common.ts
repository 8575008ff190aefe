import { PROTECT_LABEL, type CleanupOptions, type Verdict } from "./types";

/**
 * `berth.protect=true` keeps a resource out of every cleanup. Any value but "false"/"0" counts: a label
 * someone set by hand with another spelling ("True", "yes") is meant as protection, and keeping too much
 * is the safe mistake.
 */
export function isProtected(labels: Record<string, string> | undefined): boolean {
  const value = labels?.[PROTECT_LABEL];
  if (value === undefined) return false;
  return !["false", "0"].includes(value.trim().toLowerCase());
}

/** ms since epoch of an engine time (unix seconds or RFC 3339); undefined for none or the zero time. */
export function engineTimeMs(value: number | string | undefined): number | undefined {
  if (value === undefined || value === "" || value === 0) return undefined;
  const ms = typeof value === "number" ? value * 1000 : Date.parse(value);
  if (!Number.isFinite(ms) || new Date(ms).getUTCFullYear() <= 1) return undefined;
  return ms;
}

export function isoTime(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/**
 * The rules every kind shares, applied after the kind's own "is it unused" rule: the age option, then the
 * protect label (last, so the user is told what the label kept from them).
 */
export function withCommonRules(
  base: Verdict,
  labels: Record<string, string> | undefined,
  createdMs: number | undefined,
  opts: Pick<CleanupOptions, "olderThanHours" | "now">,
): Verdict {
  if (!base.offer) return base;
  const hours = opts.olderThanHours;
  if (hours !== undefined && hours > 0) {
    if (createdMs === undefined) return { offer: false, reason: "Its age is unknown, so it cannot be older than the limit" };
    if (opts.now - createdMs < hours * 3_600_000) return { offer: false, reason: `Newer than ${hours} h` };
  }
  if (isProtected(labels)) return { offer: false, protected: true, reason: `${base.reason}; kept by ${PROTECT_LABEL}=true` };
  return base;
}
