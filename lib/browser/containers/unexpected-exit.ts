import type { EngineEvent } from "@/lib/shared/types/engine";

// A `docker stop` or `docker kill` (Berth's or anyone's) sends `kill` before the `die`; a crash, an OOM or a
// failing command sends `die` alone. A kill this recent means someone meant it.
const KILL_WINDOW_MS = 30_000;

export class ExitWatch {
  private kills = new Map<string, number>();

  /** The exit code when `event` is a container dying on its own with a non-zero code; else undefined. */
  unexpectedExit(event: EngineEvent, userStopped: (id: string) => boolean, now = Date.now()): number | undefined {
    if (event.type !== "container") return undefined;
    if (event.action === "kill") {
      this.kills.set(event.id, now);
      return undefined;
    }
    if (event.action !== "die") return undefined;
    const killedAt = this.kills.get(event.id);
    this.kills.delete(event.id);
    const code = Number(event.attributes.exitCode);
    if (!Number.isFinite(code) || code === 0) return undefined;
    if (userStopped(event.id) || (killedAt !== undefined && now - killedAt <= KILL_WINDOW_MS)) return undefined;
    return code;
  }
}
