import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{packages,subgraphs,gateway,scripts,tests}/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: each end-to-end file starts several PGlite instances.
    maxWorkers: 2,
  },
});
