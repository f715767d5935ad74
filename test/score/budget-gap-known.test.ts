// When the facts' items do not add up to their stated total, the offline draft says by how much;
// that difference is worked out from the facts, so the draft scored with its facts does not list it
// as a figure the facts lack (it did: "90,000.00元 … 项目信息文件中找不到").
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { tempDir } from "../helpers/temp.js";

describe("the gap between items and total", () => {
  it("is a known figure when the draft is scored with its facts", async () => {
    const dir = await tempDir();
    const facts = (await readFile(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"), "utf8")).replace("amount: 60000", "amount: 150000");
    expect(facts).toContain("amount: 150000");
    await writeFile(path.join(dir, "g.yaml"), facts);
    const drafted = await runInProcess(["draft", "g.yaml", "--offline", "-o", "g.md", "--no-score"], { cwd: dir, env: cleanEnv() });
    expect(drafted.code).toBe(0);
    expect(await readFile(path.join(dir, "g.md"), "utf8")).toContain("90,000");
    const scored = await runInProcess(["score", "g.md", "--facts", "g.yaml", "--format", "json"], { cwd: dir, env: cleanEnv() });
    const result = JSON.parse(scored.stdout).results[0];
    expect(result.unverified.map((u: { text: string }) => u.text)).toEqual([]);
    // The facts really disagree with themselves, so the draft is not ready, and says why.
    expect(result.ready).toBe(false);
  });
});
