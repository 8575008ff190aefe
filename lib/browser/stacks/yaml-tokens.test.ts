import { describe, expect, it } from "vitest";
import { yamlTokens } from "./yaml-tokens";

describe("yamlTokens", () => {
  const src = 'services:\n  web: # note\n    image: "a:b"\n    command: <script>alert(1)</script>\n    ports:\n      - 80\n';

  it("gives back the source exactly, markup included as text", () => {
    expect(yamlTokens(src).map((t) => t.text).join("")).toBe(src);
  });

  it("tells keys, strings, scalars and comments apart", () => {
    const kinds = yamlTokens(src).filter((t) => t.kind !== "plain").map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toContain("key:services");
    expect(kinds).toContain("key:web");
    expect(kinds).toContain("comment:# note");
    expect(kinds).toContain('string:"a:b"');
    expect(kinds).toContain("scalar:<script>alert(1)</script>");
    expect(kinds).toContain("scalar:80");
  });

  it("survives broken YAML", () => {
    const broken = "a: [1, 2\n  b: : :\n\t- x";
    expect(yamlTokens(broken).map((t) => t.text).join("")).toBe(broken);
  });
});
