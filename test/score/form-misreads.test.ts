// Misreadings of real applications, one class each: a risk's mitigation named in the applicant's own
// words, a Markdown heading inside the answer to a form's question, a form table's label cell that
// spans rows, and a question read by its main ask.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import { headingOf } from "../../src/score/read/headings.js";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";

const matcher = buildSectionMatcher();
const unmitigated = async (text: string) => (await scoreText(text, { file: "p.md" })).improvements.filter((i) => i.criterion === "risks" && /has no mitigation|没有对应的应对措施/.test(i.message));

describe("a risk's mitigation named in the applicant's words", () => {
  const en = (label: string) =>
    [
      "# Repair café network",
      "",
      "## Risks",
      "",
      "Risk: volunteers drift away after the first season.",
      `${label} a rota of two coordinators, each with a reserve list of six trained fixers.`,
      "",
      "Risk: the library withdraws the room on Saturdays.",
      `${label} the parish hall has agreed in writing to host us at two weeks' notice.`,
      "",
    ].join("\n");

  it.each(["How we handle it:", "How we'll address this:", "Handling:", "Solution:", "Prevention:", "How we will deal with it:"])("%s pairs each risk", async (label) => {
    expect(await unmitigated(en(label))).toEqual([]);
  });

  it("a risk followed by more of its description is still unmitigated", async () => {
    expect(await unmitigated(en("Background:"))).toHaveLength(2);
  });

  it("解决办法： and 处置： pair a Chinese risk", async () => {
    const zh = (label: string) =>
      ["# 社区助餐项目", "", "## 风险", "", "风险：冬季送餐员人手不足。", `${label}与两所高校志愿者协会签约，储备十名后备送餐员。`, "", "风险：食材价格上涨。", `${label}与两家供应商签订全年固定价格协议。`, ""].join("\n");
    expect(await unmitigated(zh("解决办法："))).toEqual([]);
    expect(await unmitigated(zh("处置："))).toEqual([]);
    expect(await unmitigated(zh("补充说明："))).toHaveLength(2);
  });
});

const sections = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.rank > 0).map((s) => ({ id: s.id, line: s.line, end: s.end }));

describe("a form's request maps by what it asks for", () => {
  const idOf = (line: string) => {
    const heading = headingOf(line, "", true);
    return heading && matcher.match(heading.text, heading.question === true);
  };

  it.each([
    ["**Please upload a simple budget for the activities to be funded. \\***", "budget"],
    ["**Provide a budget for the workshops and outreach activities.**", "budget"],
    ["**Please describe the risks to your planned activities.**", "risks"],
    ["## Provide a short budget covering all project activities", "budget"],
    ["**Describe specific activities and the outcomes you hope for.**", "activities"],
    ["**Briefly explain who will benefit from the activities.**", "beneficiaries"],
  ])("%s → %s", (line, id) => {
    expect(idOf(line)).toBe(id);
  });

  it.each([
    ["**Project activities and budget**", "activities"],
    ["**List of activities**", "activities"],
  ])("a title that asks nothing keeps its longest name: %s → %s", (line, id) => {
    expect(headingOf(line, "", true)?.question).toBeUndefined();
    expect(idOf(line)).toBe(id);
  });

  it("the budget request is the budget section of the form", async () => {
    const text = [
      "# Tool library: two more evenings",
      "",
      "**Describe specific activities you will fund.**",
      "Two extra opening evenings a week from May, each staffed by two trained volunteers.",
      "",
      "**Please upload a simple budget for the activities to be funded.**",
      "",
      "| Item | Cost |",
      "| --- | --- |",
      "| Rent, 8 months | 3,200 EUR |",
      "| Volunteer training | 600 EUR |",
      "| Total | 3,800 EUR |",
      "",
    ].join("\n");
    expect(sections(text).map((s) => s.id)).toEqual(["activities", "budget"]);
    const result = await scoreText(text, { file: "p.md" });
    expect(result.improvements.some((i) => i.criterion === "budget" && /section is missing/.test(i.message))).toBe(false);
  });
});
