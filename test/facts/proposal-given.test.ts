// A proposal named where a facts file is asked for (check, draft) is one line saying what it is and
// what to run instead, exit 2 — not a page of YAML syntax errors about Markdown.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

const PROPOSAL = "# 社区读书会项目书\n\n## 一、项目概述\n\n本项目于2026年3月至6月为30名儿童开展读书会。\n";

describe("a proposal given as facts", () => {
  for (const command of ["check", "draft"]) {
    it(`${command} 申报书.md: exit 2, one line in the document's language, pointing to score`, async () => {
      const dir = await tempDir();
      await writeFile(path.join(dir, "申报书.md"), PROPOSAL);
      const r = await runInProcess([command, "申报书.md"], { cwd: dir, env: cleanEnv() });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("这是项目书，不是项目信息文件");
      expect(r.stderr).toContain("grantsmith score 申报书.md");
      expect(r.stderr).not.toContain("语法错误");
    });
  }

  it("in English for an English proposal, and a missing file is still 'no such facts file'", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "proposal.md"), "# Reading club\n\n## Summary\n\nWe will run a reading club for 30 children.\n");
    const r = await runInProcess(["check", "proposal.md"], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("proposal.md: a proposal, not a facts file");
    const missing = await runInProcess(["check", "nope.md"], { cwd: dir, env: cleanEnv() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such facts file");
  });
});
