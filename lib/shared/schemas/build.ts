import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { formatReference, parseReference, withDefaultTag } from "@/lib/shared/images/reference";
import { imageRef } from "./images";
import { engineText, FIELD_LIMITS, noNul } from "./engine-text";

// Inputs of build, commit, import and save: one place, shared by the dialogs and the route handlers.

/** A pasted Dockerfile is a text, not a context: a megabyte is far past any real one. */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024;
export const MAX_SAVE_NAMES = 50;

const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// A stage name as the builder accepts it in `FROM … AS name`.
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
// The instructions `docker commit --change` applies.
const CHANGE = /^(CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|ONBUILD|STOPSIGNAL|USER|VOLUME|WORKDIR|HEALTHCHECK)\s+\S/i;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** `repo[:tag]` (no digest), `latest` filled in; the parser's reason is the message. */
export const imageTagText = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const result = parseReference(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.reason });
      return z.NEVER;
    }
    if (result.reference.digest) {
      ctx.addIssue({ code: "custom", message: "A tag cannot include a digest" });
      return z.NEVER;
    }
    return formatReference(withDefaultTag(result.reference));
  });

/** A path inside the build context, as the engine resolves `dockerfile=`: relative, no `..`. */
export const contextPath = z
  .string()
  .trim()
  .min(1, "Enter the Dockerfile's path in the context")
  .max(1024, "The path is too long")
  .refine((p) => !p.startsWith("/"), "The path is relative to the context (no leading /)")
  .refine((p) => !p.split("/").includes(".."), "The path cannot leave the context (..)")
  .refine((p) => !/[\u0000-\u001f]/.test(p), "The path has control characters");

export const buildArgs = z
  .record(z.string(), z.string().max(32 * 1024, "The value is too long").refine(...noNul("A build argument")))
  .superRefine((args, ctx) => {
    for (const key of Object.keys(args)) {
      if (!BUILD_ARG_NAME.test(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is not a build argument name (letters, digits and _, not starting with a digit)` });
      }
    }
  });

const commonOptions = {
  tag: z.preprocess(blankToUndefined, imageTagText.optional()),
  target: z.preprocess(blankToUndefined, z.string().trim().regex(STAGE_NAME, "Not a stage name (as in FROM … AS name)").max(128).optional()),
};

/** `POST /api/images/build` with JSON: a pasted Dockerfile, built in a context holding only it. */
export const buildDockerfileBody = z
  .object({
    dockerfile: z
      .string()
      .refine((text) => text.trim().length > 0, "The Dockerfile is empty")
      .refine(...noNul("The Dockerfile"))
      .refine((text) => new TextEncoder().encode(text).length <= MAX_DOCKERFILE_BYTES, "The Dockerfile is larger than 1 MiB"),
    ...commonOptions,
    buildArgs: buildArgs.default({}),
    noCache: z.boolean().default(false),
    pull: z.boolean().default(false),
  })
  .strict();

/**
 * `POST /api/images/build` with a tar body: options in the query string. `buildArg=KEY=VALUE` may
 * repeat, so the route collects them (`buildArgsFromQuery`) before this schema sees them.
 */
export const buildContextQuery = z
  .object({
    ...commonOptions,
    dockerfile: z.preprocess(blankToUndefined, contextPath.default("Dockerfile")),
    buildArgs: buildArgs.default({}),
    noCache: queryFlag,
    pull: queryFlag,
  })
  .strict();

export type BuildDockerfileInput = z.input<typeof buildDockerfileBody>;
export type BuildOptions = { tag?: string; target?: string; dockerfile: string; buildArgs: Record<string, string>; noCache: boolean; pull: boolean };

/** `KEY=VALUE` query values as a record; a value may hold "=", a key may not be empty. */
export function buildArgsFromQuery(values: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    args[eq === -1 ? value : value.slice(0, eq)] = eq === -1 ? "" : value.slice(eq + 1);
  }
  return args;
}

/** The query string of a context upload, from the same fields as the JSON body. */
export function buildContextSearch(opts: {
  tag?: string;
  dockerfile?: string;
  target?: string;
  noCache?: boolean;
  buildArgs?: Record<string, string>;
}): string {
  const params = new URLSearchParams();
  if (opts.tag?.trim()) params.set("tag", opts.tag.trim());
  if (opts.dockerfile?.trim()) params.set("dockerfile", opts.dockerfile.trim());
  if (opts.target?.trim()) params.set("target", opts.target.trim());
  if (opts.noCache) params.set("noCache", "1");
  for (const [key, value] of Object.entries(opts.buildArgs ?? {})) params.append("buildArg", `${key}=${value}`);
  return params.toString();
}

/** `repository` + `tag` as one reference, or nothing (an untagged image) when no repository is given. */
function withOptionalReference<T extends { repository?: string; tag?: string }>(
  body: T,
  ctx: z.RefinementCtx,
): Omit<T, "repository" | "tag"> & { reference?: string; repo?: string; tagName?: string } {
  const { repository, tag, ...rest } = body;
  if (!repository) {
    if (tag) ctx.addIssue({ code: "custom", path: ["repository"], message: "Enter a repository for the tag" });
    return rest;
  }
  const result = imageTagText.safeParse(tag ? `${repository}:${tag}` : repository);
  if (!result.success) {
    // Blame the field at fault: the tag when it is wrong on its own, else the repository.
    const tagAtFault = Boolean(tag) && !imageTagText.safeParse(`x:${tag}`).success;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", path: [tagAtFault ? "tag" : "repository"], message: issue.message });
    return z.NEVER;
  }
  const colon = result.data.lastIndexOf(":");
  return { ...rest, reference: result.data, repo: result.data.slice(0, colon), tagName: result.data.slice(colon + 1) };
}

const optionalText = (what: string, max: number) => z.preprocess(blankToUndefined, engineText(what, max).optional());

/** `docker commit [--change …] [-m …] [-a …] [--pause] container [repo[:tag]]`. */
export const commitBody = z
  .object({
    repository: optionalText("Repository", 512),
    tag: optionalText("Tag", 128),
    comment: optionalText("Comment", 4096),
    author: optionalText("Author", 512),
    pause: z.boolean().default(true),
    changes: z
      .array(engineText("A change", FIELD_LIMITS.commitChange).regex(CHANGE, "Not a change docker commit applies (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME, WORKDIR, HEALTHCHECK)"))
      .max(100)
      .default([]),
  })
  .strict()
  .transform(withOptionalReference);

export type CommitInput = z.input<typeof commitBody>;

/** `docker import - [repo[:tag]] [-m message]`: the options ride in the query, the body is the rootfs tar. */
export const importQuery = z
  .object({ repository: optionalText("Repository", 512), tag: optionalText("Tag", 128), message: optionalText("Message", 4096) })
  .strict()
  .transform(withOptionalReference);

/** `docker save a b …`: `names` repeats or is comma-separated. */
export function saveNames(values: string[]): string[] {
  const names = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return z
    .array(imageRef)
    .min(1, "Name at least one image to save (names=…)")
    .max(MAX_SAVE_NAMES, `At most ${MAX_SAVE_NAMES} images at once`)
    .parse(names);
}
