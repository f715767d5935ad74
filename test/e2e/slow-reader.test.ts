// Output through a pipe whose reader is slower than the command (`grantsmith schema rubric | less`,
// a CI step's log): a pipe takes 64 KiB at once, and the process must not exit before the rest has
// left it. Here the reader waits until the command has had time to exit, then reads everything.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, REPO_ROOT, runCli } from "../helpers/run-cli.js";

/**
 * The command's whole stdout through a pipe (a shell's |: a socket, which Node's own spawn gives,
 * holds more) whose reader starts reading only after `waitSeconds`, when the command has had time to
 * exit. The pipeline's status is the reader's; the command's own is printed on stderr.
 */
function readLate(args: string[], waitSeconds: number): Promise<{ stdout: string; stderr: string }> {
  const command = `${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ")}; echo "exit $?" >&2`;
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", `{ ${command}; } | { sleep ${waitSeconds}; cat; }`], { cwd: REPO_ROOT, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", () => resolve({ stdout, stderr }));
  });
}

describe("output to a slow pipe", () => {
  it("is written whole before the process exits (schema rubric is more than a pipe holds)", async () => {
    const whole = await runCli(["schema", "rubric"]);
    expect(whole.code).toBe(0);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(65_536);
    const late = await readLate(["schema", "rubric"], 1);
    expect(late.stderr).toBe("exit 0\n");
    expect(late.stdout.length).toBe(whole.stdout.length);
    expect(late.stdout).toBe(whole.stdout);
  });
});
