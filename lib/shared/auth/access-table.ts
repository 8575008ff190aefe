import type { Access } from "./roles";

// THE table of who may call what: every API route (METHOD + the route file's pattern, as under app/api) and every
// socket.io event. The route wrapper and the socket middleware read it and nothing else; anything missing here is
// refused (tests/access-table.test.ts fails for a route file or socket event without an entry).
//   viewer   reads everything (env values masked); no mutation, no terminal, no file/log/export download
//   operator lifecycle verbs, logs and file downloads, terminal on existing containers, pull, create/recreate
//            within the mount/privilege policy (lib/shared/auth/create-policy.ts)
//   admin    everything: remove, privileged or host mounts, cleanup, builds, registries, users, the audit log

export const ROUTE_ACCESS: Record<string, Access> = {
  "GET /api/health": "viewer",
  "GET /api/audit": "admin",
  "GET /api/audit/export": "admin",
  "GET /api/cleanup": "viewer",
  "POST /api/cleanup": "admin",
  "GET /api/containers": "viewer",
  "POST /api/containers": "operator",
  // Bulk lifecycle (the list's checkboxes): removing through it needs admin, which the handler asks for (requireRole).
  "POST /api/containers/bulk": "operator",
  "POST /api/containers/bulk/preview": "operator",
  "GET /api/containers/[id]": "viewer",
  "PATCH /api/containers/[id]": "admin",
  "DELETE /api/containers/[id]": "admin",
  "POST /api/containers/[id]/[action]": "operator",
  "GET /api/containers/[id]/archive": "operator",
  "HEAD /api/containers/[id]/archive": "operator",
  "PUT /api/containers/[id]/archive": "admin",
  "GET /api/containers/[id]/audit": "viewer",
  "POST /api/containers/[id]/commit": "admin",
  "GET /api/containers/[id]/diff": "viewer",
  "GET /api/containers/[id]/export": "operator",
  "GET /api/containers/[id]/inspect": "viewer",
  "GET /api/containers/[id]/isolate": "viewer",
  "POST /api/containers/[id]/isolate": "admin",
  "GET /api/containers/[id]/logs": "operator",
  "GET /api/containers/[id]/recreate": "viewer",
  "POST /api/containers/[id]/recreate": "operator",
  "POST /api/containers/[id]/recreate/preview": "operator",
  "GET /api/containers/[id]/stats": "viewer",
  "GET /api/containers/[id]/top": "viewer",
  "GET /api/events": "viewer",
  "GET /api/events/export": "operator",
  "HEAD /api/events/export": "operator",
  "GET /api/images": "viewer",
  "GET /api/images/[id]": "viewer",
  "DELETE /api/images/[id]": "admin",
  "GET /api/images/[id]/history": "viewer",
  "POST /api/images/[id]/push": "admin",
  "GET /api/images/[id]/save": "operator",
  "POST /api/images/[id]/tag": "admin",
  "POST /api/images/build": "admin",
  "POST /api/images/import": "admin",
  "POST /api/images/load": "admin",
  "POST /api/images/pull": "operator",
  "GET /api/images/save": "operator",
  "GET /api/networks": "viewer",
  "POST /api/networks": "admin",
  "GET /api/networks/[id]": "viewer",
  "DELETE /api/networks/[id]": "admin",
  "POST /api/networks/[id]/connect": "admin",
  "POST /api/networks/[id]/disconnect": "admin",
  "GET /api/registries": "viewer",
  "POST /api/registries": "admin",
  "GET /api/registries/search": "viewer",
  "GET /api/registries/[id]": "viewer",
  "DELETE /api/registries/[id]": "admin",
  "GET /api/registries/[id]/catalog": "viewer",
  "GET /api/registries/[id]/tags": "viewer",
  "POST /api/registries/[id]/login": "admin",
  "POST /api/registries/[id]/logout": "admin",
  "GET /api/security": "viewer",
  "GET /api/stacks": "viewer",
  "POST /api/stacks": "admin",
  "GET /api/stacks/[name]": "viewer",
  // down with volumes deletes data: the handler asks for admin then (requireRole).
  "POST /api/stacks/[name]/[action]": "operator",
  "GET /api/stacks/[name]/down-preview": "viewer",
  // Compose files can hold secrets inline: read like logs, not like lists.
  "GET /api/stacks/[name]/files": "operator",
  "PUT /api/stacks/[name]/files": "admin",
  "POST /api/stacks/[name]/files/preview": "admin",
  "POST /api/stacks/[name]/services/[service]/[action]": "operator",
  "GET /api/system": "viewer",
  "GET /api/system/disk": "viewer",
  "GET /api/tasks": "viewer",
  "POST /api/tasks/[id]/cancel": "operator",
  // Accounts (team mode): admins only. `self`: any signed-in account, acting on its own API tokens only.
  "GET /api/session": "viewer",
  "GET /api/session/tokens": "viewer",
  "POST /api/session/tokens": "self",
  "DELETE /api/session/tokens/[token]": "self",
  "GET /api/users": "admin",
  "POST /api/users": "admin",
  "PATCH /api/users/[name]": "admin",
  "POST /api/users/[name]/password": "admin",
  "GET /api/users/[name]/sessions": "admin",
  "DELETE /api/users/[name]/sessions/[session]": "admin",
  "GET /api/users/[name]/tokens": "admin",
  "DELETE /api/users/[name]/tokens/[token]": "admin",
  "GET /api/volumes": "viewer",
  "POST /api/volumes": "admin",
  "GET /api/volumes/[name]": "viewer",
  "DELETE /api/volumes/[name]": "admin",
  "POST /api/volumes/[name]/browse": "operator",
  "DELETE /api/volumes/[name]/browse/[session]": "operator",
  "POST /api/volumes/[name]/browse/[session]/list": "operator",
  "GET /api/volumes/[name]/browse/[session]/download": "operator",
  "HEAD /api/volumes/[name]/browse/[session]/download": "operator",
};

/**
 * The pages server.ts's gate serves itself, before anyone has a session (lib/server/auth/request-gate.ts): public
 * by nature — they are how one gets a session — yet still behind the gate's Host check, and never under /api.
 */
export const SIGN_IN_ROUTES: Record<string, "public"> = {
  "GET /login": "public",
  "POST /login": "public",
  "GET /logout": "public",
  "POST /logout": "public",
  // Single sign-on (BERTH_OIDC_ISSUER set): off to the provider, and back from it (a cross-site GET by nature).
  "GET /login/oidc": "public",
  "GET /login/oidc/callback": "public",
};

/** Every socket.io event a client may send, by the name its channel registers (lib/server/live/*-channel.ts). */
export const SOCKET_EVENT_ACCESS: Record<string, Access> = {
  "logs:subscribe": "viewer",
  "logs:unsubscribe": "viewer",
  "stats:watch": "viewer",
  "stats:unwatch": "viewer",
  "disk:watch": "viewer",
  "disk:unwatch": "viewer",
  // The terminal: a shell in, or the main process of, a container — never a viewer's.
  "exec:open": "operator",
  "exec:input": "operator",
  "exec:resize": "operator",
  "exec:ack": "operator",
  "exec:close": "operator",
  // The audit log, live: admins only, like the log itself.
  "audit:watch": "admin",
  "audit:unwatch": "admin",
};

type Segment = { static: string } | { dynamic: true; catchAll: boolean };

function parsePattern(pattern: string): Segment[] {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((s) => {
      const m = /^\[{1,2}(\.\.\.)?[^\]]+\]{1,2}$/.exec(s);
      return m ? { dynamic: true as const, catchAll: Boolean(m[1]) } : { static: s };
    });
}

// The route files' patterns, each once (a file serves several methods).
const PATTERNS = [...new Set(Object.keys(ROUTE_ACCESS).map((key) => key.slice(key.indexOf(" ") + 1)))].map((pattern) => ({
  pattern,
  segments: parsePattern(pattern),
}));

/** How well `segments` match `path` (null: not at all); higher is more specific, as Next's router prefers static. */
function matchScore(segments: Segment[], path: string[]): number[] | null {
  const score: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if ("static" in seg) {
      if (path[i] !== seg.static) return null;
      score.push(2);
    } else if (seg.catchAll) {
      return path.length > i ? [...score, 0] : null;
    } else {
      if (path[i] === undefined) return null;
      score.push(1);
    }
  }
  return path.length === segments.length ? score : null;
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) > (b[i] ?? -1);
  }
  return false;
}

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname
      .split("/")
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * The table entry for a request: first the route file the path resolves to (static segments beat dynamic ones,
 * as in Next's router), then that file's entry for the method; HEAD without an entry of its own is a GET without a
 * body. Undefined: no entry, which callers refuse.
 */
export function routeAccess(method: string, pathname: string): { key: string; access: Access } | undefined {
  const path = segmentsOf(pathname);
  if (!path) return undefined;
  let best: { pattern: string; score: number[] } | undefined;
  for (const p of PATTERNS) {
    const score = matchScore(p.segments, path);
    if (score && (!best || better(score, best.score))) best = { pattern: p.pattern, score };
  }
  if (!best) return undefined;
  const upper = method.toUpperCase();
  for (const m of upper === "HEAD" ? ["HEAD", "GET"] : [upper]) {
    const key = `${m} ${best.pattern}`;
    if (Object.hasOwn(ROUTE_ACCESS, key)) return { key, access: ROUTE_ACCESS[key]! };
  }
  return undefined;
}

export function socketEventAccess(event: string): Access | undefined {
  return Object.hasOwn(SOCKET_EVENT_ACCESS, event) ? SOCKET_EVENT_ACCESS[event] : undefined;
}
