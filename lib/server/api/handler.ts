import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type ZodType } from "zod";
import { readConfig } from "@/lib/server/config";
import type { Engine } from "@/lib/server/engine/engine";
import { getEngine } from "@/lib/server/engine/engines";
import { logRefusal } from "@/lib/server/security/refusal-log";
import { checkRequest } from "@/lib/server/security/request-policy";
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
    const refusal = checkRequest({ method: req.method, url: req.nextUrl.pathname, headers: req.headers }, config, { sameOriginOnly: true });
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
    try {
      const result = await handler(req, { params: await ctx.params, engine: getEngine(), principal: access });
      response = result instanceof Response ? result : json(200, result);
    } catch (err) {
      response = toErrorResponse(req, err);
    }
    auditMutation(req, access, response.status);
    return response;
  };
}

/** Query parameters as a plain object, validated by `schema` (unknown keys are the schema's call). */
export function parseQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  return schema.parse(Object.fromEntries(req.nextUrl.searchParams));
}

/** The request's JSON body; a missing or malformed body is a 400, not a 500. */
export async function readJsonBody(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", "The request body is not valid JSON");
  }
}
