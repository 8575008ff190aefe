// Pure pieces of the registry v2 protocol: where a registry lives, its auth challenge, its pagination.
import "server-only";

/** dockerd treats 127.0.0.0/8 (and localhost, ::1) as insecure registries and talks plain http to them. */
export function isLoopbackAddress(address: string): boolean {
  const host = address.startsWith("[") ? address.slice(1, address.indexOf("]")) : address.replace(/:\d+$/, "");
  return host.toLowerCase() === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function registryBaseUrl(address: string): string {
  return `${isLoopbackAddress(address) ? "http" : "https"}://${address}`;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** `Bearer realm="https://auth.example/token",service="registry",scope="registry:catalog:*"` → its parts. */
export function parseChallenge(header: string | null): Challenge | undefined {
  const match = header ? /^\s*([A-Za-z]+)\s*(.*)$/.exec(header) : null;
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pair = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = pair.exec(match[2]!); m; m = pair.exec(match[2]!)) {
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

/**
 * The next catalog page from `Link: </v2/_catalog?last=b&n=2>; rel="next"`, resolved against the registry's
 * base URL; the caller checks it stays on the registry's origin before reading its `last`.
 */
export function nextPageLink(link: string | null, base: string): URL | undefined {
  if (!link || !/rel="?next"?/.test(link)) return undefined;
  const target = /<([^>]+)>/.exec(link)?.[1];
  if (!target) return undefined;
  try {
    return new URL(target, base);
  } catch {
    return undefined;
  }
}
