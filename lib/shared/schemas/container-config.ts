import { z } from "zod";
import { splitArgv } from "@/lib/shared/argv";
import { parseEnvFile } from "@/lib/shared/env-file";
import { engineText, FIELD_LIMITS, noNul } from "./engine-text";

// One schema for the "New container" form, the Settings tab and their API handlers: the browser runs it
// to show field errors before sending, the server runs it again because the browser is not trusted.
// Form inputs arrive as strings; the schema turns them into the numbers/argv the engine wants.

export const CONTAINER_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const ENV_KEY_RE = /^[^=\s]+$/;
/** The characters of an image reference (`host:5000/a/b:tag@sha256:…`) or id; the parser judges the rest. */
const IMAGE_REF_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$/;
const VOLUME_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** "" and whitespace-only count as "not given". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const containerName = z
  .string()
  .trim()
  .max(FIELD_LIMITS.containerName, `Name is too long (${FIELD_LIMITS.containerName} characters at most)`)
  .regex(CONTAINER_NAME_RE, "Use letters, digits, '_', '.' or '-', starting with a letter or digit");

const portNumber = z.coerce
  .number({ message: "Port must be a number" })
  .int("Port must be a whole number")
  .min(1, "Port must be between 1 and 65535")
  .max(65535, "Port must be between 1 and 65535");

const ipAddress = z.union([z.ipv4({ message: "Not an IP address" }), z.ipv6({ message: "Not an IP address" })]);

export const portRow = z.object({
  hostIp: z.preprocess(blankToUndefined, ipAddress.optional()),
  /** Empty: the engine picks a free port. */
  hostPort: z.preprocess(blankToUndefined, portNumber.optional()),
  containerPort: portNumber,
  protocol: z.enum(["tcp", "udp"]).default("tcp"),
});

/** An absolute path without `..` segments (the engine would resolve them somewhere the user did not look). */
const absolutePath = (what: string) =>
  engineText(what, FIELD_LIMITS.path)
    .min(1, `${what} is required`)
    .refine((p) => p.startsWith("/"), `${what} must be an absolute path (start with /)`)
    .refine((p) => !p.split("/").includes(".."), `${what} must not contain '..'`);

export const mountRow = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("bind"),
    source: absolutePath("Host path"),
    target: absolutePath("Container path"),
    readOnly: z.boolean().default(false),
  }),
  z.object({
    type: z.literal("volume"),
    source: z.string().trim().min(1, "Volume name is required").regex(VOLUME_NAME_RE, "Not a valid volume name"),
    target: absolutePath("Container path"),
    readOnly: z.boolean().default(false),
  }),
]);

/** An env row: name and value as the engine stores `NAME=value`. */
export const envRow = z.object({
  key: engineText("Variable name", FIELD_LIMITS.envName),
  value: engineText("Value", FIELD_LIMITS.envValue, { trim: false }),
});
export const labelRow = z.object({
  key: engineText("Label key", FIELD_LIMITS.labelKey),
  value: engineText("Label value", FIELD_LIMITS.labelValue, { trim: false }),
});

export const RESTART_POLICIES = ["no", "always", "unless-stopped", "on-failure"] as const;
export const restartPolicy = z
  .object({
    name: z.enum(RESTART_POLICIES, { message: "Unknown restart policy" }),
    maximumRetryCount: z.preprocess(
      blankToUndefined,
      z.coerce.number().int("Must be a whole number").min(0, "Must be 0 or more").max(1000, "At most 1000").optional(),
    ),
  })
  .transform((p) => ({ name: p.name, maximumRetryCount: p.name === "on-failure" ? (p.maximumRetryCount ?? 0) : 0 }));

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** "512m", "1g", "1.5 GB", "1048576" → bytes; undefined when not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(text.trim());
  if (!m) return undefined;
  return Math.round(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!);
}

// A transform's issue stops the object's superRefine (env text, duplicate ports and mounts) unless it says
// `continue`: with it, the form shows every bad field at once, not the rest only after this one is fixed.

/** The engine refuses memory limits under 6 MiB. */
export const MIN_MEMORY = 6 * 1024 * 1024;
/** Far past any host, and well inside the engine's int64 (a larger number is refused by its JSON decoder). */
export const MAX_MEMORY = 1024 ** 5;
export const memoryLimit = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const bytes = parseSize(text);
    if (bytes === undefined) {
      ctx.addIssue({ code: "custom", message: "Use a size like 512m or 1g", continue: true });
      return z.NEVER;
    }
    if (bytes < MIN_MEMORY) {
      ctx.addIssue({ code: "custom", message: "The engine needs at least 6m", continue: true });
      return z.NEVER;
    }
    if (bytes > MAX_MEMORY) {
      ctx.addIssue({ code: "custom", message: "Too large for a memory limit (at most 1 PiB)", continue: true });
      return z.NEVER;
    }
    return bytes;
  });

export const cpuLimit = z.coerce
  .number({ message: "Use a number of CPUs like 0.5 or 2" })
  .positive("Must be more than 0")
  .max(1024, "At most 1024 CPUs");

export const NETWORK_MODES = ["bridge", "none", "host", "network", "container"] as const;
export const networkChoice = z
  .object({
    mode: z.enum(NETWORK_MODES),
    /** A user network's name (mode "network") or a container's name/id (mode "container"). */
    // Blank for the modes that take no target (the form sends "").
    target: engineText("Target", 255)
      .refine((t) => t === "" || CONTAINER_NAME_RE.test(t), "Not a network or container name or id")
      .optional(),
  })
  .superRefine((n, ctx) => {
    if ((n.mode === "network" || n.mode === "container") && !n.target) {
      ctx.addIssue({ code: "custom", path: ["target"], message: `Pick a ${n.mode}` });
    }
  });

/** Empty text → undefined (keep the image's); otherwise the argv. */
const commandText = z
  .string()
  .max(FIELD_LIMITS.command, `Too long (${FIELD_LIMITS.command} characters at most)`)
  .refine(...noNul("A command"))
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === "") return undefined;
    const argv = splitArgv(text);
    if ("error" in argv) {
      ctx.addIssue({ code: "custom", message: argv.error, continue: true });
      return z.NEVER;
    }
    return argv;
  });

function checkEnvRows(rows: { key: string; value: string }[], ctx: z.RefinementCtx, path: string) {
  rows.forEach((row, i) => {
    if (!row.key) {
      if (row.value) ctx.addIssue({ code: "custom", path: [path, i, "key"], message: "Name is required" });
    } else if (!ENV_KEY_RE.test(row.key)) {
      ctx.addIssue({ code: "custom", path: [path, i, "key"], message: "No spaces or '=' in a variable name" });
    }
  });
}

function checkLabelRows(rows: { key: string; value: string }[], ctx: z.RefinementCtx) {
  rows.forEach((row, i) => {
    if (!row.key && row.value) ctx.addIssue({ code: "custom", path: ["labels", i, "key"], message: "Key is required" });
  });
}

function checkPorts(ports: z.infer<typeof portRow>[], ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  ports.forEach((p, i) => {
    if (p.hostPort === undefined) return;
    const key = `${p.hostIp ?? "0.0.0.0"}:${p.hostPort}/${p.protocol}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: ["ports", i, "hostPort"], message: `Host port ${p.hostPort} is already used by row ${seen.get(key)! + 1}` });
    } else seen.set(key, i);
  });
}

function checkMounts(mounts: z.infer<typeof mountRow>[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  mounts.forEach((m, i) => {
    if (seen.has(m.target)) ctx.addIssue({ code: "custom", path: ["mounts", i, "target"], message: `${m.target} is mounted twice` });
    seen.add(m.target);
  });
}

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(200, "Too many rows").default([]);

/** What the "New container" form sends to `POST /api/containers`. */
export const createContainerBody = z
  .object({
    // A reference or an id: it goes into the engine's URL (inspect) as it is, so only the characters a reference has.
    image: engineText("Image", FIELD_LIMITS.imageReference).min(1, "Pick an image").regex(IMAGE_REF_RE, "Not an image reference or id"),
    name: z.preprocess(blankToUndefined, containerName.optional()),
    command: commandText,
    entrypoint: commandText,
    env: rows(envRow),
    /** Pasted env-file text (read like `docker run --env-file`), added after the rows. */
    envText: engineText("Env file text", FIELD_LIMITS.envText, { trim: false }).optional(),
    ports: rows(portRow),
    mounts: rows(mountRow),
    network: networkChoice.default({ mode: "bridge" }),
    restartPolicy: restartPolicy.default({ name: "no", maximumRetryCount: 0 }),
    autoRemove: z.boolean().default(false),
    tty: z.boolean().default(false),
    workingDir: z.preprocess(blankToUndefined, absolutePath("Working directory").optional()),
    user: z.preprocess(blankToUndefined, engineText("User", FIELD_LIMITS.user).optional()),
    memory: z.preprocess(blankToUndefined, memoryLimit.optional()),
    cpus: z.preprocess(blankToUndefined, cpuLimit.optional()),
    labels: rows(labelRow),
    privileged: z.boolean().default(false),
    /** Start it right after creating it ("Create and start"). */
    start: z.boolean().default(false),
    /** When the start fails, keep the created container instead of removing it. */
    keepOnStartFailure: z.boolean().default(false),
  })
  .strict()
  .superRefine((body, ctx) => {
    checkEnvRows(body.env, ctx, "env");
    if (body.envText) {
      const { errors } = parseEnvFile(body.envText);
      if (errors.length) ctx.addIssue({ code: "custom", path: ["envText"], message: errors.join("; ") });
    }
    checkLabelRows(body.labels, ctx);
    checkPorts(body.ports, ctx);
    checkMounts(body.mounts, ctx);
    if (body.autoRemove && body.restartPolicy.name !== "no") {
      ctx.addIssue({ code: "custom", path: ["autoRemove"], message: "--rm cannot be combined with a restart policy" });
    }
  });

export type CreateContainerInput = z.input<typeof createContainerBody>;
export type CreateContainerConfig = z.output<typeof createContainerBody>;
export type PortRow = z.output<typeof portRow>;
export type MountRow = z.output<typeof mountRow>;

/** Env rows + pasted text → `KEY=value` strings; later keys win, like `docker run -e`. */
export function envList(body: { env: { key: string; value: string }[]; envText?: string }): string[] {
  const all = [...body.env.filter((r) => r.key), ...(body.envText ? parseEnvFile(body.envText).rows : [])];
  const map = new Map<string, string>();
  for (const r of all) map.set(r.key, r.value);
  return [...map].map(([k, v]) => `${k}=${v}`);
}

/** `PATCH /api/containers/:id`: what the engine changes in place (rename, `docker update`). */
export const updateContainerBody = z
  .object({
    name: containerName.optional(),
    restartPolicy: restartPolicy.optional(),
    memory: z.preprocess(blankToUndefined, memoryLimit.optional()),
    cpus: z.preprocess(blankToUndefined, cpuLimit.optional()),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "Nothing to change" });

export type UpdateContainerInput = z.input<typeof updateContainerBody>;
export type UpdateContainerChanges = z.output<typeof updateContainerBody>;

/**
 * `POST /api/containers/:id/recreate(/preview)`: what needs a new container. Only the keys given
 * change; everything else is carried over from the old container's full configuration.
 */
const recreateFields = {
  command: engineText("Command", FIELD_LIMITS.command, { trim: false }).optional(),
  entrypoint: engineText("Entrypoint", FIELD_LIMITS.command, { trim: false }).optional(),
  env: z.array(envRow).max(500).optional(),
  ports: z.array(portRow).max(200).optional(),
  mounts: z.array(mountRow).max(200).optional(),
};

function checkRecreate(body: { env?: { key: string; value: string }[]; ports?: PortRow[]; mounts?: MountRow[] }, ctx: z.RefinementCtx) {
  if (body.env) checkEnvRows(body.env, ctx, "env");
  if (body.ports) checkPorts(body.ports, ctx);
  if (body.mounts) checkMounts(body.mounts, ctx);
  const argvError = (key: "command" | "entrypoint", text: unknown) => {
    if (typeof text === "string") {
      const r = splitArgv(text);
      if ("error" in r) ctx.addIssue({ code: "custom", path: [key], message: r.error });
    }
  };
  argvError("command", (body as { command?: string }).command);
  argvError("entrypoint", (body as { entrypoint?: string }).entrypoint);
}

export const recreatePreviewBody = z.object(recreateFields).strict().superRefine(checkRecreate);
export const recreateContainerBody = z
  .object({ ...recreateFields, confirm: z.literal(true, { message: "Recreating needs confirm: true" }) })
  .strict()
  .superRefine(checkRecreate);

export type RecreateChanges = z.output<typeof recreatePreviewBody>;
export type RecreateInput = z.input<typeof recreatePreviewBody>;

