import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A private TMPDIR, HOME and XDG folders for the run, and a check that nothing is left in them.
    globalSetup: ["test/setup/global.ts"],
    setupFiles: ["test/setup/each-file.ts"],
    // One test process per core (vitest's default leaves one core idle): end-to-end tests spend
    // their time waiting for the binary they spawned, which runs on a core of its own.
    maxWorkers: os.availableParallelism(),
    // Files share a process's loaded modules instead of importing src/ afresh each: about a third
    // of the suite's CPU time. So a test must undo what it changes globally; environment stubs
    // (vi.stubEnv) and global stubs are undone after each test.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    // End-to-end tests spawn the built CLI; give a slow CI machine room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ["test/**/*.isolated.test.ts"] } },
      // A file that replaces a module (vi.mock) needs a module registry of its own: *.isolated.test.ts.
      { extends: true, test: { name: "isolated", include: ["test/**/*.isolated.test.ts"], isolate: true } },
    ],
  },
});
