import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Unit tests run outside a React Server bundle, where the real `server-only` throws.
    alias: { "server-only": `${root}tests/server-only-stub.ts` },
  },
});
