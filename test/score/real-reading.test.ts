// Shapes real proposals write that the scorer misread (issue: the scorer on real proposals): each
// test is a short invented snippet in the shape of the real case, not a copy of any document.
import { describe, expect, it } from "vitest";
import { pipeBareTables } from "../../src/score/read/proposal.js";
import { criterion, find, fixture, replaceSection, score } from "./helpers.js";

const en = fixture("en-complete.md");
const zh = fixture("zh-complete.md");
const riskFindings = (r: Awaited<ReturnType<typeof score>>) => r.improvements.filter((i) => i.criterion === "risks");

describe("a risk section with one sub-heading per risk", () => {
  it("en: ### Risk 1 … with its mitigation under it is one risk each", async () => {
    const body = [
      "### Risk 1: Volunteers leave", "", "We will keep a waiting list of ten trained volunteers and train two more each month.", "",
      "### Risk 2: Rain on market days", "", "If it rains, the market moves to the school hall, booked in advance.", "",
      "### Risk 3: Supplier prices rise", "", "Prices are fixed in a one-year contract signed before the project starts.",
    ].join("\n");
    const r = await score(replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", body));
    const found = riskFindings(r);
    // The third risk has no mitigation in the words the rubric knows; the first two do.
    expect(found.map((f) => f.message)).toEqual(['Risk "Risk 3: Supplier prices rise" has no mitigation.']);
    expect(found.some((f) => /identified/.test(f.message))).toBe(false);
  });

  it("zh: ### 风险一 … 若…则… under each sub-heading", async () => {
    const body = ["### 风险一：志愿者不足", "", "若报名人数不足，则与两所高校签约补充。", "", "### 风险二：场地临时不可用", "", "如果社区活动室被占用，将改在街道文化站开展。"].join("\n");
    const r = await score(replaceSection(zh, "## 八、风险管理", "## 九、可持续性", body));
    expect(riskFindings(r)).toEqual([]);
    expect(criterion(r, "risks").score).toBe(criterion(r, "risks").max);
  });

  it("sub-headings that split risks from their mitigations are not risks themselves", async () => {
    const body = ["### 风险识别", "", "- 志愿者流失", "- 天气影响活动", "", "### 应对措施", "", "- 建立志愿者激励机制", "- 雨天改为室内活动"].join("\n");
    const r = await score(replaceSection(zh, "## 八、风险管理", "## 九、可持续性", body));
    expect(riskFindings(r).length).toBeGreaterThan(0);
  });
});

describe("a risk and its mitigation as a conditional", () => {
  it("zh: 1. …风险：若…，则… is a mitigated risk", async () => {
    const body = "1. 人员流动风险：若骨干社工离职，则由督导在两周内接手并补招。\n2. 资金到位延迟风险：若拨款延迟，则先以机构备用金垫付两个月。";
    const r = await score(replaceSection(zh, "## 八、风险管理", "## 九、可持续性", body));
    expect(riskFindings(r)).toEqual([]);
  });

  it("a risk without any consequence is still unmitigated", async () => {
    const body = "1. 人员流动风险：骨干社工可能离职。\n2. 资金到位延迟风险：拨款可能延迟。";
    const r = await score(replaceSection(zh, "## 八、风险管理", "## 九、可持续性", body));
    expect(riskFindings(r)).toHaveLength(2);
  });
});

describe("risks written as paragraphs", () => {
  it("a paragraph per risk counts, mitigated or not", async () => {
    const body = "One of the risks is that the venue may close for repairs in spring. This is addressed by a signed agreement with a second hall.\n\nVolunteer turnover is hard to predict in the exam season.";
    const r = await score(replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", body));
    const found = riskFindings(r);
    expect(found).toHaveLength(1);
    find(r, "risks", /Risk "Volunteer turnover is hard to predict/);
  });
});

describe("tables written without the outer pipes", () => {
  const piped = ["| Item | Quantity | Cost |", "| ---- | -------- | ---- |", "| Seed packets | 20 | $400 |", "| Hand tools | 10 | $600 |", "| Total | | $1,000 |"];
  const bare = ["Item | Quantity | Cost", "---- | -------- | ----", "Seed packets | 20 | $400", "Hand tools | 10 | $600", "Total | | $1,000"];

  it("a bare budget table is read as the same table with pipes", async () => {
    const withBudget = (rows: string[]) => replaceSection(en, "## 6. Budget", "## 7. Monitoring and Evaluation", rows.join("\n"));
    const a = await score(withBudget(piped));
    const b = await score(withBudget(bare));
    expect(criterion(b, "budget").score).toBe(criterion(a, "budget").score);
    expect(b.improvements.map((i) => i.message)).toEqual(a.improvements.map((i) => i.message));
  });

  it("only a header over a separator with as many cells starts one; prose with a pipe is left alone", () => {
    const lines = ["Seeds | tools", "", "A | B", "--- | ---", "1 | 2", "", "not | a table", "--- | --- | ---"];
    pipeBareTables(lines, lines.map(() => false));
    expect(lines).toEqual(["Seeds | tools", "", "| A | B |", "| --- | --- |", "| 1 | 2 |", "", "not | a table", "--- | --- | ---"]);
  });
});
