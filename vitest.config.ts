import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // Browser and property tests take a few seconds; nothing here is timed for speed (see npm run bench).
    testTimeout: 30_000,
    // An unusual zone proves results never depend on the machine's time zone.
    env: { TZ: "Pacific/Kiritimati" },
    // In CI, also write a machine-readable result so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-artifacts/vitest.json" },
  },
});
