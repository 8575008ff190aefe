import { describe, expect, it } from "vitest";
import { updateContainerBody } from "@/lib/shared/schemas/container-config";
import { buildUpdateBody } from "./container-update";

describe("buildUpdateBody", () => {
  it("maps restart policy and limits to docker update, moving swap with memory", () => {
    const changes = updateContainerBody.parse({ restartPolicy: { name: "on-failure", maximumRetryCount: "5" }, memory: "128m", cpus: "0.25" });
    expect(buildUpdateBody(changes, { MemorySwap: 0 })).toEqual({
      RestartPolicy: { Name: "on-failure", MaximumRetryCount: 5 },
      Memory: 128 * 1024 ** 2,
      MemorySwap: 256 * 1024 ** 2,
      NanoCpus: 250_000_000,
    });
    expect(buildUpdateBody(updateContainerBody.parse({ memory: "64m" }), { MemorySwap: -1 })).toEqual({ Memory: 64 * 1024 ** 2, MemorySwap: -1 });
  });
  it("has nothing for the engine when only the name changes", () => {
    expect(buildUpdateBody(updateContainerBody.parse({ name: "web-2" }), {})).toBeNull();
  });
});
