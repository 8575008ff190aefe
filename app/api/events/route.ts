import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { readEventsHistory } from "@/lib/server/engine/events-history";
import { eventsHistoryQuery, MAX_HISTORY_ROWS } from "@/lib/shared/schemas/events";

/** Engine events between since and until (a finite request: the engine closes it at until), oldest first. */
export const GET = apiRoute(async (req, { engine }) => {
  const query = parseQuery(req, eventsHistoryQuery);
  const { events, truncated, horizon } = await readEventsHistory(engine, query, MAX_HISTORY_ROWS, req.signal);
  return { events, truncated, horizon, since: query.since, until: query.until };
});
