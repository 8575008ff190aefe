import { z } from "zod";

// Free text that Berth hands to the engine. A NUL byte ends a C string: the engine either refuses it deep inside
// (a 500 quoting its storage paths) or stores it and the container can never start (env, user). And every field has
// a size: the JSON body limit bounds a request, these bound each field so the 400 names the one at fault.
// Fields held to a pattern (names, ids, references) exclude NUL already; everything else uses `engineText`.

export const FIELD_LIMITS = {
  /** Container name, as `docker run --name`. */
  containerName: 128,
  imageReference: 512,
  labelKey: 255,
  labelValue: 4096,
  envName: 255,
  /** One env value (certificates and keys fit). */
  envValue: 32 * 1024,
  /** Pasted env-file text. */
  envText: 100_000,
  /** A command or entrypoint line, before it is split into words. */
  command: 8192,
  /** A path inside a container or on the host (PATH_MAX). */
  path: 4096,
  user: 256,
  /** One `docker commit --change` line. */
  commitChange: 8192,
} as const;

/** The one NUL refinement: `.refine(...noNul("User"))`. */
export function noNul(what: string) {
  return [(text: string) => !text.includes("\u0000"), `${what} must not contain a NUL byte`] as const;
}

/** `{ key: value }` for labels and driver options: keys non-empty, both capped and without NUL. */
export function textRecord(what: string) {
  // Keys checked here rather than as the record's key schema, whose message zod replaces with "Invalid key in record".
  const key = engineText(`${what} key`, FIELD_LIMITS.labelKey).min(1, "Key is required");
  return z.record(z.string(), engineText(`${what} value`, FIELD_LIMITS.labelValue, { trim: false })).superRefine((record, ctx) => {
    for (const name of Object.keys(record)) {
      const r = key.safeParse(name);
      if (!r.success) ctx.addIssue({ code: "custom", path: [name.slice(0, 64)], message: r.error.issues[0]!.message });
    }
  });
}

/** Trimmed text of at most `max` characters without NUL bytes; `what` names the field in the messages. */
export function engineText(what: string, max: number, opts: { trim?: boolean } = {}) {
  const base = opts.trim === false ? z.string() : z.string().trim();
  return base.max(max, `${what} is too long (${max} characters at most)`).refine(...noNul(what));
}
