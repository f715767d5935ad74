// Classes of damage the validity benchmark plants into real proposals: a prose objective in one
// part of a split objectives section, and risk statements removed while passing mentions stay.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

describe("objectives stated in two places", () => {
  const zh = (main: string[]) =>
    [
      "# 社区助餐项目",
      "",
      "## 一、项目背景与需求分析",
      "",
      "辖区内独居老人就餐困难，现有老年餐桌只提供堂食，行动不便的老人无法到达。",
      "",
      "## 二、项目目标",
      "",
      ...main,
      "",
      "## 三、项目内容与实施计划",
      "",
      "2025年3月起每周送餐5次。",
      "",
      "### 目标指标",
      "",
      "- 送餐准时率不低于95%。",
      "- 老人满意度达到90%以上。",
      "",
    ].join("\n");

  it("a vague sentence in the prose part is read as an objective, though the other part is a list", async () => {
    const r = await scoreText(zh(["我们希望让社区变得更好，提升大家对这个问题的认识。"]), { file: "p.md" });
    expect(r.improvements.map((i) => i.message)).toContain("目标「我们希望让社区变得更好，提升大家对这个问题的认识…」缺少数字、完成时间，无法衡量。");
  });
});

describe("risks without a risk section", () => {
  const en = (risk: string[]) =>
    [
      "# Neighbourhood Repair Café",
      "",
      "## Project Description",
      "",
      "We run a monthly repair café in the library hall, where volunteers fix household items with their owners.",
      ...risk,
      "",
      "## Timeline",
      "",
      "From March 2025, one repair café on the first Saturday of each month; with three concurrent tracks of work we will attempt to mitigate the risks through clear monthly updates.",
      "",
    ].join("\n");
  const risks = async (lines: string[]) => (await scoreText(en(lines), { file: "p.md" })).criteria.find((c) => c.id === "risks")!.score;

  it("a passing mention earns less than a stated risk", async () => {
    const stated = await risks(["The main risk is that too few volunteers come in winter; we will keep a standby list of ten."]);
    const passing = await risks([]);
    expect(passing).toBeLessThan(stated!);
  });
});

describe("a section pasted twice", () => {
  const milestone = ["### Milestone 2 - Repair guides", "", "- Write 12 repair guides (20 pages) by June 2025.", "- Print 200 copies for the library by July 2025.", ""];
  const en = (copies: number) =>
    [
      "# Neighbourhood Repair Café",
      "",
      "## Work Plan",
      "",
      "### Milestone 1 - Setup",
      "",
      "- Find a hall for the café.",
      "- Buy the tools we need.",
      "- Recruit volunteers.",
      "",
      ...Array.from({ length: copies }, () => milestone).flat(),
    ].join("\n");

  it("is reported, and its copy adds nothing to the other checks", async () => {
    const once = await scoreText(en(1), { file: "p.md" });
    const twice = await scoreText(en(2), { file: "p.md" });
    expect(twice.improvements.map((i) => i.message)).toContain('"Milestone 2 - Repair guides" appears twice (lines 11 and 16) with the same text.');
    const activities = (r: typeof once) => r.criteria.find((c) => c.id === "activities")!.score;
    expect(activities(twice)).toBe(activities(once));
    expect(twice.score).toBeLessThan(once.score);
  });
});
