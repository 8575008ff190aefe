"use client";

import { useEffect, useState } from "react";
import type { StatsSample } from "@/lib/shared/types/stats";
import { subscribeStats } from "@/lib/browser/live/stats-subscriptions";

/** Five minutes of readings at the engine's one per second. */
export const HISTORY_SECONDS = 300;

export interface StatsHistory {
  /** Unix seconds of each reading. */
  time: number[];
  cpu: number[];
  mem: number[];
  /** Bytes per second between consecutive readings. */
  rxRate: number[];
  txRate: number[];
}

export interface ContainerStats {
  latest?: StatsSample;
  history: StatsHistory;
  /** Why no readings come, when they do not (not running, removed, engine error). */
  stopped?: string;
}

const emptyHistory = (): StatsHistory => ({ time: [], cpu: [], mem: [], rxRate: [], txRate: [] });

function append(history: StatsHistory, previous: StatsSample | undefined, sample: StatsSample): StatsHistory {
  const t = Date.parse(sample.read) / 1000;
  const prevT = previous ? Date.parse(previous.read) / 1000 : NaN;
  const dt = t - prevT;
  const rate = (now: number, before: number | undefined) => (previous && dt > 0 && before !== undefined && now >= before ? (now - before) / dt : 0);
  const cut = (xs: number[], x: number) => [...xs.slice(-(HISTORY_SECONDS - 1)), x];
  return {
    time: cut(history.time, t),
    cpu: cut(history.cpu, sample.cpuPercent),
    mem: cut(history.mem, sample.memUsage),
    rxRate: cut(history.rxRate, rate(sample.netRx, previous?.netRx)),
    txRate: cut(history.txRate, rate(sample.netTx, previous?.netTx)),
  };
}

/** Live `docker stats` readings of one container (by full id) while `enabled`, with recent history. */
export function useContainerStats(id: string | undefined, enabled = true): ContainerStats {
  const [state, setState] = useState<ContainerStats>({ history: emptyHistory() });

  useEffect(() => {
    setState({ history: emptyHistory() });
    if (!id || !enabled) return;
    return subscribeStats(id, (update) => {
      setState((s) => {
        if (update.type === "sample") {
          if (s.latest && s.latest.read === update.sample.read) return s;
          return { latest: update.sample, history: append(s.history, s.latest, update.sample) };
        }
        return { ...s, latest: undefined, stopped: update.type === "end" ? update.reason : update.message };
      });
    });
  }, [id, enabled]);

  return state;
}
