// A facts file given to score or export is not read as if it were a proposal: one line says what to do.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

describe("score FACTS.yaml", () => {
  it("is exit 2 with one line naming the file, draft and --facts, in the user's language", async () => {
    const facts = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
    const en = await runInProcess(["score", facts], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe("");
    expect(en.stderr).toBe(`${facts}: a facts file, not a proposal; draft it first (grantsmith draft ${facts}), or score a proposal against it with --facts ${facts}\n`);
    const zh = await runInProcess(["score", facts], { env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(zh.stderr).toContain("这是项目信息文件，不是项目书");
    // Unless the session chose, in the facts file's own language, as check would say it.
    const own = await runInProcess(["score", facts], { env: cleanEnv() });
    expect(own.stderr).toBe(`${facts}：这是项目信息文件，不是项目书；请先起草（grantsmith draft ${facts}），或用 --facts ${facts} 对照它为项目书打分\n`);
  });

  it("a folder of facts files only: one line says nothing was scored, then the first ten skips and a count", async () => {
    const dir = await tempDir("grantsmith-only-facts-");
    for (let i = 1; i <= 12; i++) await writeFile(path.join(dir, `p${String(i).padStart(2, "0")}.yaml`), "title: x\n", "utf8");
    const result = await runInProcess(["score", dir], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("nothing was scored: the 12 files found were all skipped, for the reasons below");
    expect(lines).toHaveLength(12);
    expect(lines[1]).toMatch(/p01\.yaml: skipped, not a proposal \(\.yaml; /);
    expect(lines[11]).toBe("… and 2 more skipped");
  });

  it("export FACTS.yaml is refused too, pointing at draft --to docx, and writes nothing", async () => {
    const facts = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
    const result = await runInProcess(["export", facts, "--to", "docx"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${facts}: a facts file, not a proposal; to get Word, draft it: grantsmith draft ${facts} --to docx\n`);
    expect(existsSync(facts.replace(/\.yaml$/, ".docx"))).toBe(false);
  });
});
