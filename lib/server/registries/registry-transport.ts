import "server-only";
import { lookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";

// The one GET the registry client makes, over node:http(s) rather than fetch because only here can Berth see
// the address a host name resolved to before the socket connects: the check runs inside DNS lookup, so a name
// that resolves to loopback (or to Berth) is refused even if it resolved elsewhere a moment before. Redirects
// are never followed here; the client decides on each one (v2-client.ts).

export interface SendInit {
  headers: Record<string, string>;
  signal: AbortSignal;
  redirect: "manual";
  /** Why Berth must not connect to this resolved address, or undefined. */
  refuseAddress?: (address: string) => string | undefined;
}

/** Node's fetch fits (tests pass a fake); the default is `registryGet` below. */
export type Fetcher = (url: string, init: SendInit) => Promise<Response>;

export const REFUSED_ADDRESS = "ERR_BERTH_REFUSED_ADDRESS";
export const BODY_TOO_LARGE = "ERR_BERTH_BODY_TOO_LARGE";

/** A host name resolved to an address Berth does not connect to. */
export class RefusedAddress extends Error {
  readonly code = REFUSED_ADDRESS;
  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`refused ${address}: ${reason}`);
  }
}

/** A registry answer larger than this is no catalog or tag list: Berth stops reading rather than fill its memory. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export class BodyTooLarge extends Error {
  readonly code = BODY_TOO_LARGE;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function checkedLookup(refuse: SendInit["refuseAddress"]) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const why = refuse?.(a.address);
        if (why) return callback(new RefusedAddress(a.address, why), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

// A Response cannot carry a body with these statuses.
const NULL_BODY = new Set([204, 205, 304]);

export const registryGet: Fetcher = (url, init) =>
  new Promise<Response>((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === "https:" ? https : http;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };
    const req = client.request(
      target,
      // A fresh agent: a pooled socket would skip the lookup this request's rules run in.
      { method: "GET", headers: init.headers, agent: false, lookup: checkedLookup(init.refuseAddress) },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 599) return fail(new Error(`answered with HTTP status ${status}`));
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) return fail(new BodyTooLarge(`answered with more than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
          chunks.push(chunk);
        });
        res.on("error", fail);
        res.on("aborted", () => fail(new Error("the connection closed mid-answer")));
        res.on("end", () => {
          if (settled) return;
          settled = true;
          const headers = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    const onAbort = () => fail(init.signal.reason);
    if (init.signal.aborted) return onAbort();
    init.signal.addEventListener("abort", onAbort, { once: true });
    req.on("close", () => init.signal.removeEventListener("abort", onAbort));
    req.on("error", fail);
    req.end();
  });
