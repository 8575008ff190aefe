#!/usr/bin/env node
// Runs Chromium in a network namespace of its own, for the e2e suite (playwright.config.ts: executablePath).
//
//   scripts/browser-netns.mjs [CHROMIUM ARGS...]      (BERTH_CHROMIUM overrides /usr/bin/chromium)
//
// Why: the sandbox engine adds and removes veths and bridge addresses in the namespace it shares with the test
// runner, and Chromium answers every such change by aborting requests in flight (net::ERR_NETWORK_CHANGED). In a
// namespace of its own the browser sees no churn at all, yet must still reach 127.0.0.1:<any port> of the sandbox
// (Berth, a container's published port, a test's own server) under the same origin. So:
//
//   sandbox namespace:  this process, a SOCKS5 server on a unix socket (a file, so it crosses namespaces) that
//                       connects to loopback ports here and nowhere else;
//   browser namespace:  `unshare -n`, lo up, a TCP listener on 127.0.0.1 that pipes each connection to that unix
//                       socket, and Chromium told to send everything, loopback included, through it as a SOCKS5
//                       proxy. Host and Origin headers are untouched: the tunnel only carries bytes.
//
// Playwright drives Chromium over fds 3 and 4 (--remote-debugging-pipe), which are passed straight through.
// Everything here lives in the process group Playwright kills; the inner half also stops Chromium when this half
// goes away. Without the rights to make a namespace it just runs Chromium as before.
import { spawn, spawnSync } from "node:child_process";
import { fstatSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CHROMIUM = process.env.BERTH_CHROMIUM || "/usr/bin/chromium";
const INNER_FLAG = "--berth-browser-netns-inner";
const SOCKS = { version: 5, noAuth: 0, connect: 1, ipv4: 1, domain: 3, ipv6: 4 };
const REPLY = { ok: 0, notAllowed: 2, hostUnreachable: 4, refused: 5, badCommand: 7 };

function warn(message) {
  process.stderr.write(`[browser-netns] ${message}\n`);
}

/** fds 0-4 as the browser should get them: Playwright's pipes on 3 and 4 when they are open. */
function passedFds(stdin) {
  const open = (fd) => {
    try {
      fstatSync(fd);
      return true;
    } catch {
      return false;
    }
  };
  return [stdin, "inherit", "inherit", ...[3, 4].filter(open)];
}

/** Ends this process the way the child ended, so Playwright sees Chromium's own exit. */
function exitLike(code, signal) {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
}

function forwardSignals(child) {
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => child.kill(sig));
}

function pipeBoth(a, b) {
  a.pipe(b);
  b.pipe(a);
  const end = () => {
    a.destroy();
    b.destroy();
  };
  a.on("error", end).on("close", end);
  b.on("error", end).on("close", end);
}

// ---------------------------------------------------------------------------------------------------------------
// sandbox side: a SOCKS5 server (no auth, CONNECT only) that reaches loopback and nothing else

/** The loopback host a SOCKS5 request names, or null for anything that would leave the machine. */
function loopbackHost(atyp, addr) {
  if (atyp === SOCKS.ipv4) return addr[0] === 127 ? addr.join(".") : null;
  if (atyp === SOCKS.ipv6) return addr.equals(Buffer.from([...Array(15).fill(0), 1])) ? "::1" : null;
  const name = addr.toString("latin1").toLowerCase();
  if (name === "localhost") return "127.0.0.1";
  if (/^127(\.\d{1,3}){3}$/.test(name)) return name;
  return name === "::1" || name === "[::1]" ? "::1" : null;
}

/** Parses as much of the handshake as `buf` holds: null until complete, else what to do. */
function parseRequest(buf) {
  if (buf.length < 2) return null;
  const greeting = 2 + buf[1];
  if (buf.length < greeting + 5) return null;
  const req = buf.subarray(greeting);
  const atyp = req[3];
  const addrLen = atyp === SOCKS.ipv4 ? 4 : atyp === SOCKS.ipv6 ? 16 : req[4] + 1;
  if (req.length < 4 + addrLen + 2) return null;
  const addr = atyp === SOCKS.domain ? req.subarray(5, 4 + addrLen) : req.subarray(4, 4 + addrLen);
  return {
    valid: req[0] === SOCKS.version && [SOCKS.ipv4, SOCKS.domain, SOCKS.ipv6].includes(atyp),
    command: req[1],
    host: loopbackHost(atyp, addr),
    port: req.readUInt16BE(4 + addrLen),
    rest: req.subarray(4 + addrLen + 2),
  };
}

function serveSocks(client) {
  let buf = Buffer.alloc(0);
  let greeted = false;
  // The bound address in a reply means nothing to Chromium: 0.0.0.0:0.
  const reply = (code, last = false) => {
    const bytes = Buffer.from([SOCKS.version, code, 0, SOCKS.ipv4, 0, 0, 0, 0, 0, 0]);
    if (last) client.end(bytes);
    else client.write(bytes);
  };
  const onData = (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    if (buf[0] !== SOCKS.version) return client.destroy();
    // Chromium waits for the method choice before it sends its request.
    if (!greeted && buf.length >= 2 && buf.length >= 2 + buf[1]) {
      greeted = true;
      client.write(Buffer.from([SOCKS.version, SOCKS.noAuth]));
    }
    const req = parseRequest(buf);
    if (!req) return;
    // Held until the upstream connects and pipe() resumes it, so no early byte is dropped.
    client.off("data", onData).pause();
    if (!req.valid) return client.destroy();
    if (req.command !== SOCKS.connect) return reply(REPLY.badCommand, true);
    if (!req.host) return reply(REPLY.notAllowed, true);
    const upstream = net.connect(req.port, req.host);
    const failed = (err) => reply(err.code === "ECONNREFUSED" ? REPLY.refused : REPLY.hostUnreachable, true);
    upstream.once("error", failed);
    upstream.once("connect", () => {
      upstream.off("error", failed);
      if (client.destroyed) return upstream.destroy();
      reply(REPLY.ok);
      if (req.rest.length) upstream.write(req.rest);
      pipeBoth(client, upstream);
    });
  };
  client.on("data", onData).on("error", () => client.destroy());
}

async function outer(args) {
  if (spawnSync("unshare", ["-n", "true"], { stdio: "ignore" }).status !== 0) {
    warn("cannot create a network namespace; running Chromium in this one");
    const child = spawn(CHROMIUM, args, { stdio: passedFds("inherit") });
    forwardSignals(child);
    child.on("exit", exitLike);
    return;
  }
  // Inside a sandbox run its state directory, which the harness removes even after a kill -9 of this group.
  const dir = mkdtempSync(path.join(process.env.BERTH_SANDBOX_DIR || tmpdir(), "berth-browser-"));
  const sock = path.join(dir, "loopback.sock");
  const server = net.createServer(serveSocks);
  await new Promise((resolve, reject) => server.once("error", reject).listen(sock, resolve));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.on("exit", cleanup);
  const self = fileURLToPath(import.meta.url);
  // stdin is a pipe only the inner half reads: it closes when this process dies, however it dies.
  const child = spawn("unshare", ["-n", "--", process.execPath, self, INNER_FLAG, sock, ...args], { stdio: passedFds("pipe") });
  forwardSignals(child);
  child.on("exit", (code, signal) => {
    server.close();
    cleanup();
    exitLike(code, signal);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// browser side, inside the new namespace

function ip(...args) {
  const r = spawnSync("ip", args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ip ${args.join(" ")}: ${(r.stderr || r.error?.message || "").trim()}`);
}

/**
 * Loopback for the proxy, plus one link with an address: with loopback alone Chromium reports itself offline
 * (navigator.onLine false, SWR stops retrying). Both ends of a veth pair, so it leads nowhere; a documentation
 * address (TEST-NET-1, /32) that nothing routes; no IPv6 link-local addresses, whose arrival a second later would
 * be exactly the kind of change this namespace exists to avoid. All of it is done before Chromium starts.
 */
function setUpNamespace() {
  ip("link", "set", "lo", "up");
  try {
    ip("link", "add", "berth0", "type", "veth", "peer", "name", "berth1");
    for (const dev of ["berth0", "berth1"]) ip("link", "set", dev, "addrgenmode", "none");
    ip("addr", "add", "192.0.2.1/32", "dev", "berth0");
    for (const dev of ["berth0", "berth1"]) ip("link", "set", dev, "up");
  } catch (err) {
    warn(`${err.message}; Chromium will think it is offline`);
  }
}

async function inner(sock, args) {
  // Whichever half outlives the other removes the socket's directory.
  process.on("exit", () => rmSync(path.dirname(sock), { recursive: true, force: true }));
  setUpNamespace();
  const proxy = net.createServer((conn) => pipeBoth(conn, net.connect(sock)));
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyArgs = [
    `--proxy-server=socks5://127.0.0.1:${proxy.address().port}`,
    // Chromium never proxies loopback unless told to; here loopback is exactly what must be proxied.
    "--proxy-bypass-list=<-loopback>",
  ];
  const child = spawn(CHROMIUM, [...proxyArgs, ...args], { stdio: passedFds("ignore") });
  forwardSignals(child);
  process.stdin.on("end", () => child.kill("SIGKILL")).resume();
  child.on("exit", exitLike);
}

const [first, ...rest] = process.argv.slice(2);
if (first === INNER_FLAG) await inner(rest[0], rest.slice(1));
else await outer(process.argv.slice(2));
