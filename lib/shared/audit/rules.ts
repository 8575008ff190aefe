import { exposesEngineSocket, isEngineSocketDestination, isEngineSocketPath, isSensitiveHostPath } from "./paths";
import type { AuditSubject, CheckId, Finding, HostMount, Severity } from "./types";

// One pure function per check: subject in, a finding or nothing out. Texts say why it matters and how to fix,
// because a list of red flags without a way out only teaches users to ignore it.

export type Rule = (s: AuditSubject) => Finding | undefined;

function finding(id: CheckId, severity: Severity, title: string, why: string, fix: string, evidence: string[] = []): Finding {
  return { id, severity, title, why, fix, evidence };
}

export const privileged: Rule = (s) =>
  s.privileged
    ? finding(
        "privileged",
        "high",
        "Runs privileged",
        "A privileged container has every capability, all host devices and no seccomp or AppArmor profile: a process inside it can take over the host.",
        "Recreate it without --privileged; add only the capabilities (--cap-add) or devices (--device) it really needs.",
      )
    : undefined;

export const hostNetwork: Rule = (s) =>
  s.networkMode === "host"
    ? finding(
        "host-network",
        "high",
        "Uses the host's network",
        "With --network host the container shares the host's interfaces: every port it opens is open on the host, it can reach services bound to 127.0.0.1 and sniff host traffic.",
        "Recreate it on a bridge network and publish only the ports it needs (-p 127.0.0.1:8080:80), or use Isolate.",
      )
    : undefined;

export const hostPid: Rule = (s) =>
  s.pidMode === "host"
    ? finding(
        "host-pid",
        "high",
        "Shares the host's process namespace",
        "With --pid host the container sees and can signal every process on the host, and read their environments and memory maps.",
        "Recreate it without --pid host.",
      )
    : undefined;

export const hostIpc: Rule = (s) =>
  s.ipcMode === "host"
    ? finding(
        "host-ipc",
        "medium",
        "Shares the host's IPC namespace",
        "With --ipc host the container can read and write the host's shared memory segments and semaphores.",
        "Recreate it without --ipc host (use --ipc shareable between the containers that need it).",
      )
    : undefined;

function describeMount(m: HostMount): string {
  return `${m.source} → ${m.destination}${m.readOnly ? " (read-only)" : ""} [${m.origin}]`;
}

/** Bind mounts only: a volume's "source" is its name, not a host path. */
function hostBinds(s: AuditSubject): HostMount[] {
  return s.mounts.filter((m) => m.type === "bind" && m.source.startsWith("/"));
}

function uniqueEvidence(mounts: HostMount[]): string[] {
  return [...new Set(mounts.map(describeMount))];
}

export const dockerSocket: Rule = (s) => {
  // Source OR destination: a socket bound from an unusual host path is still the engine when the container
  // expects it at /var/run/docker.sock, and /run mounted anywhere still carries docker.sock.
  const hits = hostBinds(s).filter((m) => exposesEngineSocket(m.source) || isEngineSocketDestination(m.destination));
  return hits.length
    ? finding(
        "docker-socket",
        "high",
        "Docker socket mounted",
        "Whoever can talk to the Docker socket is root on the host: the container can start a privileged container that mounts /. Read-only does not help, the API is still fully usable.",
        "Remove the mount. If the container really needs the API, put a filtering proxy (e.g. one that allows only GET /containers) in front of it and mount that instead.",
        uniqueEvidence(hits),
      )
    : undefined;
};

export const sensitiveMount: Rule = (s) => {
  // The socket itself is reported by dockerSocket; here the host's configuration, processes, devices, boot chain.
  const hits = hostBinds(s).filter((m) => isSensitiveHostPath(m.source) && !isEngineSocketPath(m.source));
  if (!hits.length) return undefined;
  const writable = hits.some((m) => !m.readOnly);
  return finding(
    "sensitive-mount",
    writable ? "high" : "medium",
    "Sensitive host path mounted",
    "Host paths like /, /etc, /proc, /sys, /dev, /root or /boot let the container read the host's secrets and, when writable, change how the host boots, logs in or runs.",
    "Mount only the specific files the container needs, read-only (:ro), or use a named volume instead.",
    uniqueEvidence(hits),
  );
};

const ALL_INTERFACES = new Set(["", "0.0.0.0", "::", "[::]"]);

export const publicPort: Rule = (s) => {
  const open = s.ports.filter((p) => ALL_INTERFACES.has(p.hostIp) && p.hostPort);
  const evidence = [...new Set(open.map((p) => `${p.hostIp || "0.0.0.0"}:${p.hostPort} → ${p.containerPort}`))];
  if (s.publishAll) evidence.push("-P: every exposed port on all interfaces");
  return evidence.length
    ? finding(
        "public-port",
        "medium",
        "Port published on all interfaces",
        "A port published on 0.0.0.0 or :: is reachable from every network the host is on, and Docker's iptables rules bypass host firewalls such as ufw.",
        "Publish on loopback (-p 127.0.0.1:8080:80) and put a reverse proxy in front, or bind to the one interface that should reach it.",
        evidence,
      )
    : undefined;
};

/** "nginx", "nginx:latest", "host:5000/app:latest" → true; "nginx:1.27", "app@sha256:…" → false. */
export function isUnpinnedReference(ref: string): boolean {
  if (!ref) return true;
  if (ref.includes("@sha256:")) return false;
  // An image id (or its prefix) pins nothing the user can read or reproduce.
  if (/^(sha256:)?[0-9a-f]{12,64}$/.test(ref)) return true;
  const lastSegment = ref.slice(ref.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  return colon < 0 || lastSegment.slice(colon + 1) === "latest";
}

export const unpinnedImage: Rule = (s) =>
  isUnpinnedReference(s.image)
    ? finding(
        "unpinned-image",
        "low",
        "Image not pinned to a version",
        "`:latest`, no tag, or a bare image id says nothing about what runs: the next pull or recreate can silently bring different code, and you cannot tell which version has a known vulnerability.",
        "Use an explicit version tag (nginx:1.27.3) or a digest (nginx@sha256:…).",
        [s.image || "(none)"],
      )
    : undefined;

/** User "" (the image default, usually root), "0", "root", "0:0", "root:wheel". */
export function isRootUser(user: string): boolean {
  const name = user.split(":")[0]!.trim();
  return name === "" || name === "0" || name === "root";
}

export const rootUser: Rule = (s) =>
  isRootUser(s.user)
    ? finding(
        "root-user",
        "medium",
        "Runs as root",
        "Root inside the container is root on the host's kernel: one container escape or a writable host mount turns into full host access.",
        "Run as an unprivileged user (--user 1000:1000, or USER in the Dockerfile).",
        [s.user ? `User=${s.user}` : "no User set (the image's default: root)"],
      )
    : undefined;

// Capabilities that on their own give host-level power.
const DANGEROUS_CAPS = new Set(["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "SYS_RAWIO"]);

export const addedCapabilities: Rule = (s) => {
  const caps = s.capAdd.map((c) => c.toUpperCase().replace(/^CAP_/, ""));
  if (!caps.length) return undefined;
  return finding(
    "added-capabilities",
    caps.some((c) => DANGEROUS_CAPS.has(c)) ? "high" : "medium",
    "Extra Linux capabilities added",
    "Each added capability widens what root in the container may do to the kernel; SYS_ADMIN and ALL are close to --privileged, NET_ADMIN can rewrite the host's routing and firewall.",
    "Drop the --cap-add flags the container does not need; prefer --cap-drop ALL plus the one capability it needs.",
    caps,
  );
};

export const noMemoryLimit: Rule = (s) =>
  s.memory > 0
    ? undefined
    : finding(
        "no-memory-limit",
        "low",
        "No memory limit",
        "Without a limit one leaking or attacked container can use all the host's memory and get other containers, or dockerd itself, killed by the OOM killer.",
        "Set a limit (--memory 512m) in Settings → limits; no recreate needed.",
      );

export const noRestartPolicy: Rule = (s) =>
  s.restartPolicy && s.restartPolicy !== "no"
    ? undefined
    : finding(
        "no-restart-policy",
        "low",
        "No restart policy",
        "A service that crashes, or is killed for using too much memory, stays down until someone notices.",
        "Set a restart policy (unless-stopped or on-failure) in Settings; no recreate needed.",
      );

/** PASSWORD, DB_PASS, API_TOKEN, SECRET_KEY, AWS_SECRET_ACCESS_KEY, PRIVATE_KEY, … — names only, never values. */
export function isSecretName(name: string): boolean {
  return /(PASSW(OR)?D|(^|_)PASS($|_)|SECRET|TOKEN|(^|_)KEY($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)AUTH($|_))/i.test(name);
}

export const secretEnv: Rule = (s) => {
  const names = [...new Set(s.envNames.filter(isSecretName))];
  return names.length
    ? finding(
        "secret-env",
        "medium",
        "Secrets in environment variables",
        "Environment variables are readable by anyone who can inspect the container or read /proc, end up in logs and crash reports, and are inherited by every child process.",
        "Pass secrets as files (Docker secrets, or a read-only bind of a file with mode 0400) and point the app at the file (e.g. POSTGRES_PASSWORD_FILE).",
        names,
      )
    : undefined;
};

export const RULES: readonly Rule[] = [
  privileged,
  hostNetwork,
  hostPid,
  hostIpc,
  dockerSocket,
  sensitiveMount,
  publicPort,
  unpinnedImage,
  rootUser,
  addedCapabilities,
  noMemoryLimit,
  noRestartPolicy,
  secretEnv,
];
