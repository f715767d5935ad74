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

describe("sentences about the budget are not lines of it", () => {
  // The offline draft's own budget section: a sentence naming the largest item and one saying the
  // items and the total disagree come before the table. Read as budget lines, they made a ledger that
  // matched the stated total and hid the 19,000 gap.
  const text = [
    "# 乡村阅读陪伴计划",
    "",
    "## 六、项目预算",
    "",
    "项目预算总额15万元。按费用类别，直接项目费用占比最高，为88.5%。",
    "",
    "金额最大的是图书采购（6万元）。",
    "",
    "需要说明的是，预算明细合计131,000.00元与预算总额150,000.00元尚不一致，提交前须核对。",
    "",
    "| 序号 | 预算科目 | 金额（元） |",
    "| --- | --- | ---: |",
    "| 1 | 图书采购 | 60,000.00 |",
    "| 2 | 志愿者补贴 | 36,000.00 |",
    "| 3 | 活动物料 | 20,000.00 |",
    "| 4 | 项目管理 | 15,000.00 |",
    "| | **合计** | **131,000.00** |",
    "",
  ].join("\n");

  it("reads the table, and the gap to the stated total blocks submission with its arithmetic", async () => {
    const result = await scoreText(text, { file: "p.md" });
    expect(result.metrics.itemsTotal).toBe(131000);
    expect(result.ready).toBe(false);
    expect(result.blocking.map((b) => b.message).join("\n")).toMatch(/150,000 元.*131,000 元.*相差 19,000 元/);
  });

  it("a costed line that is not a sentence is still an item", async () => {
    const lines = ["# 项目", "", "## 项目预算", "", "- 餐费：6万元", "- 配送：2万元", "", "项目总预算为8万元。", ""].join("\n");
    const result = await scoreText(lines, { file: "p.md" });
    expect(result.metrics.itemsTotal).toBe(80000);
    expect(result.metrics.budgetTotal).toBe(80000);
  });
});
