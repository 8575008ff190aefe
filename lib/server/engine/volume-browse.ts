import "server-only";
import { randomBytes } from "node:crypto";
import type { Download } from "./files";
import { listHelpers, removeHelpers } from "./helpers";
import { chooseHelperImage, type HelperImage, type ShellVerdicts } from "./helper-image";
import { createVolumeHelper, HelperGone, listFromArchive, listWithShell, openVolumeDownload, ShellListingFailed } from "./volume-files";
import type { VolumeBrowseSession, VolumeListing, VolumeListingMethod } from "@/lib/shared/types/volumes";
import { callEngine, isUnreachable, toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// Volume browse sessions of one engine. Opening one (a POST) makes the read-only helper container; listings and
// downloads only use it; it is removed when the session is closed (DELETE, or the browse page going away), after a
// few idle minutes, when Berth stops, and — should Berth have crashed — when Berth starts again. So no GET ever
// creates, starts or removes a container, and a helper lives only while someone is looking.

export const BROWSE_IDLE_MS = 5 * 60_000;

interface Session {
  id: string;
  volume: string;
  helperId: string;
  image: HelperImage;
  method: VolumeListingMethod;
  /** Listings and downloads under way: the session does not idle out under them. */
  busy: number;
  timer?: NodeJS.Timeout;
}

function expired(): ApiError {
  return new ApiError("browse_session_expired", "This browse session has ended (idle for a few minutes, closed, or Berth restarted): open a new one");
}

/** `body`, calling `done` once when it has been read to the end, failed or was cancelled. */
function whenSettled(body: ReadableStream<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let settled = false;
  const settle = () => {
    if (!settled) {
      settled = true;
      done();
    }
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            settle();
            controller.close();
          } else controller.enqueue(chunk.value);
        } catch (err) {
          settle();
          controller.error(err);
        }
      },
      async cancel(reason) {
        settle();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

export class VolumeBrowseSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly opening = new Map<string, Promise<Session>>();
  private readonly verdicts: ShellVerdicts = new Map();
  /** Helpers being made right now (probes included): not orphans, whatever a sweep finds. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly engine: Engine,
    private readonly idleMs: number = BROWSE_IDLE_MS,
  ) {}

  /** A session for `volume`: the live one if there is one (several tabs share its helper), else a new helper. */
  async open(volume: string): Promise<VolumeBrowseSession> {
    const existing = [...this.sessions.values()].find((s) => s.volume === volume);
    if (existing) {
      if (await this.helperAlive(existing)) {
        this.touch(existing);
        return this.describe(existing);
      }
      await this.end(existing);
    }
    let pending = this.opening.get(volume);
    if (!pending) {
      pending = this.create(volume).finally(() => this.opening.delete(volume));
      this.opening.set(volume, pending);
    }
    return this.describe(await pending);
  }

  /** One folder of the session's volume. */
  async list(volume: string, id: string, path: string, signal?: AbortSignal): Promise<VolumeListing> {
    const s = this.use(volume, id);
    s.busy++;
    try {
      if (s.method === "shell") {
        try {
          return { ...(await listWithShell(this.engine, s.helperId, volume, path)), method: "shell" };
        } catch (err) {
          if (!(err instanceof ShellListingFailed)) throw err;
          // The archive serves any helper, running or not; the session keeps to it from now on.
          console.warn(`[berth] shell listing of volume ${volume} failed (${err.message}); reading the archive instead`);
          s.method = "archive";
        }
      }
      return { ...(await listFromArchive(this.engine, s.helperId, volume, path, signal)), method: "archive" };
    } catch (err) {
      throw await this.sessionError(s, err);
    } finally {
      s.busy--;
      this.touch(s);
    }
  }

  /** A file's bytes or a tar, from the session's helper; the session stays while the download streams. */
  async download(volume: string, id: string, path: string, format: "auto" | "file" | "tar", signal?: AbortSignal): Promise<Download> {
    const s = this.use(volume, id);
    s.busy++;
    const done = () => {
      s.busy--;
      this.touch(s);
    };
    let download: Download;
    try {
      download = await openVolumeDownload(this.engine, s.helperId, volume, path, format, signal);
    } catch (err) {
      done();
      throw await this.sessionError(s, err);
    }
    return { ...download, body: whenSettled(download.body, done) };
  }

  /** Ends a session now; false when there was none (it had ended already). */
  async close(volume: string, id: string): Promise<boolean> {
    const s = this.sessions.get(id);
    if (!s || s.volume !== volume) return false;
    await this.end(s);
    return true;
  }

  /**
   * Removes every helper that holds `volume` or was made from image `imageId` (ending their sessions), so that
   * removing the volume or the image is not refused because of Berth's own plumbing.
   */
  async release(what: { volume?: string; imageId?: string }): Promise<void> {
    const holds = (volumes: string[], imageId: string) =>
      (what.volume !== undefined && volumes.includes(what.volume)) || (what.imageId !== undefined && imageId === what.imageId);
    for (const s of [...this.sessions.values()]) if (holds([s.volume], s.image.id)) await this.end(s);
    const others = (await callEngine(() => listHelpers(this.engine))).filter((h) => holds(h.volumes, h.imageId));
    await removeHelpers(this.engine, others.map((h) => h.id));
  }

  /** Helpers on the engine that no session of this process owns (left by a crash): removed. Returns how many. */
  async removeOrphans(): Promise<number> {
    const own = new Set([...this.inFlight, ...[...this.sessions.values()].map((s) => s.helperId)]);
    const orphans = (await listHelpers(this.engine)).filter((h) => !own.has(h.id));
    return removeHelpers(this.engine, orphans.map((h) => h.id));
  }

  /**
   * The start-up sweep: now, or as soon as the engine answers if it does not yet. Logs how many went.
   * Resolves once the first attempt is over (the wait for an absent engine goes on in the background).
   */
  async sweepAtStart(): Promise<void> {
    const sweep = async (): Promise<boolean> => {
      try {
        const n = await this.removeOrphans();
        console.log(`[berth] start-up: removed ${n} orphaned helper container${n === 1 ? "" : "s"}`);
        return true;
      } catch (err) {
        if (!isUnreachable(err)) console.error("[berth] start-up: could not look for orphaned helper containers:", toEngineError(err).message);
        return false;
      }
    };
    if (await sweep()) return;
    const onHealth = (h: { reachable: boolean }) => {
      if (!h.reachable) return;
      this.engine.health.off("change", onHealth);
      void sweep();
    };
    this.engine.health.on("change", onHealth);
  }

  /** Ends every session (Berth is stopping). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => this.end(s)));
  }

  private async create(volume: string): Promise<Session> {
    // createContainer would make a missing volume: make sure it is there first.
    try {
      await this.engine.docker.getVolume(volume).inspect();
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) throw new ApiError("not_found", `No such volume: ${volume}`);
      throw toEngineError(err);
    }
    const noteInFlight = (id: string) => {
      this.inFlight.add(id);
      this.engine.helpers.note(id);
    };
    // An image can go away between the choice and the create, or have a shell that cannot run here (another
    // platform): choose again, a few times.
    for (let attempt = 0; ; attempt++) {
      const made: string[] = [];
      try {
        const image = await chooseHelperImage(this.engine, this.verdicts, (id) => {
          noteInFlight(id);
          made.push(id);
        });
        let helperId: string | undefined;
        try {
          helperId = await createVolumeHelper(this.engine, volume, image, (id) => {
            helperId = id;
            noteInFlight(id);
            made.push(id);
          });
        } catch (err) {
          if (helperId !== undefined) await removeHelpers(this.engine, [helperId]);
          const e = toEngineError(err);
          const retry = attempt < 2 && ((helperId !== undefined && image.shell) || (helperId === undefined && e.status === 404));
          if (!retry) throw e;
          if (helperId !== undefined) {
            console.warn(`[berth] the helper from ${image.shown} did not start (${e.message}); not using its shell again`);
            this.verdicts.set(image.id, false);
          }
          continue;
        }
        const session: Session = {
          id: randomBytes(16).toString("hex"),
          volume,
          helperId,
          image,
          method: image.shell ? "shell" : "archive",
          busy: 0,
        };
        this.sessions.set(session.id, session);
        this.touch(session);
        return session;
      } finally {
        for (const id of made) this.inFlight.delete(id);
      }
    }
  }

  private use(volume: string, id: string): Session {
    const s = this.sessions.get(id);
    if (!s || s.volume !== volume) throw expired();
    this.touch(s);
    return s;
  }

  private touch(s: Session): void {
    if (!this.sessions.has(s.id)) return;
    clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      if (s.busy > 0) this.touch(s);
      else void this.end(s);
    }, this.idleMs);
    s.timer.unref();
  }

  private async end(s: Session): Promise<void> {
    clearTimeout(s.timer);
    if (this.sessions.get(s.id) !== s) return;
    this.sessions.delete(s.id);
    await removeHelpers(this.engine, [s.helperId]);
  }

  private async helperAlive(s: Session): Promise<boolean> {
    try {
      await this.engine.docker.getContainer(s.helperId).inspect();
      return true;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return false;
      throw toEngineError(err);
    }
  }

  /** What a failure inside a session means to the caller: a helper gone ends the session (the UI opens another). */
  private async sessionError(s: Session, err: unknown): Promise<ApiError> {
    if (err instanceof HelperGone) {
      await this.end(s);
      return expired();
    }
    return toEngineError(err);
  }

  private describe(s: Session): VolumeBrowseSession {
    return { id: s.id, volume: s.volume, method: s.method, image: s.image.shown, idleSeconds: Math.round(this.idleMs / 1000) };
  }
}
