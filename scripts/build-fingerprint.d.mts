// Types for build-fingerprint.mjs (plain Node, so `npm start` needs no compiler), for its unit test.
type Env = Record<string, string | undefined>;
/** Content hash (hex) by repo-relative path. */
export type Digests = Record<string, string>;

export const INPUT_DIRS: readonly string[];
export const INPUT_FILES: readonly string[];
export const WRITTEN_BY_BUILD: readonly string[];
export const RECORD_FILE: string;
export function distDirOf(root: string, env?: Env): string;
export function buildInputs(root: string): string[];
export function sourceDigests(root: string): Digests;
export function fingerprintOf(digests: Digests): string;
export function sourceFingerprint(root: string): string;
export function changedPaths(before: Digests, after: Digests): string[];
export function forgetBuild(dist: string): void;
export function builtFrom(before: Digests, after: Digests): Digests;
export function recordBuild(dist: string, digests: Digests): void;
export function staleReason(root: string, dist: string, digests?: Digests): string | null;
