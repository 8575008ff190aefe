// Pure: the engine's stats JSON → a `docker stats` line. Mirrors the docker CLI's
// cli/command/container/stats_helpers.go so Berth's numbers match what users compare them with.
import "server-only";
import type { StatsSample } from "@/lib/shared/types/stats";

interface RawCpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null };
  system_cpu_usage?: number;
  online_cpus?: number;
}

export interface RawStats {
  read?: string;
  cpu_stats?: RawCpuStats;
  precpu_stats?: RawCpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: { io_service_bytes_recursive?: { op?: string; value?: number }[] | null };
  pids_stats?: { current?: number };
  num_procs?: number;
}

/** The engine reports a stopped container as a sample with a zero time and no counters. */
export function isEmptySample(raw: RawStats): boolean {
  return !raw.read || raw.read.startsWith("0001-01-01");
}

export function cpuPercent(raw: RawStats): number {
  const cpu = raw.cpu_stats ?? {};
  const pre = raw.precpu_stats ?? {};
  const cpuDelta = (cpu.cpu_usage?.total_usage ?? 0) - (pre.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu.system_cpu_usage ?? 0) - (pre.system_cpu_usage ?? 0);
  const onlineCpus = cpu.online_cpus || cpu.cpu_usage?.percpu_usage?.length || 0;
  if (systemDelta > 0 && cpuDelta > 0) return (cpuDelta / systemDelta) * onlineCpus * 100;
  return 0;
}

/** Usage without the reclaimable page cache, as `docker stats` shows since Docker 19.03. */
export function memoryUsage(raw: RawStats): number {
  const mem = raw.memory_stats ?? {};
  const usage = mem.usage ?? 0;
  const stats = mem.stats ?? {};
  // cgroup v1 reports total_inactive_file; cgroup v2 only inactive_file.
  if ("total_inactive_file" in stats && stats.total_inactive_file! < usage) return usage - stats.total_inactive_file!;
  const inactive = stats.inactive_file ?? 0;
  if (inactive < usage) return usage - inactive;
  return usage;
}

export function blockIo(raw: RawStats): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const entry of raw.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op?.[0];
    if (op === "r" || op === "R") read += entry.value ?? 0;
    else if (op === "w" || op === "W") write += entry.value ?? 0;
  }
  return { read, write };
}

export function networkIo(raw: RawStats): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const net of Object.values(raw.networks ?? {})) {
    rx += net.rx_bytes ?? 0;
    tx += net.tx_bytes ?? 0;
  }
  return { rx, tx };
}

export function toStatsSample(raw: RawStats): StatsSample {
  const memUsage = memoryUsage(raw);
  const memLimit = raw.memory_stats?.limit ?? 0;
  const net = networkIo(raw);
  const block = blockIo(raw);
  return {
    read: raw.read ?? new Date(0).toISOString(),
    cpuPercent: cpuPercent(raw),
    memUsage,
    memLimit,
    memPercent: memLimit !== 0 ? (memUsage / memLimit) * 100 : 0,
    netRx: net.rx,
    netTx: net.tx,
    blockRead: block.read,
    blockWrite: block.write,
    // Windows engines count processes in num_procs instead.
    pids: raw.pids_stats?.current ?? raw.num_procs ?? 0,
  };
}
