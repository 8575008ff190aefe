import { describe, expect, it } from "vitest";
import { describeIssues } from "./field-errors";
import { commitBody } from "./build";
import { createContainerBody, recreatePreviewBody, updateContainerBody } from "./container-config";
import { connectNetworkSchema, createNetworkSchema } from "./networks";
import { createVolumeSchema } from "./volumes";

// What used to reach the engine and come back as a 502, or be accepted and break the container at its start.
function refusal(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const r = schema.safeParse(input);
  expect(r.success, JSON.stringify(input).slice(0, 200)).toBe(false);
  return describeIssues(r.error!.issues);
}

const image = "busybox";
const NUL = "\u0000";

describe("free text that goes to the engine", () => {
  it("refuses a NUL byte in every container field, naming the field", () => {
    expect(refusal(createContainerBody, { image: `busy${NUL}box` })).toContain("image: Image must not contain a NUL byte");
    expect(refusal(createContainerBody, { image, workingDir: `/a${NUL}b` })).toBe("workingDir: Working directory must not contain a NUL byte");
    expect(refusal(createContainerBody, { image, user: `ro${NUL}ot` })).toBe("user: User must not contain a NUL byte");
    expect(refusal(createContainerBody, { image, env: [{ key: `A${NUL}`, value: "x" }] })).toContain("env.0.key: Variable name must not contain a NUL byte");
    expect(refusal(createContainerBody, { image, env: [{ key: "A", value: `b${NUL}c` }] })).toContain("env.0.value: Value must not contain a NUL byte");
    expect(refusal(createContainerBody, { image, envText: `A=b${NUL}c` })).toContain("envText");
    expect(refusal(createContainerBody, { image, labels: [{ key: "a", value: `b${NUL}` }] })).toContain("labels.0.value");
    expect(refusal(createContainerBody, { image, command: `sh -c ${NUL}` })).toContain("command");
    expect(refusal(createContainerBody, { image, mounts: [{ type: "bind", source: `/srv${NUL}`, target: "/data" }] })).toContain("mounts.0.source");
    expect(refusal(recreatePreviewBody, { env: [{ key: "A", value: NUL }] })).toContain("env.0.value");
  });
  it("refuses characters an engine URL cannot carry in an image or a network target", () => {
    expect(refusal(createContainerBody, { image: "ünïcødé-😀" })).toBe("image: Not an image reference or id");
    expect(refusal(createContainerBody, { image, network: { mode: "network", target: "ünï net" } })).toContain("network.target");
    expect(createContainerBody.parse({ image: "localhost:5000/team/app:1.2@sha256:" + "a".repeat(64) }).image).toContain("localhost:5000");
  });
  it("caps each field's size with a 400 that names it", () => {
    expect(refusal(createContainerBody, { image, labels: [{ key: "big", value: "x".repeat(4097) }] })).toBe(
      "labels.0.value: Label value is too long (4096 characters at most)",
    );
    expect(refusal(createContainerBody, { image, env: [{ key: "K", value: "x".repeat(32 * 1024 + 1) }] })).toContain("env.0.value: Value is too long");
    expect(refusal(createContainerBody, { image, command: "x".repeat(8193) })).toContain("command: Too long");
    expect(refusal(createContainerBody, { image, workingDir: "/" + "x".repeat(5000) })).toContain("workingDir: Working directory is too long");
    expect(refusal(createContainerBody, { image: "x".repeat(513) })).toContain("image: Image is too long");
    expect(refusal(createVolumeSchema, { name: "data", labels: { k: "x".repeat(4097) } })).toContain("labels.k: Label value is too long");
    expect(refusal(createNetworkSchema, { name: "net", labels: { ["k".repeat(256)]: "v" } })).toContain("Label key is too long");
  });
  it("refuses a memory limit past the engine's int64", () => {
    expect(refusal(createContainerBody, { image, memory: "99999999999999999999" })).toContain("memory: Too large for a memory limit");
    expect(refusal(updateContainerBody, { memory: "99999999999g" })).toContain("memory");
    expect(createContainerBody.parse({ image, memory: "512m" }).memory).toBe(512 * 1024 * 1024);
  });
  it("refuses a subnet that covers everything and NUL in a network call", () => {
    expect(refusal(createNetworkSchema, { name: "net", subnet: "0.0.0.0/0" })).toContain("subnet: A /0 covers addresses");
    expect(createNetworkSchema.parse({ name: "net", subnet: "10.0.0.0/8" }).subnet).toBe("10.0.0.0/8");
    expect(refusal(connectNetworkSchema, { container: `web${NUL}` })).toContain("container: Container must not contain a NUL byte");
  });
  it("refuses a NUL byte in a commit change, author or comment", () => {
    expect(refusal(commitBody, { changes: [`ENV A=b${NUL}c`] })).toContain("changes.0: A change must not contain a NUL byte");
    expect(refusal(commitBody, { author: `me${NUL}` })).toContain("author");
  });
});
