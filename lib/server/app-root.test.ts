import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { appRoot } from "./app-root";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

it("finds the checkout from server.ts's folder and from the build folder the compiled server runs in", () => {
  dir = mkdtempSync(path.join(tmpdir(), "berth-root-"));
  writeFileSync(path.join(dir, "next.config.js"), "module.exports = {};\n");
  mkdirSync(path.join(dir, ".next", "server"), { recursive: true });
  expect(appRoot(dir)).toBe(dir);
  expect(appRoot(path.join(dir, ".next"))).toBe(dir);
  expect(appRoot(path.join(dir, ".next", "server"))).toBe(dir);
});

it("says so when there is no checkout above", () => {
  dir = mkdtempSync(path.join(tmpdir(), "berth-root-"));
  expect(() => appRoot(dir!)).toThrow(/no next.config.js/);
});
