import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { formatReference, formatRepository, parseReference, withDefaultTag } from "@/lib/shared/images/reference";

export const listImagesQuery = z.object({ all: queryFlag, dangling: queryFlag }).strict();
export const removeImageQuery = z.object({ force: queryFlag }).strict();

// An image id ("sha256:…" or a prefix) or a reference; the route param arrives URL-decoded.
export const imageRef = z
  .string()
  .trim()
  .min(1, "image id or reference is required")
  .max(512, "image id or reference is too long")
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$/, "not an image id or reference");

/** A reference text that the parser accepts; the parser's reason is the message. */
export const referenceText = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const result = parseReference(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
  });

const tagByReference = z.object({ reference: referenceText }).strict();
const tagByParts = z.object({ repo: z.string().trim(), tag: z.string().trim().optional() }).strict();

/**
 * `{ reference }` or `{ repo, tag }`, normalised to what the engine's tag call takes. A digest
 * cannot be given to a local tag.
 */
export const tagImageBody = z
  .union([tagByReference, tagByParts])
  .transform((body, ctx) => {
    const text = "reference" in body ? body.reference : body.tag ? `${body.repo}:${body.tag}` : body.repo;
    const result = parseReference(text);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.reason, path: ["reference" in body ? "reference" : "repo"] });
      return z.NEVER;
    }
    if (result.reference.digest) {
      ctx.addIssue({ code: "custom", message: "A tag cannot include a digest", path: ["reference"] });
      return z.NEVER;
    }
    const ref = withDefaultTag(result.reference);
    return { repo: formatRepository(ref), tag: ref.tag!, reference: formatReference(ref) };
  });

/** The reference to pull, `latest` filled in like `docker pull` does. */
export const pullImageBody = z
  .object({ reference: referenceText })
  .strict()
  .transform(({ reference }) => {
    const result = parseReference(reference);
    return { reference: result.ok ? formatReference(withDefaultTag(result.reference)) : reference };
  });

export const taskId = z.string().uuid("not a task id");

export type TagImageInput = z.input<typeof tagImageBody>;

/** The tag to push: one of the image's own tags (`docker push` pushes a reference, not an id). */
export const pushImageBody = z
  .object({ reference: referenceText })
  .strict()
  .transform(({ reference }, ctx) => {
    const result = parseReference(reference);
    if (!result.ok) return z.NEVER;
    if (result.reference.digest) {
      ctx.addIssue({ code: "custom", message: "Push a tag, not a digest", path: ["reference"] });
      return z.NEVER;
    }
    const ref = withDefaultTag(result.reference);
    return { repo: formatRepository(ref), tag: ref.tag!, reference: formatReference(ref) };
  });
