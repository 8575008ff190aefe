import { describe, expect, it } from "vitest";
import { containerVerdict } from "./containers";
import { container, opts, unixHoursAgo } from "./test-facts";

describe("containerVerdict", () => {
  it("offers exited and dead containers", () => {
    expect(containerVerdict(container({ state: "exited" }), opts)).toEqual({ offer: true, reason: "Exited" });
    expect(containerVerdict(container({ state: "exited", exitCode: 137 }), opts).reason).toBe("Exited with code 137");
    expect(containerVerdict(container({ state: "dead" }), opts).offer).toBe(true);
  });
  it("never offers running, paused, restarting, removing or created ones", () => {
    for (const state of ["running", "paused", "restarting", "removing", "created", ""]) {
      expect(containerVerdict(container({ state }), opts).offer, state).toBe(false);
    }
    expect(containerVerdict(container({ state: "created" }), opts).reason).toMatch(/never started/);
  });
  it("keeps a protected exited container, and respects the age option", () => {
    const v = containerVerdict(container({ labels: { "berth.protect": "true" } }), opts);
    expect(v).toMatchObject({ offer: false, protected: true });
    expect(containerVerdict(container({ created: unixHoursAgo(1) }), { ...opts, olderThanHours: 24 }).offer).toBe(false);
    expect(containerVerdict(container({ created: unixHoursAgo(30) }), { ...opts, olderThanHours: 24 }).offer).toBe(true);
  });
});
