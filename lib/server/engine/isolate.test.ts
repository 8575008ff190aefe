import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Engine } from "./engine";
import { fakeCreateModem } from "@/tests/fake-create-modem";

// A fake engine at dockerode's surface: one container, its networks, and a log of what was done to them.
const fake = vi.hoisted(() => {
  const state = {
    mode: "bridge",
    networks: {} as Record<string, { NetworkID: string; Aliases: string[] | null }>,
    existing: [] as string[],
    failDisconnect: "" as string,
    log: [] as string[],
  };
  const network = (ref: string) => ({
    connect: async (opts: { Container: string; EndpointConfig?: { Aliases?: string[] } }) => {
      state.log.push(`connect ${ref}${opts.EndpointConfig?.Aliases ? ` aliases=${opts.EndpointConfig.Aliases.join(",")}` : ""}`);
      state.networks[ref === "new-id" ? "berth-isolated-web" : ref] = { NetworkID: ref, Aliases: null };
    },
    disconnect: async () => {
      if (ref === state.failDisconnect) throw Object.assign(new Error("boom"), { statusCode: 500, json: { message: "boom" } });
      state.log.push(`disconnect ${ref}`);
      delete state.networks[ref === "new-id" ? "berth-isolated-web" : ref];
    },
    remove: async () => void state.log.push(`remove ${ref}`),
  });
  const client = {
    getContainer: () => ({
      inspect: async () => ({ Id: "abc123", Name: "/web", HostConfig: { NetworkMode: state.mode }, NetworkSettings: { Networks: structuredClone(state.networks) } }),
    }),
    listNetworks: async () => state.existing.map((Name) => ({ Name })),
    createNetwork: async (opts: { Name: string; Labels: Record<string, string> }) => {
      state.log.push(`create ${opts.Name} ${JSON.stringify(opts.Labels)}`);
      return { id: "new-id" };
    },
    getNetwork: network,
  };
  return { state, client };
});

const { isolateContainer, isolationPlan } = await import("./isolate");
const engine = { docker: { ...fake.client, modem: fakeCreateModem(fake.client) } } as unknown as Engine;

beforeEach(() => {
  Object.assign(fake.state, {
    mode: "bridge",
    networks: { bridge: { NetworkID: "bridge", Aliases: null }, app: { NetworkID: "app", Aliases: ["db", "abc123"] } },
    existing: [],
    failDisconnect: "",
    log: [],
  });
});

describe("isolationPlan", () => {
  it("names the networks it leaves and the new one", async () => {
    expect(await isolationPlan(engine, "web")).toEqual({ id: "abc123", name: "web", networkMode: "bridge", disconnect: ["app", "bridge"], network: "berth-isolated-web" });
  });
  it("refuses host, none and container: modes", async () => {
    for (const mode of ["host", "none", "container:other"]) {
      fake.state.mode = mode;
      expect((await isolationPlan(engine, "web")).refusal, mode).toBeTruthy();
    }
  });
});

describe("isolateContainer", () => {
  it("creates the labelled network, connects, then disconnects the rest", async () => {
    const result = await isolateContainer(engine, "web", ["bridge", "app"]);
    expect(result).toEqual({ network: { id: "new-id", name: "berth-isolated-web" }, disconnected: ["app", "bridge"] });
    expect(fake.state.log).toEqual(['create berth-isolated-web {"berth.isolated-for":"abc123"}', "connect new-id", "disconnect app", "disconnect bridge"]);
  });

  it("does nothing when the confirmed networks no longer match, or the name is taken", async () => {
    await expect(isolateContainer(engine, "web", ["bridge"])).rejects.toMatchObject({ status: 409 });
    fake.state.existing = ["berth-isolated-web"];
    await expect(isolateContainer(engine, "web", ["app", "bridge"])).rejects.toMatchObject({ status: 409 });
    expect(fake.state.log).toEqual([]);
  });

  it("rolls back on failure: reconnects what it left (with the user's aliases) and removes the new network", async () => {
    fake.state.failDisconnect = "bridge";
    await expect(isolateContainer(engine, "web", ["app", "bridge"])).rejects.toThrow(/Isolating web failed: boom.*restored/);
    expect(fake.state.log).toEqual([
      'create berth-isolated-web {"berth.isolated-for":"abc123"}',
      "connect new-id",
      "disconnect app",
      "connect app aliases=db",
      "disconnect new-id",
      "remove new-id",
    ]);
  });
});
