import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { streamContainerLogs } from "@/lib/server/engine/logs";
import { formatLogLine } from "@/lib/server/engine/log-lines";
import { containerRef } from "@/lib/shared/schemas/containers";
import { logsDownloadQuery } from "@/lib/shared/schemas/logs";

// The stream is as long as the log: never cached, never pre-rendered.
export const dynamic = "force-dynamic";

// Chunks the response may hold for a slow client before Berth stops reading from the engine.
const HIGH_WATER_CHUNKS = 16;

/** The log as a `.log` download, like `docker logs` (stdout and stderr both), streamed end to end. */
export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const query = parseQuery(req, logsDownloadQuery);
  const abort = new AbortController();
  // The browser cancelled the download or went away: close the engine stream with it.
  req.signal.addEventListener("abort", () => abort.abort(), { once: true });

  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const early: Uint8Array[] = [];
  const source = await streamContainerLogs(engine, 
    ref,
    { follow: false, tail: query.tail, since: query.since, until: query.until, timestamps: query.timestamps, signal: abort.signal },
    (lines) => {
      const chunk = encoder.encode(lines.map((l) => formatLogLine(l, query.timestamps)).join(""));
      if (!controller) return void early.push(chunk);
      controller.enqueue(chunk);
      if ((controller.desiredSize ?? 1) <= 0) source.pause();
    },
  );

  const body = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        for (const chunk of early.splice(0)) c.enqueue(chunk);
        // After a cancel the stream is already closed and these throw; nothing is left to tell.
        source.done.then(
          () => {
            try {
              c.close();
            } catch {}
          },
          (err: unknown) => {
            try {
              c.error(err);
            } catch {}
          },
        );
      },
      pull() {
        source.resume();
      },
      cancel() {
        abort.abort();
      },
    },
    { highWaterMark: HIGH_WATER_CHUNKS },
  );

  return downloadResponse({ body, filename: `${source.container.name}.log`, contentType: "text/plain; charset=utf-8" });
});
