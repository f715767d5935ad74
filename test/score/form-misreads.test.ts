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

describe("a Markdown heading inside the answer to a form's question", () => {
  const form = (risksHeading: string) =>
    [
      "**Who are you and what do you do?**",
      "We are eleven neighbours who have run a tool library in a former shop since 2021.",
      "",
      "**What would you do with the grant?**",
      "Open on two more evenings a week and train six new volunteers to repair tools.",
      "",
      "**Which risks do you see for your planned activities?**",
      "",
      risksHeading,
      "",
      "Risk: the landlord raises the rent. Mitigation: a three-year lease signed in March.",
      "Risk: volunteers burn out. Mitigation: no one covers more than one evening a week.",
      "",
      "**Please upload a simple budget for the activities to be funded.**",
      "Rent 4,800 EUR, tools 1,200 EUR, volunteer training 600 EUR; total 6,600 EUR.",
      "",
      "**How did you find out about us?**",
      "A neighbour who had a grant last year.",
      "",
    ].join("\n");

  it.each(["## Risks & how we address them", "# Risks", "### Risks", "Risks\n-----"])("%s ends at the next question", (heading) => {
    const text = form(heading);
    const lines = text.split("\n");
    const budgetQuestion = lines.findIndex((l) => l.startsWith("**Please upload")) + 1;
    const read = sections(text);
    const risks = read.filter((s) => s.id === "risks");
    expect(risks.length).toBeGreaterThan(0);
    for (const s of risks) expect(s.end).toBeLessThan(budgetQuestion);
    expect(read.find((s) => s.line === budgetQuestion)).toMatchObject({ id: "budget", end: budgetQuestion + 2 });
    // The last question is a section of its own, not the tail of the risks.
    expect(read.at(-1)!.line).toBe(lines.findIndex((l) => l.startsWith("**How did you")) + 1);
  });

  it("keeps the bold titles and the risks written under the heading inside it, each with its mitigation", async () => {
    const answer = [
      "## Risks & how we address them",
      "",
      "**Money**",
      "",
      "1. Risk: the landlord raises the rent after the first year.",
      "    How we handle it: a three-year lease at a fixed rent, signed in March.",
      "",
      "**People**",
      "",
      "2. Risk: volunteers burn out over the winter.",
      "    How we handle it: no volunteer covers more than one evening a week.",
    ].join("\n");
    const text = form(answer);
    const lines = text.split("\n");
    const budgetQuestion = lines.findIndex((l) => l.startsWith("**Please upload")) + 1;
    const risks = sections(text).find((s) => s.line === lines.indexOf("## Risks & how we address them") + 1)!;
    expect(risks).toMatchObject({ id: "risks", end: budgetQuestion - 1 });
    const result = await scoreText(text, { file: "p.md" });
    expect(result.criteria.find((c) => c.id === "risks")).toMatchObject({ score: 5, max: 5 });
    expect(result.improvements.filter((i) => i.criterion === "risks")).toEqual([]);
  });

  it("a 风险 heading under a Chinese form's questions ends at the next question", () => {
    const text = [
      "**申请机构的基本情况？**",
      "本社成立于2019年，登记于区民政局，现有专职社工四名。",
      "",
      "**项目计划开展哪些活动？**",
      "每周两次上门送餐，每月一次健康讲座。",
      "",
      "**项目实施中可能遇到哪些困难？**",
      "",
      "## 风险与应对",
      "",
      "风险：冬季送餐员不足。应对：与两所高校签约储备志愿者。",
      "",
      "**项目预算是多少？**",
      "合计 86,000 元，其中餐费 60,000 元、人员补贴 26,000 元。",
      "",
    ].join("\n");
    const read = sections(text);
    expect(read.find((s) => s.line === 9)).toMatchObject({ id: "risks", end: 12 });
    expect(read.find((s) => s.line === 13)).toMatchObject({ id: "budget", end: 15 });
  });

  it("a question alone in its paragraph among bold ones is their sibling, not their parent", () => {
    const text = [
      "**Who are you and what do you do?**",
      "We are eleven neighbours who run a tool library.",
      "",
      "**Which risks do you see for your planned activities?**",
      "Risk: the landlord raises the rent. Mitigation: a three-year lease signed in March.",
      "",
      "How do you usually fund your activities?",
      "",
      "Members pay 2 EUR a month; the rest comes from a yearly street party.",
      "",
      "**Please upload a simple budget for the activities to be funded.**",
      "Rent 4,800 EUR; total 4,800 EUR.",
      "",
      "**How did you find out about us?**",
      "A neighbour who had a grant last year.",
      "",
    ].join("\n");
    const read = sections(text);
    expect(read.find((s) => s.line === 7)).toMatchObject({ id: "activities", end: 10 });
    expect(read.find((s) => s.line === 11)).toMatchObject({ id: "budget", end: 13 });
  });

  it("questions alone in their paragraphs hold a ## heading in their answers too, and a bold question after them is their sibling", () => {
    const text = [
      "Who are you and what do you do?",
      "",
      "We are eleven neighbours who run a tool library.",
      "",
      "What are the main risks of the project?",
      "",
      "## Risks",
      "",
      "Risk: the landlord raises the rent. Mitigation: a three-year lease signed in March.",
      "",
      "**Please provide a budget for the activities.**",
      "Rent 4,800 EUR; total 4,800 EUR.",
      "",
    ].join("\n");
    const read = sections(text);
    expect(read.find((s) => s.line === 7)).toMatchObject({ id: "risks", end: 10 });
    expect(read.find((s) => s.line === 11)).toMatchObject({ id: "budget", end: 13 });
  });

  it("a heading above the questions still holds them", () => {
    const text = [
      "## Part A: your group",
      "",
      "**Who are you and what do you do?**",
      "We are eleven neighbours who run a tool library.",
      "",
      "**How many people use it?**",
      "About 300 households borrowed a tool last year.",
      "",
      "## Part B: the project",
      "",
      "**What would you do with the grant?**",
      "Open on two more evenings a week.",
      "",
      "**Please provide a budget.**",
      "Rent 4,800 EUR; total 4,800 EUR.",
      "",
    ].join("\n");
    const read = parseProposal(text, matcher).sections;
    // Part B follows two questions but is followed at once by a question: it titles them.
    expect(read.find((s) => s.line === 9)).toMatchObject({ rank: 20, end: 16 });
    expect(read.find((s) => s.line === 14)).toMatchObject({ id: "budget", rank: 35 });
  });
});

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

describe("a form table's label cell that spans rows", () => {
  const form = [
    "# 社区长者助餐服务项目申报表",
    "",
    "| 项目名称 | 社区长者助餐服务 |",
    "| --- | --- |",
    "| 项目背景 | 本街道60岁以上独居老人共412人，其中行动不便、无法自行做饭的约130人，附近没有长者食堂。 |",
    "| 实施计划 | 第一阶段（3—4月）：社工入户走访全部独居老人，建立助餐需求台账。 |",
    "|  | 第二阶段（5—10月）：每周一至周五中午为80名老人送餐上门，志愿者随餐探访。 |",
    "|  | 第三阶段（11—12月）：回访老人满意度，形成项目总结报告。 |",
    "| 项目预算 | 合计12万元，其中餐费补贴8万元、人员补贴3万元、管理费1万元。 |",
    "",
  ].join("\n");

  it("reads the rows below the label as more of its section", () => {
    const read = parseProposal(form, matcher);
    const plan = read.sections.find((s) => s.id === "activities")!;
    expect(plan).toMatchObject({ line: 6, start: 5, end: 8 });
    expect(read.lines.slice(plan.start, plan.end).join("\n")).toContain("第三阶段（11—12月）");
    // Each row reads as its text, without pipes; the next label is a section of its own.
    expect(read.lines[6]).toBe("第二阶段（5—10月）：每周一至周五中午为80名老人送餐上门，志愿者随餐探访。");
    expect(read.sections.find((s) => s.id === "budget")).toMatchObject({ line: 9, end: 9 });
  });

  it("a label whose first row is short is written out by its rows together", () => {
    const short = form.replace("| 实施计划 | 第一阶段（3—4月）：社工入户走访全部独居老人，建立助餐需求台账。 |", "| 实施计划 | 分三个阶段 |");
    const plan = parseProposal(short, matcher).sections.find((s) => s.id === "activities")!;
    expect(plan).toMatchObject({ line: 6, end: 8 });
  });

  it("an empty first cell under a row that is no section's label stays outside", () => {
    const text = form.replace("| 实施计划 |", "| 联系人 |");
    const read = parseProposal(text, matcher);
    expect(read.sections.find((s) => s.id === "activities")).toBeUndefined();
    expect(read.sections.filter((s) => s.line === 7 || s.line === 8)).toEqual([]);
  });

  it("an English form's merged label reads the same way", () => {
    const text = [
      "| Field | Answer |",
      "| --- | --- |",
      "| Statement of need | 412 older people in the ward live alone, and about 130 of them cannot cook for themselves any more. |",
      "| Activities | March to April: social workers visit every older person living alone and record who needs meals. |",
      "| | May to October: a hot lunch delivered to 80 people on weekdays, with a volunteer who stays to talk. |",
      "| Budget | 120,000 in total: meal subsidies 80,000, staff 30,000, management 10,000. |",
      "",
    ].join("\n");
    const read = parseProposal(text, matcher);
    const plan = read.sections.find((s) => s.id === "activities")!;
    expect(read.lines.slice(plan.start, plan.end).join(" ")).toMatch(/March to April.*May to October/);
  });
});
