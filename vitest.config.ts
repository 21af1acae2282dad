// `npm test` runs every test file: unit, integration (real sockets) and browser (headless
// Chromium against the page, built once by test/browser/buildPage.ts).
// Browser tests start Chromium and a server per file, so hooks and tests get a minute; two
// workers suit the 2-core machines this runs on.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    globalSetup: ["test/browser/buildPage.ts"],
    // The JSON report lets .ci/run end with a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
