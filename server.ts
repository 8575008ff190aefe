import "./lib/server/allow-server-only";
import { createServer } from "node:http";
import next from "next";
import { appRoot } from "./lib/server/app-root";
import { readConfig, startRefusal } from "./lib/server/config";
import { startUpNotice } from "./lib/server/auth/start-up";
import { openRegistryStore } from "./lib/server/registries/store";
import { recordListenPort } from "./lib/server/listen-port";
import { getEngine } from "./lib/server/engine/engines";
import { attachLive } from "./lib/server/live/socket-server";
import type { EngineHealth } from "./lib/shared/types/engine";
import { gateServer } from "./lib/server/security/http-gate";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "./lib/server/security/headers";

async function main() {
  const config = readConfig();
  // Before anything listens: a non-loopback bind without accounts, or BERTH_AUTH=off off loopback, is refused.
  const refusal = startRefusal(config);
  if (refusal) {
    console.error(`[berth] ${refusal}`);
    process.exit(2);
  }
  const app = next({ dev: false, dir: appRoot(__dirname), hostname: config.host, port: config.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce);
    req.headers["content-security-policy"] = csp;
    res.setHeader("Content-Security-Policy", csp);
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.setHeader(name, value);
    void handle(req, res);
  });

  // Helper containers left by a Berth that crashed are removed before anyone can open a browse session.
  const engine = getEngine();
  await Promise.race([engine.volumeBrowse.sweepAtStart(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);

  const live = attachLive(server, config);
  // Last, so it sits in front of Next and socket.io both: DNS rebinding and cross-site requests are refused
  // before either sees them (the route wrapper and the socket.io handshake check again).
  gateServer(server, config);
  engine.health.on("change", (h: EngineHealth) =>
    console.log(h.reachable ? `[berth] engine reachable: Docker ${h.version} at ${h.endpoint}` : `[berth] engine not reachable at ${h.endpoint}: ${h.message}`),
  );

  try {
    openRegistryStore();
  } catch (err) {
    // A legacy file that cannot be imported is left in place and named (never its content); Berth still starts.
    console.warn(`[berth] ${(err as Error).message}`);
  }

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    recordListenPort(port);
    const shownHost = config.host.includes(":") ? `[${config.host}]` : config.host;
    console.log(`[berth] dashboard on http://${shownHost}:${port}`);
    console.log(`[berth] Docker engine: ${config.dockerEndpoint}`);
    for (const line of startUpNotice(config, port)) console.log(`[berth] ${line}`);
  });

  const shutdown = () => {
    live.close();
    setTimeout(() => process.exit(0), 3000).unref();
    // Browse sessions end with Berth: their helpers go first (what a kill -9 leaves, the next start removes).
    void engine.volumeBrowse
      .closeAll()
      .catch(() => undefined)
      .finally(() => server.close(() => process.exit(0)));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((err) => {
  console.error("[berth] failed to start:", err);
  process.exit(1);
});
