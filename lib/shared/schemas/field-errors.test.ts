import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesToFields, pickFields } from "./field-errors";

describe("issuesToFields", () => {
  it("keys each field's first message by its dotted path and leaves whole-input issues out", () => {
    const schema = z
      .object({ name: z.string().min(2, "too short").regex(/^[a-z]+$/, "letters only"), ports: z.array(z.object({ port: z.number() })) })
      .refine((v) => v.name !== "xx", "not that one");
    const r = schema.safeParse({ name: "1", ports: [{ port: 1 }, { port: "x" }] });
    expect(issuesToFields(r.error!.issues)).toEqual({ name: "too short", "ports.1.port": expect.any(String) });
    expect(issuesToFields(schema.safeParse({ name: "xx", ports: [] }).error!.issues)).toEqual({});
  });

  it("picks only the fields asked for", () => {
    expect(pickFields({ a: "1", b: "2" }, ["b", "c"])).toEqual({ b: "2" });
  });
});
