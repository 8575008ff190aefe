import { describe, expect, it } from "vitest";
import { imageRef, listImagesQuery, pullImageBody, removeImageQuery, tagImageBody } from "./images";

describe("image schemas", () => {
  it("reads list flags like the container list does", () => {
    expect(listImagesQuery.parse({ all: "1", dangling: "true" })).toEqual({ all: true, dangling: true });
    expect(listImagesQuery.parse({})).toEqual({ all: false, dangling: false });
    expect(() => listImagesQuery.parse({ all: "yes" })).toThrow();
    expect(() => listImagesQuery.parse({ other: "1" })).toThrow();
    expect(removeImageQuery.parse({ force: "1" })).toEqual({ force: true });
  });

  it("accepts ids and references as the image param", () => {
    expect(imageRef.parse("sha256:abc")).toBe("sha256:abc");
    expect(imageRef.parse("host:5000/a/b:tag")).toBe("host:5000/a/b:tag");
    expect(() => imageRef.parse("../etc")).toThrow();
    expect(() => imageRef.parse("")).toThrow();
  });

  it("normalises a tag given as a reference, keeping a registry port out of the tag", () => {
    expect(tagImageBody.parse({ reference: "host:5000/a/b:tag" })).toEqual({ repo: "host:5000/a/b", tag: "tag", reference: "host:5000/a/b:tag" });
    expect(tagImageBody.parse({ reference: "myapp" })).toEqual({ repo: "myapp", tag: "latest", reference: "myapp:latest" });
    expect(tagImageBody.parse({ repo: "localhost:5000/x", tag: "v1" })).toEqual({ repo: "localhost:5000/x", tag: "v1", reference: "localhost:5000/x:v1" });
    expect(tagImageBody.parse({ repo: "team/app" })).toMatchObject({ tag: "latest" });
  });

  it("rejects a bad tag with the parser's reason", () => {
    const bad = tagImageBody.safeParse({ reference: "MyApp:1" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/lowercase/);
    const trailing = tagImageBody.safeParse({ repo: "app", tag: ".x" });
    expect(trailing.error?.issues[0]?.message).toMatch(/not a valid tag/);
    const digest = tagImageBody.safeParse({ reference: `app@sha256:${"a".repeat(64)}` });
    expect(digest.error?.issues[0]?.message).toMatch(/digest/);
    expect(tagImageBody.safeParse({}).success).toBe(false);
  });

  it("fills latest into a pull reference and keeps digests", () => {
    expect(pullImageBody.parse({ reference: "127.0.0.1:5055/fixture/busybox" })).toEqual({ reference: "127.0.0.1:5055/fixture/busybox:latest" });
    expect(pullImageBody.parse({ reference: "busybox:1" })).toEqual({ reference: "busybox:1" });
    const d = `sha256:${"b".repeat(64)}`;
    expect(pullImageBody.parse({ reference: `a/b@${d}` })).toEqual({ reference: `a/b@${d}` });
    expect(pullImageBody.safeParse({ reference: "a//b" }).error?.issues[0]?.message).toMatch(/empty path/);
  });
});

describe("push body", () => {
  it("splits the tag to push and refuses digests", async () => {
    const { pushImageBody } = await import("./images");
    expect(pushImageBody.parse({ reference: "127.0.0.1:5055/e2e/app:1" })).toEqual({ repo: "127.0.0.1:5055/e2e/app", tag: "1", reference: "127.0.0.1:5055/e2e/app:1" });
    expect(pushImageBody.parse({ reference: "localhost:5000/app" }).tag).toBe("latest");
    expect(pushImageBody.safeParse({ reference: `a@sha256:${"c".repeat(64)}` }).success).toBe(false);
    expect(pushImageBody.safeParse({ reference: "host:5000/A" }).error?.issues[0]?.message).toMatch(/lowercase/);
  });
});
