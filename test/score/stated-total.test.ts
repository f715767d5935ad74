// A line that states both the amount asked for and the whole budget: the total is the figure after
// the total's own words, wherever the request stands on the line (real proposals put it first).
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";

const proposal = (budgetLine: string) =>
  [
    "# 社区助餐项目申报书",
    "",
    "## 一、项目背景与需求分析",
    "",
    "辖区内独居老人300名，其中62%行动不便（来源：2024年街道入户调查）。",
    "",
    "## 二、项目预算",
    "",
    budgetLine,
    "",
    "| 科目 | 金额（元） |",
    "| --- | --- |",
    "| 餐费补贴 | 160,000 |",
    "| 配送 | 40,000 |",
    "| 合计 | 200,000 |",
    "",
  ].join("\n");

describe("the stated budget total", () => {
  it.each([
    "申请金额为15万元，项目总预算为20万元。",
    "项目总预算为20万元，其中申请金额为15万元。",
  ])("%s → 200,000", async (line) => {
    const result = await scoreText(proposal(line), { file: "p.md" });
    expect(result.metrics.budgetTotal).toBe(200000);
    expect(result.improvements.filter((i) => /合计|总额|不一致|differ/.test(i.message) && i.criterion === "budget")).toEqual([]);
  });

  it("a line that names only the amount asked for still states the total", async () => {
    const result = await scoreText(proposal("本项目申请金额为20万元。"), { file: "p.md" });
    expect(result.metrics.budgetTotal).toBe(200000);
  });
});
