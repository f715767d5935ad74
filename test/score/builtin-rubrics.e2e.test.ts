// Built-in rubrics are validated by the build step and read from their compiled form at run time
// (needs `npm run build` first). Both are tried on a copy of the built package in a temp folder.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";

let copy: string;

beforeEach(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), "grantsmith-package-"));
  for (const part of ["bin", "dist", "scripts", "rubrics", "package.json"]) {
    cpSync(path.join(REPO_ROOT, part), path.join(copy, part), { recursive: true });
  }
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

function run(root: string, args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: cleanEnv({ GRANTSMITH_CACHE: "none" }), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the build step", () => {
  it("fails on a broken built-in rubric with its file:line:col, and leaves the compiled rubrics as they were", () => {
    const file = path.join(copy, "rubrics", "standard-en.yaml");
    const text = readFileSync(file, "utf8");
    // The summary criterion's weight, on line 18 at column 13.
    expect(text.split("\n")[17]).toBe("    weight: 5");
    writeFileSync(file, text.replace("    weight: 5\n", "    weight: five\n"));
    const before = readFileSync(path.join(copy, "dist", "rubrics.jsonl"), "utf8");

    const build = run(copy, ["scripts/compile-rubrics.js"]);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/^rubrics\/standard-en\.yaml:18:13: criteria\[0\]\.weight: expected a number, got "five"$/m);
    expect(readFileSync(path.join(copy, "dist", "rubrics.jsonl"), "utf8")).toBe(before);
  });

  it("compiles every rubrics/*.yaml, a new one included", () => {
    const source = readFileSync(path.join(copy, "rubrics", "standard-en.yaml"), "utf8");
    writeFileSync(path.join(copy, "rubrics", "extra-en.yaml"), source.replace("\nid: standard-en\n", "\nid: extra-en\n"));
    expect(run(copy, ["scripts/compile-rubrics.js"]).code).toBe(0);
    const listed = run(copy, ["bin/grantsmith.js", "rubrics"]);
    expect(listed.stdout.split("\n").map((line) => line.split(" ")[0])).toContain("extra-en");
  });
});

describe("built-in rubrics at run time", () => {
  it("are listed and scored with, without their YAML files", () => {
    const proposal = path.join(REPO_ROOT, "test", "fixtures", "proposals", "zh-complete.md");
    const commands = [["rubrics", "--json"], ["score", proposal, "--format", "json"]];
    const expected = commands.map((args) => run(REPO_ROOT, ["bin/grantsmith.js", ...args]));
    for (const name of readdirSync(path.join(copy, "rubrics"))) rmSync(path.join(copy, "rubrics", name));

    commands.forEach((args, i) => {
      const result = run(copy, ["bin/grantsmith.js", ...args]);
      expect(result.code, args.join(" ")).toBe(expected[i]!.code);
      expect(result.stdout, args.join(" ")).toBe(expected[i]!.stdout);
    });
    expect(expected[0]!.stdout).toContain("standard-zh");
  });

  it("are reported as not built, with exit 2, when the compiled form is missing", () => {
    rmSync(path.join(copy, "dist", "rubrics.jsonl"));
    const result = run(copy, ["bin/grantsmith.js", "rubrics", "standard-zh"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the built-in rubrics are not compiled");
    expect(result.stderr).toContain("npm run build");
  });
});
