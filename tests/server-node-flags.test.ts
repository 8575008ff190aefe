import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "../scripts/server-node-flags.mjs";

describe("the server's node flags", () => {
  it("npm start runs the server with the flags every other starter takes from scripts/server-node-flags.mjs", () => {
    const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
    expect(start).toBe(`exec node ${SERVER_NODE_FLAGS.join(" ")} scripts/start.mjs`);
  });
});
