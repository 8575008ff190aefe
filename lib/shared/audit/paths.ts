// Host-path helpers for the mount rules. Pure string work (no node:path) so the rules run anywhere.

/** "/var//run/./docker.sock/" → "/var/run/docker.sock"; ".." pops. Non-absolute input is returned as is. */
export function normalizeHostPath(path: string): string {
  if (!path.startsWith("/")) return path;
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/** Is `ancestor` the path itself or one of its parent directories? */
export function isSameOrParent(ancestor: string, path: string): boolean {
  if (ancestor === "/") return true;
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

// Where engines put their API sockets; mounting any of them, or a directory holding one, hands over the engine.
const KNOWN_SOCKETS = [
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/var/run/containerd/containerd.sock",
  "/run/containerd/containerd.sock",
  "/var/run/docker/containerd/containerd.sock",
  "/run/docker/containerd/containerd.sock",
];

/** A docker or containerd API socket by its name: docker.sock, containerd.sock, …/docker/…/*.sock. */
export function isEngineSocketPath(path: string): boolean {
  const p = normalizeHostPath(path);
  if (!p.endsWith(".sock")) return false;
  const base = p.slice(p.lastIndexOf("/") + 1);
  return /docker|containerd/.test(base) || /\/(docker|containerd)\//.test(p);
}

/** The socket itself, or a directory that contains a well-known one (`/var/run`, `/run`, `/`). */
export function exposesEngineSocket(path: string): boolean {
  const p = normalizeHostPath(path);
  return isEngineSocketPath(p) || KNOWN_SOCKETS.some((s) => isSameOrParent(p, s));
}

/** The path a container expects its engine socket at: the destination gives a socket away too. */
export function isEngineSocketDestination(path: string): boolean {
  return KNOWN_SOCKETS.includes(normalizeHostPath(path));
}

// Mounting these (or, for the trees, anything inside them) gives the container the host's configuration,
// processes, devices or boot chain.
const SENSITIVE_EXACT = ["/", "/var/run", "/run", "/var/lib/docker", "/home", "/var", "/usr"];
const SENSITIVE_TREES = ["/etc", "/proc", "/sys", "/root", "/boot", "/dev", "/var/lib/docker"];

export function isSensitiveHostPath(path: string): boolean {
  const p = normalizeHostPath(path);
  return SENSITIVE_EXACT.includes(p) || SENSITIVE_TREES.some((t) => isSameOrParent(t, p));
}
