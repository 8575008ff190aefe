import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { JSON_BODY_LIMIT, readJsonBody } from "./handler";

const URL = "http://127.0.0.1/api/things";

function post(body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "application/json" }) {
  return new NextRequest(URL, { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

async function refusal(req: NextRequest) {
  return readJsonBody(req).then(
    () => undefined,
    (err: { status: number; code: string; message: string }) => ({ status: err.status, code: err.code, message: err.message }),
  );
}

describe("readJsonBody", () => {
  it("parses JSON sent as application/json, a charset included", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post('{"a":1}', { "Content-Type": "application/json; charset=utf-8" }))).toEqual({ a: 1 });
  });
  it("reads no body as {} and keeps __proto__ a plain key", async () => {
    expect(await readJsonBody(post(null, {}))).toEqual({});
    const parsed = (await readJsonBody(post('{"__proto__":{"polluted":1}}'))) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
  });
  it("refuses a body that is not sent as JSON with 415", async () => {
    expect(await refusal(post('{"a":1}', { "Content-Type": "text/plain" }))).toMatchObject({ status: 415, code: "unsupported_media_type" });
    expect(await refusal(post("a=1", { "Content-Type": "application/x-www-form-urlencoded" }))).toMatchObject({ status: 415 });
    expect(await refusal(post('{"a":1}', {}))).toMatchObject({ status: 415, message: expect.stringContaining("Content-Type: application/json") });
  });
  it("refuses malformed JSON and bytes that are not UTF-8 with 400", async () => {
    expect(await refusal(post("{nope"))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await refusal(post(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ status: 400 });
  });
  it("refuses a declared oversize body without reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const req = post(body, { "Content-Type": "application/json", "Content-Length": String(50 * 1024 * 1024) });
    expect(await refusal(req)).toMatchObject({ status: 413, code: "too_large" });
    expect(pulled).toBeLessThanOrEqual(1);
  });
  it("stops reading an undeclared body once it passes the limit", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 64 * 1024;
        c.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    expect(await refusal(post(body))).toMatchObject({ status: 413 });
    expect(sent).toBeLessThan(JSON_BODY_LIMIT + 4 * 64 * 1024);
  });
});
