// An empty proposal file is not a proposal that scores 0 on some rubric: named alone it is an input
// error (exit 2) in the session's language; in a folder it is skipped with that reason and the
// other files are scored.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

describe("an empty proposal file", () => {
  it("named alone: exit 2, one line saying it is empty, in the locale's language", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "empty.md"), " \n\n");
    const zh = await runInProcess(["score", "empty.md"], { cwd: dir, env: { ...cleanEnv(), LANG: "zh_CN.UTF-8" } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("empty.md");
    expect(zh.stderr).toContain("文件是空的");
    expect(zh.stdout).toBe("");
    const en = await runInProcess(["score", "empty.md"], { cwd: dir, env: { ...cleanEnv(), LANG: "en_GB.UTF-8" } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("the file is empty");
  });

  it("in a folder: skipped with the reason, the others scored", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "empty.md"), "");
    await writeFile(path.join(dir, "real.md"), "# A proposal\n\n## Summary\n\nWe will run a reading club for 30 children from March to June 2026.\n");
    const r = await runInProcess(["score", ".", "--format", "json"], { cwd: dir, env: { ...cleanEnv(), LANG: "en_GB.UTF-8" } });
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { file: string }) => path.basename(x.file))).toEqual(["real.md"]);
    expect(JSON.stringify(report)).toContain("the file is empty");
  });
});
