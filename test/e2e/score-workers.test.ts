// A batch large enough for worker threads, when a worker fails as a bug would: the run must end
// with one clear line and the exit code of an internal failure, never hang or exit 0 with a cut report.
import { copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, preload, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const cores = os.availableParallelism();
const FILES = 80;
let folder: string;

beforeAll(async () => {
  folder = await tempDir("grantsmith-e2e-workers-");
  const fixture = path.join(REPO_ROOT, "test/fixtures/proposals/en-complete.md");
  for (let i = 0; i < FILES; i++) await copyFile(fixture, path.join(folder, `p${String(i).padStart(2, "0")}.md`));
});

const withFault = (fault: "throw" | "exit") =>
  runCli(["score", folder, "--format", "json"], {
    env: cleanEnv({ GRANTSMITH_TEST_WORKER_FAULT: fault }),
    nodeArgs: ["--import", preload("worker-fault.mjs")],
  });

/** The files the cut report names, in its order: only whole results, a prefix of the paths' order. */
function reported(stdout: string): string[] {
  return [...stdout.matchAll(/"file":"([^"]+)"/g)].map((m) => path.basename(m[1]!));
}
const inOrder = Array.from({ length: FILES }, (_, i) => `p${String(i).padStart(2, "0")}.md`);

const bugLine = (what: string) =>
  `grantsmith: internal error: a scoring worker ${what}; this is a bug in grantsmith, please report it with the command you ran`;

const faults = [
  { fault: "throw", case: "one that throws", line: bugLine("failed: injected worker fault") },
  { fault: "exit", case: "one that exits without an error event", line: bugLine("stopped (exit code 0) before it had scored its files") },
] as const;

describe.skipIf(cores < 2)("score: a worker thread that fails", () => {
  for (const { fault, case: name, line } of faults) {
    it(`${name}: one line, exit 70, the report cut after whole results`, async () => {
      const result = await withFault(fault);
      expect(result.stderr.trim().split("\n")).toEqual([line]);
      expect(result.code).toBe(70);
      const names = reported(result.stdout);
      expect(names.length).toBeLessThan(FILES);
      expect(names).toEqual(inOrder.slice(0, names.length));
    });
  }
});
