import { describe, expect, it } from "vitest";
import { execAckMessage, execInputMessage, execOpenRequest, execResizeMessage } from "./exec";

const base = { sessionId: "abc123", container: "web", cols: 80, rows: 24 };

describe("execOpenRequest", () => {
  it("accepts an exec with argv, user and working directory", () => {
    const r = execOpenRequest.parse({ ...base, mode: "exec", cmd: ["sh", "-c", "echo hi"], user: "1000:1000", workdir: "/tmp" });
    expect(r).toMatchObject({ mode: "exec", cmd: ["sh", "-c", "echo hi"], user: "1000:1000", workdir: "/tmp" });
  });

  it("treats empty user and working directory as the container's defaults", () => {
    const r = execOpenRequest.parse({ ...base, mode: "exec", cmd: ["sh"], user: " ", workdir: "" });
    expect(r).not.toHaveProperty("user", expect.anything());
    expect(r).not.toHaveProperty("workdir", expect.anything());
  });

  it("accepts an attach without command fields and refuses them on attach", () => {
    expect(execOpenRequest.parse({ ...base, mode: "attach" }).mode).toBe("attach");
    expect(execOpenRequest.safeParse({ ...base, mode: "attach", cmd: ["sh"] }).success).toBe(false);
  });

  it.each([
    ["a shell string instead of argv", { cmd: "sh -c id" }],
    ["an empty argv", { cmd: [] }],
    ["an empty program", { cmd: [""] }],
    ["a non-string argument", { cmd: ["sh", 1] }],
    ["too many arguments", { cmd: Array(65).fill("x") }],
    ["a huge argument", { cmd: ["echo", "x".repeat(4097)] }],
    ["a NUL in an argument", { cmd: ["echo", "a\0b"] }],
    ["a user with shell characters", { cmd: ["sh"], user: "root;id" }],
    ["a user with two groups", { cmd: ["sh"], user: "a:b:c" }],
    ["a relative working directory", { cmd: ["sh"], workdir: "tmp" }],
    ["zero columns", { cmd: ["sh"], cols: 0 }],
    ["too many rows", { cmd: ["sh"], rows: 1001 }],
    ["fractional size", { cmd: ["sh"], cols: 80.5 }],
    ["an unknown field", { cmd: ["sh"], privileged: true }],
    ["a bad session id", { cmd: ["sh"], sessionId: "../x" }],
    ["a bad container", { cmd: ["sh"], container: "web;rm" }],
  ])("refuses %s", (_label, patch) => {
    expect(execOpenRequest.safeParse({ ...base, mode: "exec", ...patch }).success).toBe(false);
  });

  it("refuses an unknown mode", () => {
    expect(execOpenRequest.safeParse({ ...base, mode: "spawn", cmd: ["sh"] }).success).toBe(false);
  });
});

describe("session messages", () => {
  it("bounds input per message", () => {
    expect(execInputMessage.safeParse({ sessionId: "s", data: "ls\r" }).success).toBe(true);
    expect(execInputMessage.safeParse({ sessionId: "s", data: "x".repeat(16 * 1024 + 1) }).success).toBe(false);
    expect(execInputMessage.safeParse({ sessionId: "s", data: { toString: "x" } }).success).toBe(false);
  });

  it("bounds resize to 1..1000", () => {
    expect(execResizeMessage.safeParse({ sessionId: "s", cols: 1000, rows: 1 }).success).toBe(true);
    expect(execResizeMessage.safeParse({ sessionId: "s", cols: 1001, rows: 10 }).success).toBe(false);
    expect(execResizeMessage.safeParse({ sessionId: "s", cols: -1, rows: 10 }).success).toBe(false);
  });

  it("takes whole non-negative acks only", () => {
    expect(execAckMessage.safeParse({ sessionId: "s", chars: 4096 }).success).toBe(true);
    expect(execAckMessage.safeParse({ sessionId: "s", chars: -5 }).success).toBe(false);
  });
});
