import { describe, expect, it } from "vitest";
import { blockIo, cpuPercent, isEmptySample, memoryUsage, toStatsSample, type RawStats } from "./stats-mapper";

// Trimmed from a real Docker 20.10 sample on a cgroup v1 host (a busy-looping busybox `sh`).
const CGROUP_V1: RawStats = {
  read: "2026-11-30T05:17:21.155056413Z",
  pids_stats: { current: 1 },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: "Read", value: 4096 },
      { op: "Write", value: 8192 },
      { op: "Sync", value: 12288 },
      { op: "Async", value: 0 },
      { op: "Discard", value: 0 },
      { op: "Total", value: 12288 },
      { op: "Read", value: 1000 },
    ],
  },
  num_procs: 0,
  cpu_stats: {
    cpu_usage: { total_usage: 2377588281, percpu_usage: [1392196899, 985391382] },
    system_cpu_usage: 4894050000000,
    online_cpus: 2,
  },
  precpu_stats: {
    cpu_usage: { total_usage: 1701830537, percpu_usage: [1392196899, 309633638] },
    system_cpu_usage: 4892040000000,
    online_cpus: 2,
  },
  memory_stats: {
    usage: 4620288,
    stats: { cache: 4157440, inactive_file: 4100000, total_inactive_file: 4157440, rss: 57344, total_rss: 57344 },
    limit: 25276514304,
  },
  networks: {
    eth0: { rx_bytes: 736, tx_bytes: 0 },
    eth1: { rx_bytes: 100, tx_bytes: 50 },
  },
};

// The shape Docker 20.10+ sends on a cgroup v2 host: no percpu_usage, no total_* memory keys,
// lower-case blkio ops.
const CGROUP_V2: RawStats = {
  read: "2026-11-30T05:20:00.000000000Z",
  pids_stats: { current: 7 },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: "read", value: 1048576 },
      { op: "write", value: 2097152 },
      { op: "read", value: 4096 },
    ],
  },
  cpu_stats: {
    cpu_usage: { total_usage: 5_500_000_000 },
    system_cpu_usage: 100_000_000_000,
    online_cpus: 4,
  },
  precpu_stats: {
    cpu_usage: { total_usage: 5_000_000_000 },
    system_cpu_usage: 96_000_000_000,
    online_cpus: 4,
  },
  memory_stats: {
    usage: 52_428_800,
    stats: { anon: 30_000_000, file: 20_000_000, inactive_file: 12_428_800, active_file: 7_571_200 },
    limit: 8_147_963_904,
  },
  networks: { eth0: { rx_bytes: 1_500, tx_bytes: 2_500 } },
};

describe("stats mapper (docker CLI formulas)", () => {
  it("computes CPU % from the deltas and the online CPUs", () => {
    // (675757744 / 2010000000) * 2 * 100
    expect(cpuPercent(CGROUP_V1)).toBeCloseTo(67.239, 2);
    // (500e6 / 4e9) * 4 * 100
    expect(cpuPercent(CGROUP_V2)).toBeCloseTo(50, 6);
  });

  it("falls back to the per-CPU list when online_cpus is missing", () => {
    const raw: RawStats = { ...CGROUP_V1, cpu_stats: { ...CGROUP_V1.cpu_stats, online_cpus: 0 } };
    expect(cpuPercent(raw)).toBeCloseTo(67.239, 2);
  });

  it("is 0 on the first sample (no previous reading) or when a delta is not positive", () => {
    expect(cpuPercent({ ...CGROUP_V1, precpu_stats: {} })).toBeGreaterThan(0); // system delta from 0: still valid
    expect(cpuPercent({ ...CGROUP_V1, precpu_stats: CGROUP_V1.cpu_stats })).toBe(0);
    expect(cpuPercent({})).toBe(0);
  });

  it("subtracts total_inactive_file on cgroup v1 and inactive_file on cgroup v2", () => {
    expect(memoryUsage(CGROUP_V1)).toBe(4620288 - 4157440);
    expect(memoryUsage(CGROUP_V2)).toBe(52_428_800 - 12_428_800);
  });

  it("keeps the raw usage when the cache figure is not below it", () => {
    expect(memoryUsage({ memory_stats: { usage: 100, stats: { total_inactive_file: 200, inactive_file: 300 } } })).toBe(100);
    // cgroup v1 key present but too large: the CLI then tries the v2 key.
    expect(memoryUsage({ memory_stats: { usage: 100, stats: { total_inactive_file: 200, inactive_file: 40 } } })).toBe(60);
    expect(memoryUsage({ memory_stats: { usage: 100 } })).toBe(100);
  });

  it("sums block I/O by op, whatever the case, ignoring other ops", () => {
    expect(blockIo(CGROUP_V1)).toEqual({ read: 5096, write: 8192 });
    expect(blockIo(CGROUP_V2)).toEqual({ read: 1052672, write: 2097152 });
    expect(blockIo({ blkio_stats: { io_service_bytes_recursive: null } })).toEqual({ read: 0, write: 0 });
  });

  it("maps a whole sample", () => {
    expect(toStatsSample(CGROUP_V2)).toEqual({
      read: "2026-11-30T05:20:00.000000000Z",
      cpuPercent: 50,
      memUsage: 40_000_000,
      memLimit: 8_147_963_904,
      memPercent: (40_000_000 / 8_147_963_904) * 100,
      netRx: 1_500,
      netTx: 2_500,
      blockRead: 1052672,
      blockWrite: 2097152,
      pids: 7,
    });
    const v1 = toStatsSample(CGROUP_V1);
    expect(v1.netRx).toBe(836);
    expect(v1.netTx).toBe(50);
    expect(v1.pids).toBe(1);
  });

  it("has no memory % without a limit", () => {
    expect(toStatsSample({ memory_stats: { usage: 10, limit: 0 } }).memPercent).toBe(0);
  });

  it("recognises the zeroed sample the engine streams for a stopped container", () => {
    expect(isEmptySample({ read: "0001-01-01T00:00:00Z", pids_stats: {} })).toBe(true);
    expect(isEmptySample(CGROUP_V1)).toBe(false);
  });
});

describe("docker stats formatting", async () => {
  const { formatPercent } = await import("@/components/containers/stats/format-stats");
  it("prints percentages with two decimals", () => {
    expect(formatPercent(0.5249)).toBe("0.52%");
    expect(formatPercent(75.7)).toBe("75.70%");
  });
});
