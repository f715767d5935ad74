// The budget as real proposals write it: unit × quantity in bullets, tables and prose, unit costs in
// parentheses, several tables with subtotals, phases with their own totals, ranges, amounts in "k",
// tables without outer pipes, milestone costs outside the budget, and amounts that are not the
// project's costs (an organisation's annual budget, income, a fundraising target, 最低可执行金额).
// Every finding shows its arithmetic.
import { describe, expect, it } from "vitest";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import type { ScoreResult } from "../../src/score/types.js";
import "./helpers.js";

const rubric = parseRubric(
  "budget.yaml",
  "id: budget-only\ntitle: { en: Budget }\ncriteria:\n  - id: budget\n    title: { en: Budget, zh: 预算 }\n    weight: 100\n    sections: [budget]\n    checks:\n      - { type: budget }\n",
);

async function score(lines: string[]): Promise<ScoreResult> {
  return scoreTextWith(lines.join("\n"), await rubric, { file: "p.md" });
}
const messages = (r: ScoreResult) => r.improvements.map((i) => `${i.line}: ${i.message}`);

describe("budget lines with their own arithmetic", () => {
  const bullets = (printing: string) => [
    "# Community Garden",
    "",
    "## Budget",
    "",
    "- Seedlings: $3 x 400 = $1,200",
    `- Printing: ${printing}`,
    "- Venue hire ($50 per session x 12 sessions) $600",
    "- Tools (10) @ $25 each = $250",
    "",
    "Total: $4,450",
  ];

  it("reads unit × quantity bullets and parenthesised unit costs once", async () => {
    const r = await score(bullets("$120 x 20 = $2,400"));
    expect(r.metrics.itemsTotal).toBe(4450);
    expect(messages(r)).toEqual([]);
  });

  it("a product that does not give the amount is shown with its arithmetic", async () => {
    const r = await score(bullets("$200 x 20 = $2,400"));
    expect(messages(r)).toEqual(['6: "Printing": 200 × 20 = $4,000, but the amount says $2,400 (a difference of $1,600).']);
  });

  it("zh: 单价×数量 lines and the 合计", async () => {
    const r = await score(["# 社区读书会", "", "## 项目预算", "", "1. 讲师费：800元/次×12次=9,600元", "2. 场地费：250元/次×12次=3,000元", "3. 图书采购：50元/本×100本=5,500元", "", "合计：18,100元"]);
    expect(messages(r)).toEqual(["7: 「图书采购」：50 × 100 = 5,000 元，但金额写的是 5,500 元（相差 500 元）。"]);
    expect(r.metrics.itemsTotal).toBe(18100);
  });
});

describe("subtotals and totals across several tables and phases", () => {
  const tables = (staffSubtotal: string) => [
    "# Youth Coding Club",
    "",
    "## Budget",
    "",
    "### Staff",
    "",
    "| Item | Amount |",
    "| --- | --- |",
    "| Coordinator (0.5 FTE) | $18,000 |",
    "| Trainers | $6,000 |",
    `| Subtotal | ${staffSubtotal} |`,
    "",
    "### Activities",
    "",
    "| Item | Amount |",
    "| --- | --- |",
    "| Laptops (8 x $450) | $3,600 |",
    "| Snacks | $400 |",
    "| Subtotal | $4,000 |",
    "",
    "Total budget: $28,000",
  ];

  it("a budget in two tables adds up", async () => {
    const r = await score(tables("$24,000"));
    expect(messages(r)).toEqual([]);
    expect(r.metrics.budgetTotal).toBe(28000);
  });

  it("a changed subtotal in the first of two tables is caught, with its arithmetic", async () => {
    const r = await score(tables("$26,000"));
    expect(messages(r)).toEqual(["11: The lines above this subtotal add up to $24,000; the subtotal says $26,000; a difference of $2,000."]);
  });

  const phases = (phaseTotal: string) => [
    "# Search cluster",
    "",
    "## Budget",
    "",
    "### Phase 1",
    "",
    "Devops: 6 weeks x 8 hours x € 75 = € 3 600",
    "Servers: 15 x € 89 x 2 months = € 2670",
    "",
    "Subtotal: € 6270",
    "Coordination: 15% of € 6270 = € 940.50",
    "",
    `**Total: ${phaseTotal}**`,
    "",
    "### Phase 2",
    "",
    "Devops: 7 weeks x 16 hours x € 75 = € 8400",
    "Blog post: 6 hours x € 75 = € 450",
    "",
    "Subtotal: € 8850",
    "Coordination: 15% of € 8850 = € 1327.50",
    "",
    "**Total: € 10177.50**",
    "",
    "## Total Budget Requested",
    "",
    "€ 17388",
  ];

  it("phases with subtotals, a percentage line and totals, and the grand total under its heading", async () => {
    const r = await score(phases("€ 7210.50"));
    expect(messages(r)).toEqual([]);
    expect(r.metrics.budgetTotal).toBe(17388);
  });

  it("a changed phase total is reported once, at that total", async () => {
    const r = await score(phases("€ 9878"));
    expect(messages(r)).toEqual(["13: The budget lines add up to €7,210.5; the stated total is €9,878; a difference of €2,667.5."]);
  });
});

describe("amounts that are not the project's costs", () => {
  it("an organisation's annual budget is never credited as the project's", async () => {
    const r = await score([
      "# Food bank",
      "",
      "## Budget",
      "",
      "### Our organisation's annual budget (2024)",
      "",
      "| Item | Amount |",
      "| --- | --- |",
      "| Salaries | $420,000 |",
      "| Rent | $60,000 |",
      "| Total | $480,000 |",
    ]);
    expect(messages(r)).toEqual(["11: The budget shown is the organisation's annual budget ($480,000), not the project's; it is not counted as the project's budget."]);
    expect(r.metrics.budgetTotal).toBeUndefined();
  });

  it("beside the project's budget, the organisation's is left out", async () => {
    const r = await score([
      "# Food bank",
      "",
      "## Budget",
      "",
      "Annual organisational budget: $480,000",
      "",
      "| Item | Amount |",
      "| --- | --- |",
      "| Food | $8,000 |",
      "| Van hire | $2,000 |",
      "| Total | $10,000 |",
    ]);
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 10000, itemsTotal: 10000 });
  });

  it("income lines are kept apart from the expenses", async () => {
    const r = await score([
      "# Workshops",
      "",
      "## Budget",
      "",
      "Total Project Cost: €3,500",
      "",
      "Income:",
      "",
      "Applied to the fund: €1,200",
      "Open Collective: €1,300",
      "",
      "Expenses:",
      "",
      "Platform Development: €2,000 (hosting and design).",
      "Workshops: €1,000 (venue rentals, materials).",
      "Outreach: €500 (flyers).",
      "",
      "Cost estimates:",
      "",
      "Venue Rental: €200/workshop (quote from the neighbourhood centre).",
    ]);
    expect(r.metrics).toMatchObject({ budgetTotal: 3500, itemsTotal: 3500 });
    expect(messages(r)).toEqual([]);
  });

  it("zh: 募捐目标 and 最低可执行金额 are not added to the costs", async () => {
    const r = await score([
      "# 乡村儿童营养午餐公开募捐方案",
      "",
      "## 五、募得款物用途及预算",
      "",
      "募捐目标：30万元；最低可执行金额：12万元。",
      "",
      "| 科目 | 金额（元） |",
      "| --- | --- |",
      "| 午餐补贴 | 240,000 |",
      "| 厨房设备 | 45,000 |",
      "| 管理费用 | 15,000 |",
      "| 合计 | 300,000 |",
    ]);
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 300000, itemsTotal: 300000 });
  });
});

describe("budgets written elsewhere or otherwise", () => {
  const milestones = (request: string) => [
    "# Payments research",
    "",
    "## Development Roadmap",
    "",
    "### Milestone 1: specification",
    "",
    "**Budget:** $10k USD",
    "",
    "### Milestone 2: implementation",
    "",
    "**Budget**: $12k USD",
    "",
    "### Milestone 3: audit",
    "",
    "**Budget:** $8k USD",
    "",
    "## Total Budget Requested",
    "",
    `We are requesting a budget of ${request} USD from the foundation.`,
  ];

  it("milestone costs in k add up to the request under its heading", async () => {
    const r = await score(milestones("$30k"));
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 30000, itemsTotal: 30000 });
  });

  it("a request that the milestones do not reach shows both figures and the gap", async () => {
    const r = await score(milestones("$41k"));
    expect(messages(r)).toEqual(["19: The total stated in the text is $41,000; the budget lines add up to $30,000; a difference of $11,000."]);
  });

  it("a table without outer pipes, with a range column beside the amounts", async () => {
    const r = await score([
      "# Maps",
      "",
      "## Total Budget Requested",
      "",
      "Milestone | Week # | Budget Requested",
      "------------ | ------------- | -------------",
      "Browser | 1 - 4 | $6,000",
      "Contracts | 3 - 12 | $9,500",
      "**Total** | **1 - 12** | **$15,500**",
    ]);
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 15500, itemsTotal: 15500 });
  });

  it("groups under labels share the total after the last one; a form's character limit is no amount", async () => {
    const r = await score([
      "# Play lab",
      "",
      "## Itemized budget",
      "",
      "_Character limit: 1,000_",
      "",
      "Web hosting for the platform (12 months) @ $10/month = $120",
      "Mobile data for testing (5 devices) @ $20 each = $100",
      "Documentation materials:",
      "",
      "- Digital recorder (1) @ $60 = $60",
      "- Notebooks for participants (50) @ $2 each = $100",
      "  USB flash drives (20) @ $6 each = $120",
      "",
      "Total: $500",
    ]);
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 500, itemsTotal: 500 });
  });

  it("a range in an item is checked as a range", async () => {
    const r = await score(["# Fair", "", "## Budget", "", "- Stalls: $1,000", "- Printing: $300-500", "", "Total: $1,400"]);
    expect(messages(r)).toEqual([]);
  });
});

describe("a budget given as a form's answers", () => {
  const form = (question: string, workshops: string) => [
    "**Name of the group \\***",
    "",
    "Repair Café North",
    "",
    "Amount requested (€) \\*",
    "",
    "2400 euro",
    "",
    `**${question} \\***`,
    "",
    "\\- Workshops: six repair evenings with two volunteer fixers, at a total cost of " + workshops + " euros",
    "\\- Tools: a soldering station and spare parts costing €700",
    "\\- Flyers: 500 printed flyers for the neighbourhood, at a cost of 200 euros",
  ];
  const plan = "What activities will you carry out?";

  it("plan items that each state their cost are the budget, and the requested field is its total", async () => {
    const r = await score(form(plan, "1500"));
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 2400, itemsTotal: 2400 });
  });

  it("items that miss the requested amount show both figures and the gap", async () => {
    const r = await score(form(plan, "1900"));
    expect(messages(r)).toEqual(["7: The total stated in the text is €2,400; the budget lines add up to €2,800; a difference of €400."]);
  });

  it("one costed item alone is no budget", async () => {
    const r = await score(form(plan, "1500").slice(0, 11));
    expect(messages(r)).toEqual(["5: The budget has no itemized lines that can be read."]);
  });

  it("under the requested field, an item's 'at a total cost of' is the item's cost, not the budget's total", async () => {
    const r = await score(form("Tell us more", "1500"));
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ budgetTotal: 2400, itemsTotal: 2400 });
  });
});

describe("zh: 计划中各项写明费用", () => {
  it("活动各项的费用即预算，与申请金额相符", async () => {
    const r = await score([
      "# 社区读书会",
      "",
      "## 申请金额",
      "",
      "5000元",
      "",
      "## 实施计划",
      "",
      "- 读书分享会：每月一次，全年十二次，费用3,000元",
      "- 购书：新书两百册，费用为2,000元",
    ]);
    expect(messages(r)).toEqual([]);
    expect(r.metrics).toMatchObject({ itemsTotal: 5000 });
  });
});
