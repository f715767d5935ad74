// A filled funder's form keeps the form's own text: the length it allows an answer and the numbers
// of its questions. Those are instructions, not claims, so the facts are not asked for them; a
// figure written in the answer, or inside the question, still is.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { fixture, replaceOnce, ZH_COMPLETE_FACTS as FACTS } from "./helpers.js";
import { tempDirSync } from "../helpers/temp.js";

let facts: Awaited<ReturnType<typeof loadFacts>>;
beforeAll(async () => {
  const file = path.join(tempDirSync("grantsmith-form-instructions-"), "facts.yaml");
  writeFileSync(file, FACTS);
  facts = await loadFacts(file);
});

/** The unverified figures of the complete proposal with `insert` written under its risks heading. */
async function unverifiedWith(insert: string): Promise<string[]> {
  const text = replaceOnce(fixture("zh-complete.md"), "## 八、风险管理", `## 八、风险管理\n\n${insert}`);
  const r = await scoreText(text, { file: "p.docx", facts });
  return r.unverified.map((u) => u.text);
}

describe("a form's own text among the figures", () => {
  it("the proposal as written has none unverified, so each case below shows only its own", async () => {
    expect(await unverifiedWith("")).toEqual([]);
  });

  it.each([
    ["a limit in characters after a heading", "### 项目风险（650字以内）"],
    ["a limit with 不超过, in a bold question", "**13. 项目的主要风险是什么？（不超过800字）**"],
    ["a limit in words", "**13. Why is your project needed? (max. 750 words)**"],
    ["a limit written after its number", "### Risks (650 words maximum)"],
    ["a numbered question in a table cell", "| **13. 项目的主要风险是什么？（650字以内）** |\n| --- |\n| 见下文 |"],
    ["a numbered question on its own line, after bold numbering", "**13.** 项目的主要风险是什么？"],
  ])("%s is not a figure", async (_what, insert) => {
    expect(await unverifiedWith(insert)).toEqual([]);
  });

  it("a figure in brackets that is no limit, and a figure the question asks about, are still held to the facts", async () => {
    expect(await unverifiedWith("我们培训13名志愿者（650人次）。")).toEqual(["13", "650"]);
    expect(await unverifiedWith("| **13. 如何服务650户家庭？** |\n| --- |\n| 见下文 |")).toEqual(["650"]);
    // A number that starts an answer, not a question, is a figure.
    expect(await unverifiedWith("| 13. 我们已服务650户家庭。 |\n| --- |\n| 见下文 |")).toEqual(["13", "650"]);
  });
});
