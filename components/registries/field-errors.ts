import type { ZodError } from "zod";

/** A schema's issues as `{ field: first message }`, for FieldErrorsProvider (empty when the input is valid). */
export function fieldErrors(error: ZodError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) out[String(issue.path[0] ?? "")] ??= issue.message;
  return out;
}
