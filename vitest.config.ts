import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // Property-based and CLI tests spawn processes; keep the suite deterministic, not fast-at-all-costs.
    testTimeout: 30_000,
    env: { TZ: "Pacific/Kiritimati" },
  },
});
