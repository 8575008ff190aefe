import { ApiError, answerError, unreachable } from "./api-error";

export { ApiError } from "./api-error";

/** fetch + JSON, throwing ApiError (status 0 when the server could not be reached at all). */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      // Live data: the browser cache must never answer for the engine.
      cache: "no-store",
      ...init,
      headers: { Accept: "application/json", ...init?.headers },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw unreachable();
  }

  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy's HTML error page or a truncated body: report the status, not a parse error.
      if (!res.ok) throw answerError(res.status, undefined);
      throw ApiError.fromAnswer(res.status, "invalid_json", "The server sent a response that is not JSON");
    }
  }
  if (!res.ok) throw answerError(res.status, body);
  return body as T;
}

/** A JSON POST through fetchJson: every state-changing call sends a JSON body (`{}` when it has nothing to say). */
export function postJson<T>(url: string, body: unknown = {}, init?: RequestInit): Promise<T> {
  return fetchJson<T>(url, {
    ...init,
    method: "POST",
    headers: { "Content-Type": "application/json", ...init?.headers },
    body: JSON.stringify(body),
  });
}
