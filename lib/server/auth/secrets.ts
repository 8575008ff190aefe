import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Secrets Berth hands out (session cookies, API tokens) are random and kept only as their SHA-256: enough for
// 256-bit random values, and a copy of the database opens nothing.

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Constant-time comparison (of hashes, so lengths never leak either). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}
