import { describe, expect, it } from "vitest";
import { issuesToFields } from "./field-errors";
import { createContainerBody, envList, parseSize, updateContainerBody } from "./container-config";

function fieldsOf(input: unknown) {
  const r = createContainerBody.safeParse(input);
  return r.success ? {} : issuesToFields(r.error.issues);
}

describe("createContainerBody", () => {
  it("parses a full form into engine-ready values", () => {
    const cfg = createContainerBody.parse({
      image: "busybox:latest",
      name: "web-1",
      command: `sh -c 'echo "hi there"'`,
      env: [{ key: "A", value: "1" }],
      envText: "# comment\nB=\"two words\"\n\nC=3",
      ports: [{ hostIp: "", hostPort: "8080", containerPort: "80", protocol: "tcp" }],
      mounts: [{ type: "bind", source: "/srv/data", target: "/data", readOnly: true }],
      restartPolicy: { name: "on-failure", maximumRetryCount: "3" },
      memory: "512m",
      cpus: "1.5",
    });
    expect(cfg.command).toEqual(["sh", "-c", 'echo "hi there"']);
    expect(cfg.ports[0]).toEqual({ hostPort: 8080, containerPort: 80, protocol: "tcp" });
    expect(cfg.restartPolicy).toEqual({ name: "on-failure", maximumRetryCount: 3 });
    expect(cfg.memory).toBe(512 * 1024 * 1024);
    expect(cfg.cpus).toBe(1.5);
  });

  it("names the field and the reason for each bad input", () => {
    expect(fieldsOf({ image: "x", name: "-bad name" })).toHaveProperty("name");
    expect(fieldsOf({ image: "x", ports: [{ containerPort: "70000" }] })["ports.0.containerPort"]).toMatch(/1 and 65535/);
    expect(fieldsOf({ image: "x", ports: [{ hostPort: "0", containerPort: "80" }] })["ports.0.hostPort"]).toMatch(/1 and 65535/);
    expect(fieldsOf({ image: "x", envText: "GOOD=1\nBROKEN" }).envText).toMatch(/Line 2/);
    expect(fieldsOf({ image: "x", mounts: [{ type: "bind", source: "data", target: "/d" }] })["mounts.0.source"]).toMatch(/absolute/);
    expect(fieldsOf({ image: "x", mounts: [{ type: "bind", source: "/a/../etc", target: "/d" }] })["mounts.0.source"]).toMatch(/\.\./);
    expect(fieldsOf({ image: "x", memory: "lots" }).memory).toMatch(/512m/);
    expect(fieldsOf({ image: "x", command: `sh -c "oops` }).command).toMatch(/Unclosed double quote/);
    expect(fieldsOf({ image: "x", entrypoint: "ls | wc -l" }).entrypoint).toMatch(/\| is a shell operator/);
    // A bad command or memory limit does not hide the whole-form checks.
    expect(Object.keys(fieldsOf({ image: "x", command: "ls *", memory: "lots", envText: "NOPE" })).sort()).toEqual(["command", "envText", "memory"]);
    expect(fieldsOf({ image: "", network: { mode: "container" } })).toMatchObject({ image: expect.any(String), "network.target": expect.any(String) });
    // What the new-container form sends for the default mode: a blank target is no target.
    expect(fieldsOf({ image: "x", network: { mode: "bridge", target: "" } })).toEqual({});
    expect(fieldsOf({ image: "x", autoRemove: true, restartPolicy: { name: "always" } })).toHaveProperty("autoRemove");
    expect(fieldsOf({ image: "x", ports: [{ hostPort: 80, containerPort: 80 }, { hostPort: 80, containerPort: 81 }] })).toHaveProperty("ports.1.hostPort");
  });
});

describe("helpers", () => {
  it("adds pasted env-file text after the rows, a later key winning like docker run -e", () => {
    expect(envList({ env: [{ key: "A", value: "1" }, { key: "", value: "" }], envText: "B=\"two words\"\nA=2" })).toEqual(["A=2", 'B="two words"']);
  });
  it("parses sizes", () => {
    expect(parseSize("1g")).toBe(1024 ** 3);
    expect(parseSize("64MB")).toBe(64 * 1024 ** 2);
    expect(parseSize("x")).toBeUndefined();
  });
  it("requires at least one in-place change", () => {
    expect(updateContainerBody.safeParse({}).success).toBe(false);
    expect(updateContainerBody.parse({ memory: "64m" })).toEqual({ memory: 64 * 1024 ** 2 });
  });
});
