// An estimate of the facts (约400人, about 240 girls: approximate: true) stated in the proposal as
// an exact count is told, at the figure's first line, naming every line, and costs no points; the
// same figure written with 约 / about / 左右 is not.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { fixture, lineOf, replaceOnce, ZH_COMPLETE_FACTS } from "./helpers.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { tempDirSync } from "../helpers/temp.js";

// The facts of zh-complete.md, whose indirect count is an estimate here.
const ESTIMATED = replaceOnce(ZH_COMPLETE_FACTS, "{ group: 老人家属, count: 400, unit: 人, direct: false }", "{ group: 老人家属, count: 约400人, direct: false }");

const dir = tempDirSync("grantsmith-estimates-");
async function factsOf(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return loadFacts(file);
}
const warningsOf = (improvements: { criterion: string; severity: string; message: string; suggestion: string; line: number; points: number }[]) =>
  improvements.filter((i) => i.criterion === "facts" && i.severity === "warning");

describe("an estimate of the facts stated as an exact count", () => {
  it("is not told where the facts' own text states the same count as exact (a proposal may quote it)", async () => {
    const example = readFileSync(path.join(REPO_ROOT, "examples/en/girls-stem-clubs.yaml"), "utf8");
    // The summary of the facts still says "for 240 girls".
    const facts = await factsOf("girls-quoted.yaml", replaceOnce(example, "    count: 240\n", "    count: about 240\n"));
    const text = ["# STEM clubs", "", "## 4. Target Population", "", "We will reach 240 girls directly."].join("\n");
    expect(warningsOf((await scoreText(text, { file: "p.md", facts })).improvements)).toEqual([]);
  });

  it("is not told when another group of the facts counts the same figure exactly (200人 of parents beside 约200户)", async () => {
    const facts = await factsOf(
      "two-groups.yaml",
      "title: 困境儿童陪伴\norganization: 青禾社工\nneed: 周末无人照看\nbeneficiaries:\n  - { group: 困境儿童家庭, count: 约200户 }\n  - { group: 家长, count: 200人, direct: false }\n",
    );
    const text = ["# 困境儿童陪伴", "", "## 受益对象", "", "项目间接服务家长200人。"].join("\n");
    expect(warningsOf((await scoreText(text, { file: "p.md", facts })).improvements)).toEqual([]);
  });

  it("zh: 间接受益400人 is told, 约400人 is not, and the score is the exact facts' score", async () => {
    const text = fixture("zh-complete.md");
    const estimated = await scoreText(text, { file: "p.md", facts: await factsOf("estimated.yaml", ESTIMATED) });
    const exact = await scoreText(text, { file: "p.md", facts: await factsOf("exact.yaml", ZH_COMPLETE_FACTS) });
    expect(warningsOf(estimated.improvements)).toEqual([
      { criterion: "facts", points: 0, severity: "warning", line: lineOf(text, "间接受益400人"), message: "“400人”写成了确数，但项目信息文件中它是约数。", suggestion: "写成“约400人”，或先在项目信息文件中把它改为确数。" },
    ]);
    expect(warningsOf(exact.improvements)).toEqual([]);
    expect(estimated.score).toBe(exact.score);
    const fixed = replaceOnce(text, "间接受益400人", "间接受益400人左右");
    expect(warningsOf((await scoreText(fixed, { file: "p.md", facts: await factsOf("estimated.yaml", ESTIMATED) })).improvements)).toEqual([]);
  });

  it("en: 240 girls on two lines is one finding naming both; about 240 girls and 240 girls or so are not told", async () => {
    const example = readFileSync(path.join(REPO_ROOT, "examples/en/girls-stem-clubs.yaml"), "utf8");
    const estimated = replaceOnce(replaceOnce(example, "    count: 240\n", "    count: about 240\n"), "clubs for 240 girls", "clubs for about 240 girls");
    const facts = await factsOf("girls.yaml", estimated);
    const text = ["# STEM clubs", "", "## 4. Target Population", "", "We will reach 240 girls directly.", "", "About 240 girls join, and 240 girls or so finish.", "", "The clubs serve 240 girls in all."].join("\n");
    const found = warningsOf((await scoreText(text, { file: "p.md", facts })).improvements);
    expect(found).toEqual([
      {
        criterion: "facts",
        points: 0,
        severity: "warning",
        line: 5,
        message: '"240 girls" (lines 5, 9) reads as an exact count, but the facts file gives it as an estimate.',
        suggestion: 'Write "about 240 girls", or make the count exact in the facts file first.',
      },
    ]);
  });
});
