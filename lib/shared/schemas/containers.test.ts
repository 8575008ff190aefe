import { describe, expect, it } from "vitest";
import { containerRef, containerVerb, listContainersQuery, removeContainerQuery } from "./containers";

describe("containerRef", () => {
  it("takes ids, prefixes and names, stripping the engine's leading slash", () => {
    expect(containerRef.parse("a1b2c3")).toBe("a1b2c3");
    expect(containerRef.parse("/my_app-1.web")).toBe("my_app-1.web");
  });
  it("refuses anything that is not a container reference", () => {
    for (const bad of ["", " ", "../etc", "a/b", "-rf", "x".repeat(300), "name with space"]) {
      expect(containerRef.safeParse(bad).success).toBe(false);
    }
  });
});

describe("query flags", () => {
  it("reads 1/true/empty as on and absence as off", () => {
    expect(listContainersQuery.parse({ all: "1" })).toEqual({ all: true });
    expect(listContainersQuery.parse({})).toEqual({ all: false });
    expect(removeContainerQuery.parse({ force: "true", volumes: "" })).toEqual({ force: true, volumes: true });
    expect(removeContainerQuery.parse({ force: "0" })).toEqual({ force: false, volumes: false });
  });
  it("refuses unknown keys and odd values", () => {
    expect(removeContainerQuery.safeParse({ forse: "1" }).success).toBe(false);
    expect(removeContainerQuery.safeParse({ force: "yes" }).success).toBe(false);
  });
});

describe("containerVerb", () => {
  it("knows the lifecycle verbs only", () => {
    expect(containerVerb.parse("pause")).toBe("pause");
    expect(containerVerb.safeParse("remove").success).toBe(false);
  });
});
