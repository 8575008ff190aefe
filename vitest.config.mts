import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // What a unit test writes to the store (an audit row, a session) never lands in the developer's own data dir.
    env: { BERTH_DATA_DIR: join(tmpdir(), `berth-vitest-${process.pid}`) },
    // Unit tests run outside a React Server bundle, where the real `server-only` throws.
    alias: { "server-only": `${root}tests/server-only-stub.ts` },
  },
});
