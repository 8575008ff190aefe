import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv } from "@/lib/server/config";
import { forgetProcessWide, processWide } from "@/lib/server/process-state";
import { privateDataDir } from "./db";

// Secrets the store must give back (registry passwords and tokens, which the engine needs in clear) are sealed with
// AES-256-GCM under a key kept in its own file beside the database: a copy of `berth.sqlite` alone opens nothing,
// and GCM's tag makes an altered value, or the wrong key, an error instead of garbage handed to a registry.

export const SECRETS_KEY_FILE = "secrets.key";
const KEY_BYTES = 32;
const IV_BYTES = 12; // GCM's native nonce size; random per value, never reused with one key in practice (2^-96)

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export class SecretUnreadableError extends Error {
  constructor(what: string) {
    super(`${what} could not be decrypted: the value was altered or ${SECRETS_KEY_FILE} is not the key it was sealed with`);
    this.name = "SecretUnreadableError";
  }
}

function readKey(path: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  const key = Buffer.from(text, "base64");
  // The path only, never the content.
  if (key.length !== KEY_BYTES) throw new Error(`${path} is not a ${KEY_BYTES}-byte key (base64)`);
  return key;
}

/** The key in `dir` (made on first use, 0600): 32 random bytes, base64. */
export function loadSecretsKey(dir: string = dataDirFromEnv()): Buffer {
  const path = join(privateDataDir(dir), SECRETS_KEY_FILE);
  const existing = readKey(path);
  if (existing) {
    chmodSync(path, 0o600);
    return existing;
  }
  try {
    // `wx`: two processes starting at once keep whichever key was written first.
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  chmodSync(path, 0o600);
  return readKey(path)!;
}

/** The process's key for BERTH_DATA_DIR (read again if the directory changed: tests). */
export function secretsKey(): Buffer {
  const dir = dataDirFromEnv();
  let entry = processWide("secrets-key", () => ({ dir, key: loadSecretsKey(dir) }));
  if (entry.dir !== dir) {
    forgetProcessWide("secrets-key");
    entry = processWide("secrets-key", () => ({ dir, key: loadSecretsKey(dir) }));
  }
  return entry.key;
}

/** `context` is bound in as associated data: a sealed value moved to another row (another registry) fails to open. */
export function seal(key: Buffer, plaintext: string, context: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** The plaintext, or SecretUnreadableError naming `what` (never the value) when the tag does not verify. */
export function open(key: Buffer, sealed: Sealed, context: string, what: string): string {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError(what);
  }
}
