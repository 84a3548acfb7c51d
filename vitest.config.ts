import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{packages,subgraphs,gateway,scripts,tests}/**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    // An upper bound, not a wait: a test network on PGlite (four services, migrated and seeded) took
    // over 120 s to start while another suite shared both cores.
    hookTimeout: 300_000,
    // Two cores: each end-to-end file starts several PGlite instances.
    maxWorkers: 2,
    // Tests wait for state, not for time: expect.poll keeps asking until the state is there. Its
    // default 1 s gives up too early when both cores are busy (a reload through the gateway can take
    // longer), which made the browser suites flake under load; 30 s is only the give-up bound.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
