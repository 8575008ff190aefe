#!/usr/bin/env node
// Refuses to go on unless DOCKER_HOST is the sandbox engine started by
// scripts/sandbox.sh. Berth's e2e tests create, stop and delete real containers
// and images, so they call this first: a mistake in the environment must fail
// loudly instead of reaching an engine that matters.
//
//   node scripts/assert-sandbox.mjs              exit 1 with a reason, or 0
//   import { assertSandbox } from '../scripts/assert-sandbox.mjs'
//
// No dependencies on purpose: it has to work before `npm ci` and from any test runner.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SYSTEM_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];
const INFO_TIMEOUT_MS = 5000;

export class SandboxAssertionError extends Error {
  constructor(message) {
    super(`[assert-sandbox] refusing: ${message}`);
    this.name = 'SandboxAssertionError';
  }
}

const fail = (message) => {
  throw new SandboxAssertionError(message);
};

function realpathOrSelf(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function sameFile(a, b) {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function getInfo(socketPath) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { socketPath, path: '/info', headers: { Host: 'docker' }, timeout: INFO_TIMEOUT_MS },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`GET /info answered HTTP ${res.statusCode}: ${body.slice(0, 200)}`));
            return;
          }
          try {
            resolve(JSON.parse(body));
          } catch (err) {
            reject(new Error(`GET /info returned invalid JSON: ${err.message}`));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${INFO_TIMEOUT_MS} ms`)));
    req.on('error', reject);
  });
}

/**
 * Resolves with { socketPath, sandboxDir, token, info } when DOCKER_HOST is the
 * sandbox engine; rejects with a SandboxAssertionError saying why otherwise.
 */
export async function assertSandbox(env = process.env) {
  const dockerHost = env.DOCKER_HOST;
  const dir = env.BERTH_SANDBOX_DIR;
  const token = env.BERTH_SANDBOX_TOKEN;

  if (!dir) fail('BERTH_SANDBOX_DIR is not set (run the tests through `bash scripts/sandbox.sh run -- ...`)');
  if (!token) fail('BERTH_SANDBOX_TOKEN is not set (run the tests through `bash scripts/sandbox.sh run -- ...`)');
  if (!dockerHost) fail('DOCKER_HOST is not set; the default would be the system engine');
  if (!dockerHost.startsWith('unix://')) fail(`DOCKER_HOST=${dockerHost} is not a unix socket`);

  const socketPath = dockerHost.slice('unix://'.length);
  if (!path.isAbsolute(socketPath)) fail(`DOCKER_HOST=${dockerHost} is not an absolute socket path`);

  const realSocket = realpathOrSelf(socketPath);
  for (const system of SYSTEM_SOCKETS) {
    if (realSocket === system || sameFile(realSocket, system)) {
      fail(`DOCKER_HOST=${dockerHost} is the system engine socket ${system}`);
    }
  }

  const realDir = realpathOrSelf(dir);
  if (!realSocket.startsWith(realDir + path.sep)) {
    fail(`DOCKER_HOST=${dockerHost} is not under BERTH_SANDBOX_DIR=${dir}`);
  }
  if (!fs.existsSync(realSocket)) fail(`the sandbox socket ${socketPath} does not exist (engine not running?)`);

  let info;
  try {
    info = await getInfo(realSocket);
  } catch (err) {
    fail(`cannot read /info from ${socketPath}: ${err.message}`);
  }
  const labels = Array.isArray(info.Labels) ? info.Labels : [];
  if (!labels.includes(`berth.sandbox=${token}`)) {
    fail(
      `the engine at ${socketPath} does not carry label berth.sandbox=${token} ` +
        `(its labels: ${labels.length ? labels.join(', ') : 'none'})`,
    );
  }
  return { socketPath: realSocket, sandboxDir: realDir, token, info };
}

function runDirectly() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runDirectly()) {
  assertSandbox().then(
    ({ socketPath, info }) => {
      console.log(
        `[assert-sandbox] ok: ${socketPath} is the sandbox engine ` +
          `(Docker ${info.ServerVersion}, storage driver ${info.Driver})`,
      );
    },
    (err) => {
      console.error(err instanceof SandboxAssertionError ? err.message : `[assert-sandbox] ${err.stack || err}`);
      process.exit(1);
    },
  );
}
