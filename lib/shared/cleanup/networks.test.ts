import { describe, expect, it } from "vitest";
import { containersByNetwork, networkUsers, networkVerdict } from "./networks";
import { container, network, opts } from "./test-facts";

describe("networkUsers", () => {
  it("finds containers of any state by network id or name, once each", () => {
    const index = containersByNetwork([
      container({ name: "a", state: "exited", networks: ["n1", "backend"] }),
      container({ name: "b", state: "running", networks: ["backend"] }),
    ]);
    expect(networkUsers({ id: "n1", name: "backend" }, index)).toEqual(["a", "b"]);
    expect(networkUsers({ id: "n2", name: "other" }, index)).toEqual([]);
  });
});

describe("networkVerdict", () => {
  it("offers a user-defined network nothing is connected to", () => {
    expect(networkVerdict(network(), [], opts)).toEqual({ offer: true, reason: "No container is connected" });
  });
  it("never offers bridge, host, none or swarm's ingress", () => {
    for (const name of ["bridge", "host", "none"]) expect(networkVerdict(network({ name }), [], opts).offer, name).toBe(false);
    expect(networkVerdict(network({ name: "ingress", driver: "overlay", ingress: true }), [], opts).offer).toBe(false);
  });
  it("never offers a network with a container (even stopped) or an active endpoint", () => {
    expect(networkVerdict(network(), ["stopped-one"], opts).offer).toBe(false);
    expect(networkVerdict(network({ endpoints: 1 }), [], opts).offer).toBe(false);
  });
  it("keeps protected networks", () => {
    expect(networkVerdict(network({ labels: { "berth.protect": "true" } }), [], opts)).toMatchObject({ offer: false, protected: true });
  });
});
