import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { followProgress, type ProgressEvent } from "./progress";

const run = (chunks: (string | Buffer)[], failureCode?: "invalid_request") => {
  const seen: ProgressEvent[] = [];
  const done = followProgress(Readable.from(chunks), { signal: new AbortController().signal, onProgress: (e) => seen.push(e), failureCode });
  return { seen, done };
};

describe("followProgress", () => {
  it("hands over every line in order, across chunk boundaries and split UTF-8", async () => {
    const euro = Buffer.from('{"stream":"€"}\n');
    const { seen, done } = run(['{"status":"Pull', 'ing"}\n{"id":"l1","status":"Downloading"}\n', euro.subarray(0, 12), euro.subarray(12)]);
    await done;
    expect(seen).toEqual([{ status: "Pulling" }, { id: "l1", status: "Downloading" }, { stream: "€" }]);
  });

  it("skips malformed lines and non-objects instead of failing the stream", async () => {
    const { seen, done } = run(["not json\n", "42\n", "null\n", '{"status":"ok"}']);
    await done;
    expect(seen).toEqual([{ status: "ok" }]);
  });

  it("rejects with the engine's words on an error line, as the caller's code", async () => {
    await expect(run(['{"status":"x"}\n{"errorDetail":{"message":"manifest unknown"},"error":"manifest unknown"}\n']).done).rejects.toMatchObject({
      code: "engine_error",
      status: 502,
      message: "manifest unknown",
    });
    await expect(run(['{"error":"not a tar"}\n'], "invalid_request").done).rejects.toMatchObject({ status: 400, message: "not a tar" });
  });

  it("drops a line too long to be a progress report, and reads on", async () => {
    const huge = `{"stream":"${"x".repeat(1_200_000)}"}`;
    const { seen, done } = run([huge.slice(0, 600_000), huge.slice(600_000), '\n{"status":"after"}\n']);
    await done;
    expect(seen).toEqual([{ status: "after" }]);
  });
});
