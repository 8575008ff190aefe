import { WebSocket } from "ws";
import { sleep } from "./wait";

// The server's memory after a full garbage collection, read through Node's inspector. A test that bounds memory growth
// must not count garbage V8 simply has not collected yet: SIGUSR1 opens the inspector of the running server (on
// loopback, inside the sandbox's namespace), HeapProfiler.collectGarbage runs a full GC, then process.memoryUsage()
// and the RSS are read. The inspector is left open; only the test run's server is ever signalled.

export interface MemoryFigures {
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
}

const INSPECTOR_PORT = 9229;
const MiB = 1024 * 1024;

async function inspectorUrl(pid: number): Promise<string> {
  process.kill(pid, "SIGUSR1");
  for (let i = 0; i < 100; i++) {
    const list = await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`).then((r) => r.json() as Promise<{ webSocketDebuggerUrl: string }[]>).catch(() => null);
    if (list?.[0]) return list[0].webSocketDebuggerUrl;
    await sleep(100);
  }
  throw new Error(`the server (pid ${pid}) opened no inspector on 127.0.0.1:${INSPECTOR_PORT}`);
}

export async function memoryAfterGc(pid: number): Promise<MemoryFigures> {
  const ws = new WebSocket(await inspectorUrl(pid));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  let nextId = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<any>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (data: Buffer) => {
        const msg = JSON.parse(String(data));
        if (msg.id !== id) return;
        ws.off("message", onMessage);
        if (msg.error) reject(new Error(msg.error.message));
        else resolve(msg.result);
      };
      ws.on("message", onMessage);
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    // One inspector port for every server: if another server already holds it, it answers instead of `pid`'s.
    const { result: who } = await call("Runtime.evaluate", { expression: "process.pid", returnByValue: true });
    if (who.value !== pid) throw new Error(`the inspector on 127.0.0.1:${INSPECTOR_PORT} is pid ${who.value}'s, not ${pid}'s`);
    // Twice: the first collection can free what only a second one (after weak callbacks ran) reclaims.
    await call("HeapProfiler.collectGarbage");
    await call("HeapProfiler.collectGarbage");
    const { result } = await call("Runtime.evaluate", { expression: "JSON.stringify(process.memoryUsage())", returnByValue: true });
    const m = JSON.parse(result.value) as NodeJS.MemoryUsage;
    return { rssMiB: m.rss / MiB, heapUsedMiB: m.heapUsed / MiB, externalMiB: m.external / MiB, arrayBuffersMiB: m.arrayBuffers / MiB };
  } finally {
    ws.close();
  }
}

export const describeMemory = (m: MemoryFigures) =>
  `RSS ${m.rssMiB.toFixed(0)}, heap ${m.heapUsedMiB.toFixed(0)}, external ${m.externalMiB.toFixed(0)} (array buffers ${m.arrayBuffersMiB.toFixed(0)}) MiB`;
