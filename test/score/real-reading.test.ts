// Shapes real proposals write that the scorer misread (issue: the scorer on real proposals): each
// test is a short invented snippet in the shape of the real case, not a copy of any document.
import { describe, expect, it } from "vitest";
import { normalizeAmounts } from "../../src/score/analysis/budget-lines.js";
import { findListItems } from "../../src/score/read/markdown.js";
import { parseProposal, pipeBareTables } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
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

describe("a work plan dated without calendar years", () => {
  const plan = async (base: string, heading: string, next: string, body: string) => {
    const r = await score(replaceSection(base, heading, next, body));
    return r.improvements.filter((i) => /work plan has no dates|实施计划没有具体时间/.test(i.message));
  };
  const enPlan = (body: string) => plan(en, "## 5. Project Activities and Work Plan", "## 6. Budget", body);
  const zhPlan = (body: string) => plan(zh, "## 五、项目内容与实施计划", "## 六、项目预算", body);

  it("relative schedules are a timeline: Week 1-4, Month 2, 第4-5个月, 第一阶段（1-2月）, T0+3—5周", async () => {
    expect(await enPlan("- Week 1-4: train 12 volunteers in 2 workshops.\n- Month 2: open the repair café.")).toEqual([]);
    expect(await zhPlan("1. 第4-5个月：开展培训4场。\n2. 第6个月：完成评估。")).toEqual([]);
    expect(await zhPlan("- 第一阶段（1-2月）：入户评估200人。\n- 第二阶段（3-6月）：送餐服务。")).toEqual([]);
    expect(await zhPlan("- T0—T0+2周：完成调研。\n- T0+3—5周：开发与测试。")).toEqual([]);
  });

  it("dates without a year are a timeline: May 25 - June 25, 5 May, 3月1日—4月30日", async () => {
    expect(await enPlan("- May 25 - June 25: weekly clubs for 40 girls.\n- 5 July: the closing showcase.")).toEqual([]);
    expect(await zhPlan("- 3月1日—4月30日：入户评估200人。\n- 5-6月：志愿者培训4场。")).toEqual([]);
  });

  it("stages without times, durations and the word May are not dates", async () => {
    expect(await zhPlan("- 第一阶段：需求调研。\n- 第二阶段：开发与测试，3个月内完成。")).toHaveLength(1);
    expect(await enPlan("- Clubs may run 2 sessions a week.\n- The showcase ends the project.")).toHaveLength(1);
    // A duration per activity is half a timeline: still reported, for half the loss.
    const full = await enPlan("- Training for 12 volunteers.\n- Clubs for 40 girls.");
    const durations = await enPlan("- Training for 12 volunteers (2 weeks).\n- Clubs for 40 girls (3 months).");
    expect(full).toHaveLength(1);
    expect(durations).toHaveLength(1);
    expect(durations[0]!.points).toBeLessThan(full[0]!.points);
  });
});

describe("a period stated as Start: and End: lines", () => {
  it("Start: 1 March 2025 / End: 28 February 2026 is the project period", async () => {
    const text = (start: string) => `# Repair café\n\n## Project Activities and Work Plan\n\n${start}\n\nEnd: 28 February 2026\n\n- April 2025: train 12 volunteers.\n- May 2025: open the café.\n`;
    const noPeriod = (r: Awaited<ReturnType<typeof score>>) => r.improvements.filter((i) => /project period \(start and end\) is not stated/.test(i.message));
    expect(noPeriod(await score(text("Start: 1 March 2025")))).toEqual([]);
    expect(noPeriod(await score(text("We began long ago.")))).toHaveLength(1);
  });
});

describe("sections that are not what their words say", () => {
  const matcher = buildSectionMatcher();
  const sections = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => [s.id, s.line, s.end]);

  it("a table of contents names sections without being them", () => {
    const text = ["# 社区助餐项目", "", "目录", "", "1. 项目背景 1.1. 需求分析", "1. 项目预算", "", "## 一、项目背景", "", "独居老人300名。", "", "## 二、项目预算", "", "合计20万元。", ""].join("\n");
    expect(sections(text)).toEqual([["need", 8, 11], ["budget", 12, 15]]);
    const leaders = ["# 社区助餐项目", "", "一、项目背景……………3", "二、项目预算……………5", "", "## 一、项目背景", "", "文字。", ""].join("\n");
    expect(sections(leaders)).toEqual([["need", 6, 9]]);
  });

  it("a line leading into a list heads the list, not the text after it", () => {
    const text = ["## 规划", "", "**我们希望在项目结束后，能够达到以下产出要求：**", "", "1. 完成培训4场。", "2. 服务老人200人。", "", "以上是本项目的计划。", "", "## 预算", "", "合计1万元。"].join("\n");
    const objectives = parseProposal(text, matcher).sections.find((s) => s.id === "objectives")!;
    expect([objectives.line, objectives.end]).toEqual([3, 6]);
  });

  it("metrics or an evaluation inside a technical section are not the monitoring section", () => {
    const text = ["## Technical architecture", "", "A cache in front of the API.", "", "#### Metrics", "", "p95 latency under 200 ms.", "", "## Evaluation", "", "Quarterly surveys of 120 users."].join("\n");
    expect(sections(text).filter((s) => s[0] === "monitoring")).toEqual([["monitoring", 9, 11]]);
    const zhText = ["## 2. 研究方法", "", "### 2.4. 原型系统实现与实验评估", "", "以延迟与吞吐评估原型。", "", "## 3. 项目监测与评估", "", "每季度回访。"].join("\n");
    expect(sections(zhText).filter((s) => s[0] === "monitoring").map((s) => s[1])).toEqual([7]);
  });
});

describe("amounts with a multiplier and no currency", () => {
  const budgetOf = async (lines: string[]) => {
    const r = await score(`# Repair café\n\n## Budget\n\n${lines.join("\n")}\n`);
    return { score: criterion(r, "budget").score, messages: r.improvements.filter((i) => i.criterion === "budget").map((i) => i.message) };
  };

  it("en: a bare 30k total over 12k and 18k items reads as the same budget in dollars", async () => {
    const bare = await budgetOf(["- Venue hire: 12k", "- Tools: 18k", "", "Total: 30k"]);
    const dollars = await budgetOf(["- Venue hire: $12,000", "- Tools: $18,000", "", "Total: $30,000"]);
    expect(bare).toEqual(dollars);
    expect(bare.messages.some((m) => /no itemized lines|total budget is missing/.test(m))).toBe(false);
  });

  it("zh: 1万 + 2万 against 合计：3万 is an itemized budget with its total", async () => {
    const r = await score("# 社区助餐\n\n## 项目预算\n\n- 场地：1万\n- 餐费：2万\n\n合计：3万\n");
    expect(r.improvements.filter((i) => /没有可读的预算明细|缺少预算总额/.test(i.message))).toEqual([]);
    const wrong = await score("# 社区助餐\n\n## 项目预算\n\n- 场地：1万\n- 餐费：2万\n\n合计：4万\n");
    expect(wrong.improvements.some((i) => i.criterion === "budget" && /合计|总额|不符|不一致/.test(i.message))).toBe(true);
  });

  it("a k joined to a word or a version is not thousands", () => {
    expect(normalizeAmounts("the 4k-page report, v1.2k")).toBe("the 4k-page report, v1.2k");
    expect(normalizeAmounts("Total: 30k")).toBe("Total: 30 thousand");
  });
});

describe("small counts of the things a text names", () => {
  const unsourced = async (body: string) => {
    const r = await score(replaceSection(zh, "## 二、项目背景与需求分析", "## 三、项目目标", body));
    return r.improvements.filter((i) => /在本句和下一句都没有注明来源/.test(i.message)).map((i) => i.message);
  };

  it("调查发现三个问题：… and 3 workshops are counts, not statistics needing a source", async () => {
    expect(await unsourced("社区走访发现三个问题：用餐难、就医远、缺少陪伴。")).toEqual([]);
    const r = await score(replaceSection(en, "## 2. Statement of Need", "## 3. Goals and Objectives", "Our survey showed 3 workshops a term are what parents can attend."));
    expect(r.improvements.filter((i) => /has no source in its sentence/.test(i.message))).toEqual([]);
  });

  it("a count of people found by a study still needs its source", async () => {
    expect(await unsourced("研究表明，辖区内5名儿童因照护不足辍学。")).toHaveLength(1);
  });
});

describe("items under a bold label", () => {
  const objectives = (body: string) => score(replaceSection(en, "## 3. Goals and Objectives", "## 4. Target Population", body));

  it("**Objective 1:** … with a list under it is one objective, its list its parts", async () => {
    const r = await objectives("**Objective 1:** By June 2025, 120 residents repair an item at the café.\n\n- monthly sessions\n- a volunteer rota\n\n**Objective 2:** By December 2025, 40 volunteers are trained.\n\n- two training days\n- a handbook");
    expect(r.improvements.filter((i) => /lacks a number|cannot be measured/.test(i.message))).toEqual([]);
  });

  it("an objectives table whose target cell sits beside a deadline cell of month and year has its deadline", async () => {
    const table = "| # | Objective | Indicator | Target | Deadline |\n| --- | --- | --- | --- | --- |\n| 1 | Young carers attend 10 mentoring sessions | attendance | 80 | March 2027 |\n| 2 | Young carers report less isolation | wellbeing score | 60 | March 2027 |";
    const r = await objectives(table);
    expect(r.improvements.filter((i) => /lacks a deadline/.test(i.message))).toEqual([]);
  });

  it("a bold line alone over paragraphs titles them and is no objective itself", async () => {
    const r = await objectives("**Repair sessions**\n\nBy June 2025, 120 residents repair an item at the café.\n\n**Volunteers**\n\nBy December 2025, 40 volunteers are trained.");
    expect(r.improvements.filter((i) => /Objective "(?:Repair sessions|Volunteers)"/.test(i.message))).toEqual([]);
    // The paragraphs under the titles are still read, a vague one among them.
    const vague = await objectives("**Repair sessions**\n\nBy June 2025, 120 residents repair an item at the café.\n\n**Volunteers**\n\nMore people volunteer.");
    find(vague, "objectives", /Objective "More people volunteer\." lacks/);
  });

  it("a heading between a label and a list ends the label's list; a bold word is no list item", async () => {
    const r = await objectives("**Why.** Girls leave STEM early.\n\n### Objectives\n\n- more girls like science\n- By June 2025, 200 girls complete a 30-hour course.");
    find(r, "objectives", /Objective "more girls like science" lacks/);
    expect(findListItems([{ line: 1, text: "**Objective 1:** By June." }, { line: 2, text: "* item" }]).map((i) => i.text)).toEqual(["item"]);
  });
});

describe("risks listed first and their mitigations in a list after them", () => {
  it("**Solutions**: after the challenges pairs each challenge with a solution; a rule line is no risk", async () => {
    const body = "1. **Scale**: traversal slows on large networks.\n2. **Security**: the layer must not weaken the protocol.\n\n**Solutions**:\n- Sample the graph instead of walking it whole.\n- Commission an outside security audit.\n\n---\n";
    const r = await score(replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", body));
    expect(riskFindings(r)).toEqual([]);
  });

  it("fewer solutions than challenges leave the last challenges unmitigated", async () => {
    const body = "1. **Scale**: traversal slows on large networks.\n2. **Security**: the layer must not weaken the protocol.\n\n**Solutions**:\n- Sample the graph instead of walking it whole.\n";
    const r = await score(replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", body));
    expect(riskFindings(r).map((f) => f.message)).toEqual(['Risk "Security: the layer must not weaken the protocol." has no mitigation.']);
  });
});
