import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { eventsHistory } from "@/lib/server/engine/events-history";
import { eventsHistoryQuery, EXPORT_MAX_ROWS } from "@/lib/shared/schemas/events";

/**
 * The same range as GET /api/events, streamed as JSON lines: one event per line as it comes from the engine,
 * so a long range never sits in memory. A closed download closes the engine stream.
 */
export const GET = apiRoute(async (req, { engine }) => {
  const query = parseQuery(req, eventsHistoryQuery);
  const events = eventsHistory(engine, query, EXPORT_MAX_ROWS, req.signal);
  const encoder = new TextEncoder();
  // The first read opens the engine stream: an engine error still becomes a JSON error, not a broken download.
  let pending: IteratorResult<unknown> | undefined = await events.next();
  // Pull-based: the next event is read from the engine only when the browser has taken the last one.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await events.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await events.return(undefined);
    },
  });
  const stamp = new Date(query.until).toISOString().replace(/[:.]/g, "-");
  return downloadResponse({ body, filename: `berth-events-${stamp}.jsonl`, contentType: "application/x-ndjson; charset=utf-8" });
});

// Without its own HEAD, Next would run GET: an engine events stream opened for nothing.
export const HEAD = apiRoute(async (_req, { engine }) => new Response(null, { status: 405, headers: { Allow: "GET" } }));
