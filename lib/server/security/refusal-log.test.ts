import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetProcessWide } from "@/lib/server/process-state";
import { ApiError } from "@/lib/shared/errors";
import { logRefusal } from "./refusal-log";

describe("logRefusal", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    forgetProcessWide("refusal-log");
  });

  it("logs each refusal with its status, code and message", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    logRefusal(new ApiError("cross_origin", "Refused GET /api/x: because"), 0);
    expect(warn).toHaveBeenCalledWith("[berth] 403 cross_origin: Refused GET /api/x: because");
  });

  it("lets a burst through, then a steady trickle, and counts what it left out", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const refusal = new ApiError("cross_origin", "Refused GET /api/x: flood");
    for (let i = 0; i < 600; i++) logRefusal(refusal, 1000);
    expect(warn).toHaveBeenCalledTimes(500);
    warn.mockClear();
    // A second later there is room for 20 lines again: the first says how many were not logged.
    for (let i = 0; i < 30; i++) logRefusal(refusal, 2000);
    expect(warn.mock.calls[0]?.[0]).toBe("[berth] 100 more refused requests were not logged");
    expect(warn).toHaveBeenCalledTimes(1 + 20);
  });
});
