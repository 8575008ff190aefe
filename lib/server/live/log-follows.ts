import "server-only";
import { streamContainerLogs } from "@/lib/server/engine/logs";
import type { Engine } from "@/lib/server/engine/engine";
import type { LogLine } from "@/lib/shared/types/logs";

// Every live view of one container's logs reads one engine stream (follow, tail 0), as the stats channel does with
// stats. dockerd reads and decodes the json-file log once per follower: with each view its own stream, a flood gave
// every Berth view less than `docker logs -f` got beside it (0.75×), because dockerd split its time between them. A
// view's history (its tail, or since a time) is its own short stream; logs-channel.ts stitches the two together.

export interface FollowListener {
  lines(lines: readonly LogLine[]): void;
  /** The engine ended the stream: the container stopped (no error) or the stream failed. */
  end(error?: unknown): void;
}

interface Follow {
  listeners: Set<FollowListener>;
  abort: AbortController;
  /** Settles once the engine stream is open: lines the container writes after that reach every listener. */
  ready: Promise<void>;
}

export class LogFollows {
  private readonly follows = new Map<string, Follow>();

  constructor(private readonly engine: Engine) {}

  /**
   * Joins the container's shared follow, opening it for the first listener. Resolves once the engine stream is open,
   * with the way to leave it (the last one to leave closes it); rejects with the engine's error, having left.
   */
  async join(containerId: string, listener: FollowListener): Promise<() => void> {
    const follow = this.follows.get(containerId) ?? this.open(containerId);
    follow.listeners.add(listener);
    const leave = () => {
      if (follow.listeners.delete(listener) && follow.listeners.size === 0) this.close(containerId, follow);
    };
    try {
      await follow.ready;
    } catch (err) {
      leave();
      throw err;
    }
    return leave;
  }

  private open(containerId: string): Follow {
    const abort = new AbortController();
    const follow: Follow = { listeners: new Set(), abort, ready: Promise.resolve() };
    const fanOut = (lines: LogLine[]) => {
      for (const listener of follow.listeners) listener.lines(lines);
    };
    follow.ready = streamContainerLogs(this.engine, containerId, { follow: true, tail: 0, timestamps: true, signal: abort.signal }, fanOut).then(
      (source) => {
        source.done.then(
          () => this.ended(containerId, follow),
          (err: unknown) => this.ended(containerId, follow, err),
        );
      },
      (err: unknown) => {
        this.forget(containerId, follow);
        throw err;
      },
    );
    // Everyone may have left before the engine answered: then nobody awaits `ready`, and its refusal is no news.
    follow.ready.catch(() => {});
    this.follows.set(containerId, follow);
    return follow;
  }

  private ended(containerId: string, follow: Follow, error?: unknown) {
    this.forget(containerId, follow);
    const listeners = [...follow.listeners];
    follow.listeners.clear();
    for (const listener of listeners) listener.end(error);
  }

  private close(containerId: string, follow: Follow) {
    this.forget(containerId, follow);
    follow.abort.abort();
  }

  /** Later joins open a stream of their own (this one ended, failed or was closed). */
  private forget(containerId: string, follow: Follow) {
    if (this.follows.get(containerId) === follow) this.follows.delete(containerId);
  }
}

const byEngine = new WeakMap<Engine, LogFollows>();

/** The engine's shared log follows, one set per engine. */
export function logFollowsOf(engine: Engine): LogFollows {
  let follows = byEngine.get(engine);
  if (!follows) byEngine.set(engine, (follows = new LogFollows(engine)));
  return follows;
}
