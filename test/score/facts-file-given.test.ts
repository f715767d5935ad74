// A facts file given to score or export is not read as if it were a proposal: one line says what to do.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";

describe("score FACTS.yaml", () => {
  it("is exit 2 with one line naming the file, draft and --facts, in the user's language", async () => {
    const facts = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
    const en = await runInProcess(["score", facts], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(en.code).toBe(2);
    expect(en.stdout).toBe("");
    expect(en.stderr).toBe(`${facts}: a facts file, not a proposal; draft it first (grantsmith draft ${facts}), or score a proposal against it with --facts ${facts}\n`);
    const zh = await runInProcess(["score", facts], { env: cleanEnv({ GRANTSMITH_LANG: "zh" }) });
    expect(zh.stderr).toContain("这是项目信息文件，不是项目书");
  });

  it("export FACTS.yaml is refused too, pointing at draft --to docx, and writes nothing", async () => {
    const facts = path.join(REPO_ROOT, "examples", "zh", "elderly-meals.yaml");
    const result = await runInProcess(["export", facts, "--to", "docx"], { env: cleanEnv({ GRANTSMITH_LANG: "en" }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${facts}: a facts file, not a proposal; to get Word, draft it: grantsmith draft ${facts} --to docx\n`);
    expect(existsSync(facts.replace(/\.yaml$/, ".docx"))).toBe(false);
  });
});
