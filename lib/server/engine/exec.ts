import "server-only";
import { randomBytes } from "node:crypto";
import { PassThrough, type Duplex, type Readable } from "node:stream";
import type Dockerode from "dockerode";
import { callEngine } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

/** How a terminal session ended. */
export interface TerminalEnd {
  exitCode?: number;
  reason: string;
  /** The command never ran (missing binary, unknown user, bad working directory…). */
  failed?: boolean;
}

/**
 * One open terminal stream to the engine: an exec'd command or an attachment to the main process.
 * `output` carries raw bytes (stdout and stderr merged, as a terminal shows them).
 */
export interface TerminalStream {
  readonly tty: boolean;
  readonly output: Readable;
  /** Notes for the user (e.g. the main process's stdin is closed). */
  readonly notice?: string;
  write(data: string): void;
  resize(cols: number, rows: number): Promise<void>;
  /** Stop reading from the engine (backpressure) / read again. */
  pause(): void;
  resume(): void;
  /** Exec: end the command. Attach: detach, leaving the container running. */
  close(): Promise<void>;
  /** Settles once the engine stream has ended, with what the user should be told. */
  readonly ended: Promise<TerminalEnd>;
}

export interface ExecOptions {
  cmd: string[];
  user?: string;
  workdir?: string;
  cols: number;
  rows: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The engine reports a command it could not start (missing binary, unknown user, missing working
// directory) as text on the stream and exit code 126/127, after the stream was accepted.
const OCI_FAILURE = /OCI runtime exec failed: (?:exec failed: )?(?:unable to start container process: )?(.*?)(?:: unknown)?\s*$/m;

export function describeStartFailure(firstOutput: string): string | undefined {
  const match = OCI_FAILURE.exec(firstOutput);
  return match?.[1]?.trim() || undefined;
}

async function runningContainer(engine: Engine, ref: string, signal: AbortSignal) {
  const info = await callEngine(() => engine.docker.getContainer(ref).inspect({ abortSignal: signal }));
  if (!info.State?.Running) throw new ApiError("conflict", `Container ${info.Name.replace(/^\//, "")} is not running`);
  if (info.State.Paused) throw new ApiError("conflict", `Container ${info.Name.replace(/^\//, "")} is paused: unpause it first`);
  return info;
}

/** Remembers the first bytes of output, where the engine writes why a command could not start. */
function captureHead(stream: Readable, limit = 2048) {
  let head = "";
  const onData = (chunk: Buffer) => {
    head += chunk.toString("utf8");
    if (head.length >= limit) stream.off("data", onData);
  };
  stream.on("data", onData);
  return () => head;
}

function streamClosed(stream: Duplex): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed) return resolve();
    stream.once("close", () => resolve());
    stream.once("end", () => resolve());
    stream.once("error", () => resolve());
  });
}

/**
 * `docker exec -it`: a command with a TTY. Closing the session must end the command: the engine keeps
 * an exec running when its connection drops (moby runs it with a background context), so a closed
 * browser tab would leave shells behind in the container.
 */
export async function openExec(engine: Engine, ref: string, opts: ExecOptions, signal: AbortSignal): Promise<TerminalStream> {
  const info = await runningContainer(engine, ref, signal);
  const container = engine.docker.getContainer(info.Id);
  // A tag only this session's processes carry, so closing can find and end them (and their children)
  // even when a full-screen program ignores the Ctrl-C/Ctrl-D we send first.
  const tag = `BERTH_TERMINAL_SESSION=${randomBytes(12).toString("hex")}`;
  const exec = await callEngine(() =>
    container.exec({
      Cmd: opts.cmd,
      User: opts.user,
      WorkingDir: opts.workdir,
      Tty: true,
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Env: ["TERM=xterm-256color", tag],
      abortSignal: signal,
    }),
  );
  const stream = await callEngine(() => exec.start({ hijack: true, stdin: true, Tty: true, abortSignal: signal }));
  if (signal.aborted) {
    stream.destroy();
    await endExecProcesses(container, tag);
    throw new ApiError("aborted", "the session was closed while it opened");
  }
  const head = captureHead(stream);
  const closed = streamClosed(stream);

  const ended = closed.then(async (): Promise<TerminalEnd> => {
    const exitCode = await execExitCode(exec);
    const failure = exitCode === 126 || exitCode === 127 ? describeStartFailure(head()) : undefined;
    if (failure) return { exitCode, reason: `Could not start ${opts.cmd[0]}: ${failure}`, failed: true };
    return { exitCode, reason: exitCode === undefined ? "Session ended" : `Exited with code ${exitCode}` };
  });

  // The first resize only works once the process exists, i.e. after start.
  void exec.resize({ h: opts.rows, w: opts.cols }).catch(() => {});

  let closing: Promise<void> | undefined;
  return {
    tty: true,
    output: stream,
    ended,
    write: (data) => {
      if (!stream.destroyed && stream.writable) stream.write(data);
    },
    resize: async (cols, rows) => {
      await exec.resize({ h: rows, w: cols }).catch(() => {});
    },
    pause: () => stream.pause(),
    resume: () => stream.resume(),
    close: () =>
      (closing ??= (async () => {
        // Politely first, as a user would: interrupt what runs in the foreground, then end the shell.
        if (!stream.destroyed) {
          stream.resume();
          stream.write("\x03\x04");
        }
        const quit = await Promise.race([closed.then(() => true), sleep(700).then(() => false)]);
        stream.destroy();
        if (!quit || (await execRunning(exec))) await endExecProcesses(container, tag);
      })()),
  };
}

async function execRunning(exec: Dockerode.Exec): Promise<boolean> {
  try {
    return (await exec.inspect()).Running;
  } catch {
    return false;
  }
}

/** The engine marks the exec finished a moment after its stream closes. */
async function execExitCode(exec: Dockerode.Exec): Promise<number | undefined> {
  for (let i = 0; i < 20; i++) {
    try {
      const info = await exec.inspect();
      if (!info.Running) return info.ExitCode ?? undefined;
    } catch {
      return undefined;
    }
    await sleep(50);
  }
  return undefined;
}

/**
 * Ends every process carrying the session's tag: HUP as a closed terminal would, then KILL what is left.
 * Runs as root in the container so it can signal any user's process; needs `sh` there (a container
 * without a shell also cannot have had one started by the terminal, only custom commands).
 */
async function endExecProcesses(container: Dockerode.Container, tag: string): Promise<void> {
  const script =
    'for sig in HUP KILL; do found=; for p in /proc/[0-9]*; do ' +
    // environ is NUL-separated and busybox grep stops a line at NUL: one variable per line first.
    'if tr "\\0" "\\n" < "$p/environ" 2>/dev/null | grep -qxF "$0"; then found=1; kill -s $sig "${p#/proc/}" 2>/dev/null; fi; done; ' +
    '[ -z "$found" ] && exit 0; sleep 1; done';
  try {
    const killer = await container.exec({ Cmd: ["sh", "-c", script, tag], User: "0", AttachStdout: true, AttachStderr: true });
    const out = await killer.start({ hijack: true, stdin: false });
    out.resume();
    await Promise.race([streamClosed(out), sleep(5000)]);
    out.destroy();
  } catch {
    // The container stopped or has no shell: nothing more we can do from here.
  }
}

/**
 * `docker attach`: the main process's own stdio. Detaching destroys only our connection — the
 * container's stdin is never closed (ending it would end a shell reading it) and it keeps running.
 */
export async function openAttach(engine: Engine, ref: string, opts: { cols: number; rows: number }, signal: AbortSignal): Promise<TerminalStream> {
  const info = await runningContainer(engine, ref, signal);
  const container = engine.docker.getContainer(info.Id);
  const tty = Boolean(info.Config?.Tty);
  const stdinOpen = Boolean(info.Config?.OpenStdin);
  const stream = (await callEngine(() =>
    container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true, abortSignal: signal }),
  )) as Duplex;
  if (signal.aborted) {
    stream.destroy();
    throw new ApiError("aborted", "the session was closed while it opened");
  }
  let output: Readable = stream;
  if (!tty) {
    const merged = new PassThrough();
    engine.docker.modem.demuxStream(stream, merged, merged);
    stream.once("close", () => merged.end());
    stream.once("end", () => merged.end());
    output = merged;
  }
  const closed = streamClosed(stream);
  let detached = false;
  const ended = closed.then(async (): Promise<TerminalEnd> => {
    if (detached) return { reason: "Detached; the container keeps running" };
    try {
      const after = await container.inspect();
      if (!after.State.Running) return { exitCode: after.State.ExitCode, reason: `The container stopped (exit code ${after.State.ExitCode})` };
    } catch {
      return { reason: "The container is gone" };
    }
    return { reason: "The engine closed the connection" };
  });
  if (tty) void container.resize({ h: opts.rows, w: opts.cols }).catch(() => {});
  return {
    tty,
    output,
    ended,
    notice: stdinOpen ? undefined : "This container was started without an open stdin (docker run -i): what you type is ignored.",
    write: (data) => {
      if (stdinOpen && !stream.destroyed && stream.writable) stream.write(data);
    },
    // Only a TTY has a size; resizing a non-TTY container is an engine error.
    resize: async (cols, rows) => {
      if (tty) await container.resize({ h: rows, w: cols }).catch(() => {});
    },
    pause: () => stream.pause(),
    resume: () => stream.resume(),
    close: async () => {
      detached = true;
      stream.destroy();
    },
  };
}
