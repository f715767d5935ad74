// Every bench script a person runs answers --help and -h with its usage on stdout and exit 0,
// before it reads, writes or measures anything: `node bench/snapshot/run.js --help` used to write a
// file named --help. The scripts are found by what they read from the command line.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

function benchScripts(dir = path.join(REPO_ROOT, "bench")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "corpus" ? [] : benchScripts(full);
    // bench/usage.js reads the command line for the others and runs nothing itself.
    const script = /\.m?js$/.test(entry.name) && entry.name !== "usage.js" && readFileSync(full, "utf8").includes("process.argv");
    return script ? [path.relative(REPO_ROOT, full)] : [];
  });
}

function run(script: string, flag: string, cwd: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, script), flag], { cwd, env: cleanEnv() });
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

const scripts = benchScripts();

describe("bench scripts", () => {
  it("are found: every package.json bench script is among them", () => {
    const scriptsOfPackage = Object.values((JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts)
      .map((command) => /^node (bench\/\S+)$/.exec(command)?.[1])
      .filter((file): file is string => file !== undefined);
    expect(scriptsOfPackage.length).toBeGreaterThanOrEqual(7);
    for (const file of scriptsOfPackage) expect(scripts).toContain(file);
  });

  it.each(scripts.flatMap((script) => [[script, "--help"], [script, "-h"]]))("%s %s prints its usage, exits 0 and writes nothing", async (script, flag) => {
    const cwd = await tempDir("grantsmith-bench-help-");
    const result = await run(script, flag, cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: (?:npm run bench:|node bench\/)\S+.*\n$/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
