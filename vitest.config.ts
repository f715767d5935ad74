import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A private TMPDIR, HOME and XDG folders for the run, and a check that nothing is left in them.
    globalSetup: ["test/setup/global.ts"],
    setupFiles: ["test/setup/each-file.ts"],
    // End-to-end tests spawn the built CLI; give a slow CI machine room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
