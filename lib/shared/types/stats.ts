// Live resource usage and processes of a container, as Berth sends them to browsers. Types only:
// client components import these, never the engine's raw stats JSON.

/** One `docker stats` line, computed the way the docker CLI computes it. Sizes in bytes. */
export interface StatsSample {
  /** ISO time the engine read the counters. */
  read: string;
  /** Percent of one CPU: 200 means two full cores, like `docker stats`. */
  cpuPercent: number;
  /** Memory in use minus the inactive page cache (what `docker stats` shows as MEM USAGE). */
  memUsage: number;
  memLimit: number;
  memPercent: number;
  /** Totals since the container started, summed over its interfaces. */
  netRx: number;
  netTx: number;
  /** Totals since the container started, summed over its block devices. */
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/** `docker top`: the ps column titles and one row of strings per process. */
export interface ProcessList {
  titles: string[];
  processes: string[][];
}

/** One container's reading, as the stats channel sends it. */
export interface StatsReading {
  id: string;
  sample: StatsSample;
}

/** Socket events of the stats channel, server → browser. */
export interface StatsServerEvents {
  /** The readings of one tick (500 ms) for the containers this socket watches, one per container. */
  "stats:samples": (payload: { samples: StatsReading[] }) => void;
  /** The container is not running (or went away): no samples until it runs again. */
  "stats:end": (payload: { id: string; reason: string }) => void;
  /** A watch or unwatch sent without an ack was refused (bad payload, unknown container, a limit). */
  "stats:error": (payload: { ref?: string; code: string; message: string }) => void;
}

/**
 * Socket events of the stats channel, browser → server. `container` is an id, id prefix or name; samples
 * come back under the full id, so a browser that watches by name learns the id from the first sample.
 */
export interface StatsClientEvents {
  "stats:watch": (payload: { container: string }) => void;
  "stats:unwatch": (payload: { container: string }) => void;
}
