// Each fixture degraded on purpose: the specific improvement, where it points and how many points
// the score drops.
import { describe, expect, it } from "vitest";
import { find, fixture, lineOf, removeSection, replaceOnce, score } from "./helpers.js";

const zh = fixture("zh-complete.md");
const en = fixture("en-complete.md");
const pf = fixture("zh-public-fundraising.md");

describe("complete proposals", () => {
  it("score well, pass, and have no errors", async () => {
    for (const text of [zh, en, pf]) {
      const r = await score(text);
      expect(r.score).toBeGreaterThanOrEqual(95);
      expect(r.passed).toBe(true);
      expect(r.improvements.filter((i) => i.severity === "error")).toEqual([]);
    }
  });
  it("pick the rubric by language and kind", async () => {
    expect((await score(zh)).rubric).toBe("standard-zh");
    expect((await score(en)).rubric).toBe("standard-en");
    expect((await score(pf)).rubric).toBe("public-fundraising-zh");
  });
  it("report the key figures", async () => {
    const r = await score(zh);
    expect(r.metrics).toMatchObject({ budgetTotal: 272000, itemsTotal: 272000, directBeneficiaries: 200, indirectBeneficiaries: 400, costPerBeneficiary: 1360, period: { start: "2025-03", end: "2026-02" } });
    expect(r.metrics.adminShare).toBeCloseTo(0.074, 3);
  });
  it("give the same report every time", async () => {
    expect(JSON.stringify(await score(zh))).toBe(JSON.stringify(await score(zh)));
  });
});

describe("zh degraded", () => {
  it("budget removed: says where the section belongs, drops the budget points and fails the must", async () => {
    const base = await score(zh);
    const text = removeSection(zh, "## 六、项目预算");
    const r = await score(text);
    const missing = find(r, "budget", /缺少「项目预算」部分/);
    expect(missing.severity).toBe("error");
    expect(missing.line).toBe(lineOf(text, "通过以上活动，项目预期改善"));
    // The budget's own points, and the budget's share (1 of 10 sections) of the placeholder and
    // wording criteria, which credit only text that is there.
    expect(missing.points).toBeCloseTo(14, 1);
    expect(missing.criteria).toEqual(["budget", "placeholders", "clarity"]);
    expect(r.criteria.find((c) => c.id === "budget")).toMatchObject({ must: true, passed: false });
    expect(r.passed).toBe(false);
    expect(base.score - r.score).toBeCloseTo(15, 0);
  });

  it("objectives without numbers: each objective is named with its line", async () => {
    const base = await score(zh);
    const table = zh.slice(zh.indexOf("| 目标 | 指标"), zh.indexOf("## 四、受益对象"));
    const text = replaceOnce(zh, table, "- 让老人按时吃上热饭\n- 提高送餐服务质量\n- 及时发现老人健康风险\n\n");
    const r = await score(text);
    const hit = find(r, "objectives", /目标「提高送餐服务质量」缺少数字、完成时间/);
    expect(hit.line).toBe(lineOf(text, "- 提高送餐服务质量"));
    expect(hit.points).toBeCloseTo(2, 1);
    expect(r.improvements.filter((i) => i.criterion === "objectives" && /缺少数字/.test(i.message))).toHaveLength(3);
    expect(base.score - r.score).toBeGreaterThanOrEqual(6.2);
  });

  it("a budget that does not add up: an error on the total row", async () => {
    const base = await score(zh);
    const text = replaceOnce(zh, "| **272,000.00** |", "| **250,000.00** |");
    const r = await score(text);
    const hit = find(r, "budget", /预算各项相加为 272,000 元，写明的合计为 250,000 元，相差 22,000 元/);
    expect(hit).toMatchObject({ severity: "error", line: lineOf(text, "**合计**") });
    expect(hit.points).toBeCloseTo(4.9, 1);
    expect(base.score - r.score).toBeCloseTo(4.9, 1);
  });

  it("placeholders left: an error on the line, per placeholder", async () => {
    const base = await score(zh);
    const text = replaceOnce(zh, "项目团队由项目主管、项目社工和送餐组组成", "项目团队由【待补充：项目负责人】负责");
    const r = await score(text);
    const hit = find(r, "placeholders", /留有占位符「【待补充：项目负责人】」/);
    expect(hit).toMatchObject({ severity: "error", line: lineOf(text, "【待补充：项目负责人】") });
    expect(hit.suggestion).toContain("项目负责人");
    // A quarter of the placeholders check (3 of the criterion's 5 points; leftovers and duplicates
    // have the rest), and the proposal is not ready to submit, however high its score.
    expect(base.score - r.score).toBeCloseTo(0.9, 1);
    expect(r.ready).toBe(false);
  });

  it("dates outside the period: an error on the activity's line", async () => {
    const base = await score(zh);
    const text = replaceOnce(zh, "| 健康探访与回访 | 2025年5月 | 2026年2月 |", "| 健康探访与回访 | 2025年5月 | 2026年6月 |");
    const r = await score(text);
    const hit = find(r, "activities", /「2026年6月」在项目周期（2025年3月—2026年2月）之外/);
    expect(hit).toMatchObject({ severity: "error", line: lineOf(text, "2026年6月") });
    expect(base.score - r.score).toBeCloseTo(1.2, 1);
  });

  it("admin share over the limit", async () => {
    const text = replaceOnce(zh, "| 6 | 项目管理费 | 管理费用 | 20,000.00 | 1 | 20,000.00 | |", "| 6 | 项目管理费 | 管理费用 | 40,000.00 | 1 | 40,000.00 | |").replace(/272,000\.00/g, "292,000.00");
    const r = await score(text);
    const hit = find(r, "budget", /管理费用占预算的 13.7%，超过 10% 的上限/);
    expect(hit.line).toBe(lineOf(text, "项目管理费"));
  });

  it("Art. 24 elements missing: each is an error and the must criterion fails", async () => {
    const base = await score(pf);
    let text = replaceOnce(pf, "- **募捐成本**：平台服务费及宣传费用不超过募得款的2%，从机构自有资金列支\n", "");
    text = replaceOnce(text, "- **银行账户**：户名杭州市西湖区乐龄社区服务中心，开户行中国银行杭州西湖支行，账号 1234 5678 9012\n", "- **银行账户**：【待补充：银行账户】\n");
    const r = await score(text);
    const missing = find(r, "art24", /缺少必备要素「募捐成本」/);
    expect(missing).toMatchObject({ severity: "error", line: lineOf(text, "## 七、公开募捐方案") });
    const empty = find(r, "art24", /必备要素「银行账户」未填写/);
    expect(empty.line).toBe(lineOf(text, "**银行账户**"));
    expect(missing.points).toBeCloseTo(1.5, 1);
    expect(r.criteria.find((c) => c.id === "art24")).toMatchObject({ must: true, passed: false });
    expect(r.passed).toBe(false);
    expect(base.score - r.score).toBeGreaterThanOrEqual(2.7);
  });

  it("an element named inside another element's text is still found filled on its own line", async () => {
    const text = replaceOnce(pf, "- **接受捐赠方式**：通过民政部指定的互联网募捐信息平台在线捐赠，或银行转账", "- **接受捐赠方式**：通过民政部指定的互联网募捐信息平台在线捐赠，或转账至本机构银行账户 |");
    const r = await score(text);
    expect(r.improvements.filter((i) => /银行账户/.test(i.message))).toEqual([]);
    // A placeholder on the element's own line still counts, whatever other lines name it.
    const empty = replaceOnce(text, "- **银行账户**：户名杭州市西湖区乐龄社区服务中心，开户行中国银行杭州西湖支行，账号 1234 5678 9012\n", "- **银行账户**：【待补充：银行账户】\n");
    expect(find(await score(empty), "art24", /必备要素「银行账户」未填写/).line).toBe(lineOf(empty, "**银行账户**"));
  });

  it("a sparse draft scores much lower and says what to add", async () => {
    const r = await score(fixture("zh-sparse.md"));
    expect(r.score).toBeLessThan(50);
    // Three placeholders; the missing risk section, which the risks check reports in its own words,
    // is one improvement that costs the risks and the placeholders criteria.
    expect(r.improvements.filter((i) => i.criterion === "placeholders" && i.severity === "error")).toHaveLength(3);
    const risks = r.improvements.filter((i) => /「风险管理」/.test(i.message) && /缺少/.test(i.message));
    expect(risks).toHaveLength(1);
    expect(risks[0]!.criteria).toEqual(expect.arrayContaining(["risks", "placeholders"]));
    find(r, "activities", /缺少「项目内容与实施计划」部分/);
    find(r, "clarity", /「大量」是模糊的数量词/);
    expect(r.improvements[0]!.points).toBeGreaterThanOrEqual(r.improvements[1]!.points);
  });
});

describe("en degraded", () => {
  it("objectives without numbers", async () => {
    const text = replaceOnce(en, "- By December 2025, 200 girls complete a 30-hour introductory coding course.", "- Girls learn to code.");
    const r = await score(text);
    const hit = find(r, "objectives", /Objective "Girls learn to code\." lacks a number and a deadline/);
    expect(hit.line).toBe(lineOf(text, "- Girls learn to code."));
    expect(hit.suggestion).toMatch(/measurable/);
  });

  it("a budget that does not add up", async () => {
    const base = await score(en);
    const text = replaceOnce(en, "| **Total** | | | | **$48,000** |", "| **Total** | | | | **$50,000** |");
    const r = await score(text);
    const hit = find(r, "budget", /add up to \$48,000; the stated total is \$50,000; a difference of \$2,000/);
    expect(hit.line).toBe(lineOf(text, "**Total**"));
    expect(base.score - r.score).toBeCloseTo(4.9, 1);
  });

  it("placeholders and vague words", async () => {
    const r = await score(fixture("en-sparse.md"));
    const todo = find(r, "placeholders", /Placeholder left in the text: "\[TODO: project period\]"/);
    expect(todo.line).toBe(5);
    expect(todo.suggestion).toContain("project period");
    find(r, "clarity", /"various" is a vague quantifier/);
    expect(r.score).toBeLessThan(50);
  });

  it("dates outside the period", async () => {
    const text = replaceOnce(en, "| Coding course | May 2025 | December 2025 |", "| Coding course | May 2025 | June 2026 |");
    const r = await score(text);
    const hit = find(r, "activities", /The date "June 2026" falls outside the project period \(March 2025—February 2026\)/);
    expect(hit.line).toBe(lineOf(text, "June 2026"));
  });
});
