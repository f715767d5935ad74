// Temporary folders that remove themselves: each is made in the run's private temp folder (see
// test/setup/global.ts) and removed after the test file that made it (test/setup/each-file.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const made: string[] = [];

/** A new empty folder named `<prefix>XXXXXX`, removed when the test file ends. */
export function tempDirSync(prefix = "grantsmith-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function tempDir(prefix = "grantsmith-test-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder made so far (the per-file setup calls it after the file's tests). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
