import type { LogBatch, LogLine } from "../types/logs";

// How a batch of log lines travels from Berth to a browser (`logs:batch`, docs/api.md). A flood is tens of thousands of
// lines a second per view: as an array of objects each line cost socket.io a walk over its keys (looking for
// binaries), JSON a `{"stream":"stdout","text":…,"ts":…}` of its own, and the browser an object to parse. Joined into
// two strings the same lines are two JSON strings, and the browser splits them once.

/** One message for `lines` (at least one). */
export function encodeLogBatch(subId: string, lines: readonly LogLine[]): LogBatch {
  const texts = new Array<string>(lines.length);
  const times = new Array<string>(lines.length);
  let stderr: number[] | undefined;
  let truncated: number[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    texts[i] = line.text;
    times[i] = line.ts ?? "";
    if (line.stream === "stderr") (stderr ??= []).push(i);
    if (line.truncated) (truncated ??= []).push(i);
  }
  const batch: LogBatch = { subId, text: texts.join("\n"), ts: times.join("\n") };
  if (stderr) batch.stderr = stderr;
  if (truncated) batch.truncated = truncated;
  return batch;
}

/** The lines of a batch, in order, as the server had them. */
export function decodeLogBatch(batch: LogBatch): LogLine[] {
  const texts = batch.text.split("\n");
  const times = batch.ts.split("\n");
  const lines = new Array<LogLine>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const line: LogLine = { stream: "stdout", text: texts[i]! };
    const ts = times[i];
    if (ts) line.ts = ts;
    lines[i] = line;
  }
  for (const i of batch.stderr ?? []) if (lines[i]) lines[i].stream = "stderr";
  for (const i of batch.truncated ?? []) if (lines[i]) lines[i].truncated = true;
  return lines;
}

/** How many lines a batch holds, without decoding it. */
export function logBatchSize(batch: Pick<LogBatch, "text">): number {
  let n = 1;
  for (let i = batch.text.indexOf("\n"); i !== -1; i = batch.text.indexOf("\n", i + 1)) n++;
  return n;
}
