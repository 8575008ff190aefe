import { z } from "zod";
import { EXEC_LIMITS } from "@/lib/shared/types/exec";
import { containerRef } from "./containers";

// Every payload of the terminal's socket channel. An exec channel is a root shell on the host's
// containers, so nothing from the browser reaches the engine without passing these.

export const sessionId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "session id must be 1–64 letters, digits, _ or -");

const dimension = z.number().int().min(1).max(EXEC_LIMITS.maxDimension);

export const execUser = z
  .string()
  .max(256, "user is too long")
  .regex(/^[a-zA-Z0-9_.-]+(:[a-zA-Z0-9_.-]+)?$/, "user must be a name or id, optionally with :group");

export const execWorkdir = z
  .string()
  .max(4096, "working directory is too long")
  .regex(/^\/[^\0]*$/, "working directory must be an absolute path");

export const execCommand = z
  .array(
    z
      .string()
      .max(EXEC_LIMITS.maxArgChars, "command argument is too long")
      .refine((s) => !s.includes("\0"), "command arguments cannot contain NUL"),
  )
  .min(1, "command is required")
  .max(EXEC_LIMITS.maxArgs, `at most ${EXEC_LIMITS.maxArgs} command arguments`)
  .refine((argv) => argv.length === 0 || argv[0]!.trim() !== "", "the program to run cannot be empty");

// Empty text fields in the form mean "the container's default".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), schema.optional());

export const execOpenRequest = z.discriminatedUnion("mode", [
  z
    .object({
      sessionId,
      container: containerRef,
      mode: z.literal("exec"),
      cmd: execCommand,
      user: optional(execUser),
      workdir: optional(execWorkdir),
      cols: dimension,
      rows: dimension,
    })
    .strict(),
  z
    .object({ sessionId, container: containerRef, mode: z.literal("attach"), cols: dimension, rows: dimension })
    .strict(),
]);

export const execInputMessage = z
  .object({ sessionId, data: z.string().min(1).max(EXEC_LIMITS.maxInputChars, "input message is too large") })
  .strict();

export const execResizeMessage = z.object({ sessionId, cols: dimension, rows: dimension }).strict();

export const execCloseMessage = z.object({ sessionId }).strict();

export const execAckMessage = z
  .object({ sessionId, chars: z.number().int().min(0).max(64 * 1024 * 1024) })
  .strict();

/** The terminal form's fields (before the command is split into argv). */
export const terminalFormFields = z.object({
  user: optional(execUser),
  workdir: optional(execWorkdir),
});

export type ExecOpenInput = z.infer<typeof execOpenRequest>;
