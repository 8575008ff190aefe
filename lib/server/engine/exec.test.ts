import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { describeStartFailure } = await import("./exec");

describe("describeStartFailure", () => {
  it("extracts why the engine could not start a command", () => {
    const text =
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\r\n';
    expect(describeStartFailure(text)).toBe('exec: "bash": executable file not found in $PATH');
  });
  it("ignores ordinary output", () => {
    expect(describeStartFailure("sh: bash: not found\r\n")).toBeUndefined();
  });
});
