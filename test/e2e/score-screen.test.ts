// score of a folder, its text report on the screen: the report lists the skipped files and the
// totals, so stderr, on the same screen, does not say them again (it did, and before the
// proposals' language was known, in English under a Chinese report). Redirected, stderr still says them.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spawnPty } from "../init/pty.js";
import { BIN, cleanEnv, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp.js";

const PROPOSAL = "# 社区助餐项目\n\n## 项目概述\n\n为社区120位独居老人提供午餐。\n\n## 项目预算\n\n| 科目 | 金额（元） |\n| --- | ---: |\n| 餐费 | 60,000 |\n";

async function folder(): Promise<string> {
  const dir = await tempDir("grantsmith-screen-");
  await writeFile(path.join(dir, "申报书.md"), PROPOSAL, "utf8");
  await writeFile(path.join(dir, "项目.yaml"), "title: x\n", "utf8");
  return dir;
}

describe("score on the screen", () => {
  it("says the skipped file and the totals once, in the report's language", async () => {
    const dir = await folder();
    const pty = spawnPty([process.execPath, BIN, "score", "."], { cwd: dir, env: cleanEnv() });
    await pty.exit;
    const screen = pty.screen();
    expect(screen).toContain("跳过 1 个文件，未评分");
    expect(screen).not.toContain("skipped, not a proposal");
    expect(screen).not.toContain("已评分 1 个文件");
  });

  it("redirected, stderr still names the skipped file and the totals", async () => {
    const dir = await folder();
    const result = await runCli(["score", "."], { cwd: dir });
    expect(result.stdout).toContain("跳过 1 个文件，未评分");
    expect(result.stderr).toMatch(/项目\.yaml/);
    expect(result.stderr).toMatch(/已评分 1 个文件|scored 1 file/);
  });
});
