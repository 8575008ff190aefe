import { describe, expect, it } from "vitest";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { sortContainers } from "./container-order";
import { findByRef, matchesFilter } from "./container-match";
import { exitCodeFromStatus } from "./exit-code";
import { shortId } from "./short-id";

function c(name: string, state: ContainerSummary["state"], extra: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id: `id-of-${name}`,
    name,
    image: "busybox",
    imageId: "sha256:abc",
    command: "sleep 600",
    created: 0,
    state,
    status: "",
    ports: [],
    labels: {},
    ...extra,
  };
}

describe("sortContainers", () => {
  it("puts running first, then the rest, each by name with numbers in order", () => {
    const sorted = sortContainers([c("web-10", "running"), c("alpha", "exited"), c("web-2", "running"), c("Beta", "paused")]);
    expect(sorted.map((x) => x.name)).toEqual(["web-2", "web-10", "alpha", "Beta"]);
  });
});

describe("matchesFilter", () => {
  const web = { ...c("web", "running", { image: "nginx:1.27" }), id: "0123456789abcdef" };
  it("matches name, image, id prefix and state", () => {
    expect(matchesFilter(web, "we")).toBe(true);
    expect(matchesFilter(web, "NGINX")).toBe(true);
    expect(matchesFilter(web, "0123")).toBe(true);
    expect(matchesFilter(web, "3456")).toBe(false);
    expect(matchesFilter(web, "run")).toBe(true);
    expect(matchesFilter(web, "exited")).toBe(false);
    expect(matchesFilter(web, "  ")).toBe(true);
  });
});

describe("findByRef", () => {
  it("prefers an exact name over an id prefix", () => {
    const named = { ...c("abcd", "running"), id: "ffff0000" };
    const prefixed = { ...c("other", "running"), id: "abcd1234" };
    expect(findByRef([prefixed, named], "abcd")?.name).toBe("abcd");
    expect(findByRef([prefixed, named], "abcd12")?.name).toBe("other");
    expect(findByRef([prefixed, named], "/abcd")?.name).toBe("abcd");
    expect(findByRef([prefixed, named], undefined)).toBeUndefined();
  });
});

describe("exitCodeFromStatus", () => {
  it("reads the code from the engine's status text", () => {
    expect(exitCodeFromStatus("Exited (137) 2 hours ago")).toBe(137);
    expect(exitCodeFromStatus("Exited (0) 5 seconds ago")).toBe(0);
    expect(exitCodeFromStatus("Up 3 minutes")).toBeUndefined();
  });
});

describe("shortId", () => {
  it("shortens ids the way docker ps does", () => {
    expect(shortId("sha256:0123456789abcdef0123")).toBe("0123456789ab");
  });
});
