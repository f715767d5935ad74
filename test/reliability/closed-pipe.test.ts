// A reader that stops reading early (`grantsmith score . --format json | head -c 100`) closes the
// pipe under the command. The command ends quietly, as other command-line tools do, not with a stack
// trace of Node's EPIPE error.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

/** Runs the binary and closes the read end of its stdout after the first chunk, as `| head -c` does. */
function runAndCloseStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string; chunks: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let chunks = 0;
    child.stdout.once("data", () => {
      chunks += 1;
      child.stdout.destroy();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, chunks }));
  });
}

describe("stdout closed by the reader", () => {
  it("score of a folder piped into a reader that stops after the first chunk ends without a stack trace", async () => {
    const dir = await tempDir("grantsmith-pipe-");
    // Enough proposals that the report is written in more than one chunk after the reader has gone.
    const body = "# 项目书\n\n## 项目概述\n\n为社区120位独居老人提供午餐。\n\n## 项目预算\n\n| 科目 | 金额（元） |\n| --- | ---: |\n| 餐费 | 60,000 |\n";
    await Promise.all(Array.from({ length: 300 }, (_, i) => writeFile(path.join(dir, `p${i}.md`), body)));
    const result = await runAndCloseStdout(["score", ".", "--format", "json"], dir);
    expect(result.stderr).toBe("");
    expect(result.chunks).toBe(1);
    expect(result.code).toBe(0);
  });
});
