import "server-only";
import { spawn } from "node:child_process";

// One child process run the only safe way: a file and an argument array, no shell, so no argument is ever read
// as shell syntax; bounded in time and in what is kept of its output.

export interface ProcessResult {
  /** Exit status; null when it was ended by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
}

export interface ProcessOptions {
  cwd?: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Each chunk as it comes, for a task's streamed output. */
  onOutput?: (text: string, stream: "stdout" | "stderr") => void;
  /** Bytes kept of each stream (the tail past it); `compose config` of a big project is a few hundred kB. */
  maxCapture?: number;
  stdin?: string;
}

const KILL_GRACE_MS = 5000;
const DEFAULT_CAPTURE = 4 * 1024 * 1024;

export function runProcess(file: string, args: readonly string[], opts: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const max = opts.maxCapture ?? DEFAULT_CAPTURE;
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let aborted = false;
    let settled = false;
    const child = spawn(file, [...args], {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
      shell: false,
      stdio: [opts.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const keep = (held: string, text: string) => {
      const next = held + text;
      return next.length > max ? next.slice(next.length - max) : next;
    };
    child.stdout!.setEncoding("utf8").on("data", (text: string) => {
      stdout = keep(stdout, text);
      opts.onOutput?.(text, "stdout");
    });
    child.stderr!.setEncoding("utf8").on("data", (text: string) => {
      stderr = keep(stderr, text);
      opts.onOutput?.(text, "stderr");
    });
    if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);

    let killTimer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, opts.timeoutMs);
    const onAbort = () => {
      aborted = true;
      stop();
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener("abort", onAbort, { once: true });

    const done = (code: number | null, extra = "") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      opts.signal?.removeEventListener("abort", onAbort);
      resolve({ code, stdout, stderr: stderr + extra, timedOut, aborted });
    };
    // ENOENT (no such program) and the like: a failed run, said in stderr.
    child.on("error", (err) => done(127, err.message));
    child.on("close", (code) => done(code));
  });
}
