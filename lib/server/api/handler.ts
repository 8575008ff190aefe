import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type ZodType } from "zod";
import { readConfig } from "@/lib/server/config";
import type { Engine } from "@/lib/server/engine/engine";
import { getEngine } from "@/lib/server/engine/engines";
import { logRefusal } from "@/lib/server/security/refusal-log";
import { checkRequest } from "@/lib/server/security/request-policy";
import { PEER_ADDRESS_HEADER } from "@/lib/server/security/trusted-proxy";
import { describeIssues, issuesToFields } from "@/lib/shared/schemas/field-errors";
import { ApiError, errorBody } from "@/lib/shared/errors";
import { authorize } from "@/lib/server/auth/authorize";
import type { Principal } from "@/lib/shared/auth/roles";
import { auditMutation } from "@/lib/server/audit/audit-request";

type Params = Record<string, string | string[]>;
type Context<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (
  req: NextRequest,
  ctx: { params: P; engine: Engine; principal: Principal | null },
) => Promise<Response | object>;

const config = readConfig();

function json(status: number, body: unknown): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}


function toErrorResponse(req: NextRequest, err: unknown): NextResponse {
  if (err instanceof ZodError) return json(400, errorBody("invalid_request", describeIssues(err.issues), issuesToFields(err.issues)));
  if (err instanceof ApiError && err.code !== "internal") return json(err.status, errorBody(err.code, err.message, err.fields));
  // Berth's own bug: logged with what was thrown, answered without it.
  const cause = err instanceof ApiError && err.cause !== undefined ? err.cause : err;
  console.error(`[berth] internal error in ${req.method} ${req.nextUrl.pathname}:`, cause);
  return json(500, errorBody("internal", "Internal server error"));
}

/**
 * Every API route goes through here: the Host/Origin policy, same-origin only whatever the method (server.ts
 * applies it too; this keeps a route safe however it is reached, e.g. Next's image optimizer calling it
 * in-process with the original request's headers), who is asking and whether the access table lets their role
 * (lib/server/auth/authorize.ts), error mapping, and no caching.
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: Context<P>): Promise<Response> => {
    // The peer as server.ts's gate stamped it (Next's request has no socket): trusted proxies count here as there.
    const peer = req.headers.get(PEER_ADDRESS_HEADER) || undefined;
    const refusal = checkRequest({ method: req.method, url: req.nextUrl.pathname, headers: req.headers, peer }, config, { sameOriginOnly: true });
    if (refusal) {
      logRefusal(refusal);
      return json(refusal.status, errorBody(refusal.code, refusal.message));
    }
    const access = authorize(req.method, req.nextUrl.pathname, req.headers, config);
    if (access instanceof ApiError) {
      auditMutation(req, access.code === "unauthorized" ? null : undefined, access.status, access.code);
      return json(access.status, errorBody(access.code, access.message));
    }
    let response: Response;
    const engine = getEngine();
    try {
      const result = await handler(req, { params: await ctx.params, engine, principal: access });
      response = result instanceof Response ? result : json(200, result);
    } catch (err) {
      response = toErrorResponse(req, err);
    }
    // A mutation's effect on the containers is seen by the next list, whether its event has arrived yet or not.
    if (req.method !== "GET" && req.method !== "HEAD") engine.containers.invalidate();
    auditMutation(req, access, response.status);
    return response;
  };
}

/** Query parameters as a plain object, validated by `schema` (unknown keys are the schema's call). */
export function parseQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  return schema.parse(Object.fromEntries(req.nextUrl.searchParams));
}

/** Larger JSON bodies are refused unread: no JSON input of Berth's comes near it (uploads stream, see docs/api.md). */
export const JSON_BODY_LIMIT = 1024 * 1024;

function mediaType(req: NextRequest): string | undefined {
  return req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() || undefined;
}

/** The body's bytes, refused with a 413 once past `limit` (declared or counted): never buffered beyond it. */
async function readCapped(req: NextRequest, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError("too_large", `The request body is larger than ${limit / 1024} KiB, the limit for JSON input`);
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The request's JSON body: `{}` when there is none, else it must be sent as `application/json` (415 otherwise),
 * at most `limit` bytes (413) and well-formed (400). Keys like `__proto__` stay plain data: JSON.parse makes
 * them own properties and the zod schemas strip or refuse unknown keys.
 */
export async function readJsonBody(req: NextRequest, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const type = mediaType(req);
  if (type !== undefined && type !== "application/json") {
    throw new ApiError("unsupported_media_type", `Send the request body as JSON with Content-Type: application/json (got ${type.slice(0, 100)})`);
  }
  const bytes = await readCapped(req, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("invalid_request", "The request body is not UTF-8 text");
  }
  if (!text.trim()) return {};
  if (type === undefined) throw new ApiError("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", "The request body is not valid JSON");
  }
}
