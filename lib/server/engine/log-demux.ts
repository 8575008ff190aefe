import "server-only";
import type { LogStreamName } from "@/lib/shared/types/logs";

// The engine's multiplexed stream (non-TTY logs and attach): frames of an 8-byte header — stream type in
// byte 0 (0 stdin, 1 stdout, 2 stderr), payload length big-endian in bytes 4–7 — then the payload.
// docker-modem's demuxStream copies the whole rest of its buffer for every header and every payload
// (quadratic in the chunk: a 64 KB chunk of one-line frames from a log flood copied ~40 MB) and writes each
// frame into a PassThrough. This one reads headers in place and hands the payloads of consecutive frames of
// the same stream over as one buffer, so a chunk of a thousand lines costs one call, not a thousand.

const HEADER = 8;

export class LogDemuxer {
  /** Bytes of a header or payload split across chunks. */
  private pending: Buffer | undefined;
  /** The current frame's stream and how many payload bytes of it are still to come (0: a header is next). */
  private stream: LogStreamName = "stdout";
  private remaining = 0;
  /** The stream turned out not to be multiplexed (a TTY, or misaligned): pass everything on as stdout. */
  private raw = false;

  constructor(private readonly onData: (stream: LogStreamName, data: Buffer) => void) {}

  push(chunk: Buffer): void {
    if (this.raw) return this.onData("stdout", chunk);
    let buf = chunk;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      this.pending = undefined;
    }
    // Pieces of payload of one stream waiting to be handed over together.
    let runStream: LogStreamName = this.stream;
    let runs: Buffer[] = [];
    const flushRun = () => {
      if (!runs.length) return;
      this.onData(runStream, runs.length === 1 ? runs[0]! : Buffer.concat(runs));
      runs = [];
    };
    const take = (stream: LogStreamName, piece: Buffer) => {
      if (stream !== runStream) {
        flushRun();
        runStream = stream;
      }
      runs.push(piece);
    };
    let at = 0;
    while (at < buf.length) {
      if (this.remaining > 0) {
        const end = Math.min(buf.length, at + this.remaining);
        take(this.stream, buf.subarray(at, end));
        this.remaining -= end - at;
        at = end;
        continue;
      }
      if (buf.length - at < HEADER) {
        this.pending = Buffer.from(buf.subarray(at));
        break;
      }
      const type = buf[at]!;
      if (type > 2 || buf[at + 1] !== 0 || buf[at + 2] !== 0 || buf[at + 3] !== 0) {
        // Not a frame header: the rest is plain output (as docker-modem does, from here on).
        this.raw = true;
        take("stdout", buf.subarray(at));
        break;
      }
      this.stream = type === 2 ? "stderr" : "stdout";
      this.remaining = buf.readUInt32BE(at + 4);
      at += HEADER;
    }
    flushRun();
  }
}
