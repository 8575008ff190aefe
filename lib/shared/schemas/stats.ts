import { z } from "zod";
import { containerRef } from "./containers";

// `ps` options for `docker top`. The engine hands them to ps as separate words, never to a shell,
// but a narrow charset still keeps anything surprising (paths, quotes, `=`) out.
export const psArgs = z
  .string()
  .trim()
  .max(64, "ps_args: at most 64 characters")
  .regex(/^[a-zA-Z0-9 ,-]*$/, "ps_args: only letters, digits, spaces, commas and dashes")
  .transform((s) => s.replace(/\s+/g, " "));

export const topQuery = z.object({ ps_args: psArgs.optional() }).strict();

export const statsQuery = z.object({}).strict();

/** Payload of `stats:watch` / `stats:unwatch` over socket.io. */
export const statsWatchPayload = z.object({ container: containerRef }).strict();

export type TopQuery = z.infer<typeof topQuery>;
