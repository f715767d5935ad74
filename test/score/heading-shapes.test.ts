// Headings of every shape real applications use, and the structure around them: questions, form
// labels, a form laid out as a table, bold lines, synonyms in both scripts, sub-headings inside
// other sections.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import { linesOf, parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import { detectKind } from "../../src/score/engine.js";
import "./helpers.js";

const matcher = buildSectionMatcher();
const ids = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => [s.id, s.line]);
const idOf = (heading: string) => matcher.match(heading);

describe("headings by meaning words", () => {
  it.each([
    ["Funding", "budget"],
    ["Costs", "budget"],
    ["Financials", "budget"],
    ["Project budgets", "budget"],
    ["三、项目资助概算", "budget"],
    ["经费预算", "budget"],
    ["资金使用计划", "budget"],
    ["預算", "budget"],
    ["Technical delivery", "activities"],
    ["Timeline", "activities"],
    ["Milestones", "activities"],
    ["Development Roadmap", "activities"],
    ["进度安排", "activities"],
    ["实施步骤", "activities"],
    ["成效评估", "monitoring"],
    ["Measuring project's success", "monitoring"],
    ["Acceptance Criteria", "monitoring"],
    ["Deliverables", "objectives"],
    ["風險評估", "risks"],
    ["Maintenance and Upgrade Plans", "sustainability"],
  ])("%s names %s", (heading, id) => {
    expect(idOf(heading)).toBe(id);
  });

  it("a question names the section of what it asks, not of whose it is", () => {
    const text = [
      "Why is this project important to your organization?",
      "",
      "Because 240 families have no after-school care.",
      "",
      "Please explain how you will define and measure success for this project and who will collect the data?",
      "",
      "We count attendance monthly.",
      "",
      "**What are the risks to delivering this project on time and how will you manage them?**",
      "",
      "- Staff turnover: two trained volunteers per session.",
      "",
      "## What steps will you take to carry out this project?",
      "",
      "Three workshops.",
    ].join("\n");
    expect(ids(text)).toEqual([["need", 1], ["monitoring", 5], ["risks", 9], ["activities", 13]]);
  });

  it("a plain-text form's short title line over its answer is a heading when it names a section", () => {
    const text = "Application for Funding\n\nProject Description\nGoal: a platform for sharing.\n\nDates\nStart: 29 April 2025\n\nCost and Financing Plan\nWorkshops: EUR 900\n";
    expect(ids(text)).toEqual([["summary", 3], ["budget", 9]]);
  });

  it("a label of a few words is a heading, a sentence leading into a list is not", () => {
    expect(ids("Project budgets:\n\n- Rent: $2,000\n\nWe will track the following metrics:\n\n- attendance\n")).toEqual([["budget", 1]]);
  });

  it("a form laid out as a table: each labelled row is its section, read as its text", () => {
    const text = [
      "# 社区长者助餐项目申报书",
      "",
      "| 项目名称 | 社区长者助餐 |",
      "| --- | --- |",
      "| 项目背景 | 本社区60岁以上老人共1280人，其中独居老人约320人，约三成无法按时吃上热饭。 |",
      "| 实施计划 | 2025年3月招募志愿者30名；4月至12月每周一至周五送餐，每季度回访一次。 |",
      "| 项目预算 | 总预算10万元，其中餐费6万元、人员补贴2万元、交通1万元、管理费1万元。 |",
    ].join("\n");
    const proposal = parseProposal(text, matcher);
    expect(ids(text)).toEqual([["need", 5], ["activities", 6], ["budget", 7]]);
    expect(linesOf(proposal, ["need"]).map((l) => l.text)).toEqual(["本社区60岁以上老人共1280人，其中独居老人约320人，约三成无法按时吃上热饭。"]);
    // A data table whose rows happen to name a section is not a form.
    expect(ids("## 预算\n\n| 科目 | 金额 |\n| --- | --- |\n| 活动经费 | 3000 |\n| 人员费用 | 5000 |\n")).toEqual([["budget", 1]]);
    // Nor is a key-facts table of short fields: its rows stay as written (the cover reads them).
    const facts = "## Summary\n\n| Organization | Bright Futures Learning Trust |\n| --- | --- |\n| Beneficiaries | 240 girls directly, 960 family members indirectly |\n";
    expect(ids(facts)).toEqual([["summary", 1]]);
  });
});

describe("a form exported from an online tool or a word processor", () => {
  it("a question keeps its shape behind the form's required mark and progress ticks", () => {
    const text = [
      "**Why does your neighbourhood need this? \\***",
      "",
      "Two of the three youth clubs closed last year.",
      "",
      "**Who are the participants? ✅**",
      "",
      "Teenagers from the estate.",
      "",
      "What are the main risks, and how will you respond? *",
      "",
      "Rain: we move indoors.",
    ].join("\n");
    expect(ids(text)).toEqual([["need", 1], ["beneficiaries", 5], ["risks", 9]]);
  });

  it("a tick alone after a label is no required mark: an unknown label stays text", () => {
    expect(ids("**Opening hours ✅**\n\nMonday to Friday.\n")).toEqual([]);
  });

  it("the word after which or what is what a question asks, before an earlier section word", () => {
    expect(matcher.match("Apart from funding, which risks do you foresee", true)).toBe("risks");
    expect(matcher.match("What need does your project meet", true)).toBe("need");
    // Without such a word the first meaning word still decides.
    expect(matcher.match("What are the risks to your funding", true)).toBe("risks");
    expect(matcher.match("Risks")).toBe("risks");
  });

  it("escaped heading marks are read as the heading they were", () => {
    const text = "**Tell us about your work**\n\nWe run a repair café.\n\n\\#\\# Budget\n\n- Tools: €400\n- Room hire: €600\n";
    const proposal = parseProposal(text, matcher);
    expect(ids(text)).toEqual([["budget", 5]]);
    expect(proposal.lines[4]).toBe("## Budget");
    // An escaped list mark is read as the mark it was: "2\. Budget" as "2. Budget", "\- item" as "- item".
    expect(ids("Intro.\n\n2\\. Budget\n\nText.\n")).toEqual(ids("Intro.\n\n2. Budget\n\nText.\n"));
    expect(parseProposal("\\- Rent: €400\n12\\) Tools", matcher).lines).toEqual(["- Rent: €400", "12) Tools"]);
    // A backslash that escapes nothing of the kind stays.
    expect(parseProposal("\\-5 degrees", matcher).lines).toEqual(["\\-5 degrees"]);
  });

  it("a field label with its required mark heads the answer under it when it names a section", () => {
    const text = "Name of the group \\*\n\nRepair Café North\n\nAmount requested (€) \\*\n\n3000 euro\n";
    const proposal = parseProposal(text, matcher);
    expect(ids(text)).toEqual([["budget", 5]]);
    expect(linesOf(proposal, ["budget"]).map((l) => l.text).filter(Boolean)).toEqual(["3000 euro"]);
  });
});

describe("a form laid out as a table, its answers short or long", () => {
  it("once two rows of written text make the table a form, a short answer's label names its section too", () => {
    const text = [
      "# 某街道青少年课后托管项目申报书",
      "",
      "| 项目名称 | 课后托管 |",
      "| --- | --- |",
      "| 项目背景 | 街道内双职工家庭较多，放学后到家长下班之间约有两个小时无人照看的空档期。 |",
      "| 服务对象 | 小学生60名 |",
      "| 实施计划 | 九月开班，每周一至周五下午放学后开放三小时，寒暑假另行安排集中活动。 |",
      "| 项目预算 | 6万元 |",
    ].join("\n");
    expect(ids(text)).toEqual([["need", 5], ["beneficiaries", 6], ["activities", 7], ["budget", 8]]);
    expect(linesOf(parseProposal(text, matcher), ["budget"]).map((l) => l.text)).toEqual(["6万元"]);
    // Short rows alone make no form: a table of short fields stays a table.
    expect(ids("| 服务对象 | 小学生60名 |\n| --- | --- |\n| 项目预算 | 6万元 |\n")).toEqual([]);
  });
});

describe("sub-headings stay in their section unless they start one", () => {
  it("an overview inside the plan is the plan's, not the summary", () => {
    const text = "# P\n\n## 项目概述\n\n概述文字。\n\n## 实施计划\n\n### 概述\n\n分三期实施。\n\n## Development Roadmap\n\n### Gateway Overview\n\nText.\n";
    expect(ids(text)).toEqual([["summary", 3], ["activities", 7], ["activities", 13]]);
  });

  it("a caption over a table, or a part of the section, stays in it", () => {
    const text = "# P\n\n## 预期成效与可推广性\n\n文字。\n\n### 监测指标\n\n| 指标 | 目标 |\n| --- | --- |\n| 送餐 | 200人 |\n";
    expect(ids(text)).toEqual([["results", 3]]);
  });

  it("a section inside a generic parent leaves the parent's text", () => {
    const text = "# P\n\n# Project Description\n\nWe build an archive.\n\n## Total Budget Requested\n\n$100,000\n\n## Team\n\nAlice.\n";
    const proposal = parseProposal(text, matcher);
    expect(linesOf(proposal, ["summary"]).map((l) => l.text).filter(Boolean)).toEqual(["We build an archive."]);
    expect(linesOf(proposal, ["budget"]).map((l) => l.text).filter(Boolean)).toEqual(["$100,000"]);
  });
});

describe("fundraising plans", () => {
  const plan = [
    "# 助学公开募捐方案",
    "",
    "一、募捐目的",
    "",
    "为山区小学120名学生筹集午餐费用。",
    "",
    "二、募捐起止时间",
    "",
    "2025年3月1日至2025年6月30日。",
    "",
    "三、募捐地域",
    "",
    "全国。",
    "",
    "四、受益人",
    "",
    "云南省某县三所小学的120名学生。",
    "",
    "五、活动负责人",
    "",
    "张三，项目主管。",
    "",
    "六、办公地址",
    "",
    "昆明市某区某路1号。",
    "",
    "七、接受捐赠方式",
    "",
    "通过指定的互联网募捐信息平台接受捐赠。",
    "",
    "八、银行账户",
    "",
    "户名：某基金会；开户行：某银行；账号：123456。",
    "",
    "九、募得款物用途",
    "",
    "全部用于学生午餐。",
    "",
    "十、募捐成本",
    "",
    "不超过募得款物的5%。",
    "",
    "十一、剩余财产的处理",
    "",
    "用于同类助学项目。",
  ].join("\n");

  it("a plan with one heading per Art. 24 element has every element its headings name", async () => {
    const r = await scoreText(plan, { file: "p.md" });
    expect(r.rubric).toBe("public-fundraising-zh");
    expect(r.improvements.filter((i) => /必备要素/.test(i.message))).toEqual([]);
  });

  it("a title that names the plan is the title, not a section holding the whole document", () => {
    const proposal = parseProposal(plan, matcher);
    expect(proposal.title).toBe("助学公开募捐方案");
    expect(proposal.sections.find((s) => s.id === "fundraising")!.line).toBe(3);
  });

  it("the same fields as a list or as headings give the same kind", () => {
    const asList = "# 助学项目\n\n## 基本信息\n\n- 募捐目的：为120名学生筹集午餐费用\n- 募捐地域：全国\n";
    const asHeadings = "# 助学项目\n\n## 募捐目的\n\n为120名学生筹集午餐费用\n\n## 募捐地域\n\n全国\n";
    expect(detectKind(parseProposal(asList, matcher))).toBe("public-fundraising");
    expect(detectKind(parseProposal(asHeadings, matcher))).toBe("public-fundraising");
  });
});

describe("findings name the section as the kind heads it", () => {
  it("a venture-grant application without a summary is told to add 项目摘要", async () => {
    const text = "# 2025年公益创投项目申报书\n\n## 项目必要性与需求分析\n\n社区独居老人约320人。\n";
    const r = await scoreText(text, { file: "p.md" });
    expect(r.rubric).toBe("venture-grant-zh");
    expect(r.improvements.some((i) => i.message === "缺少「项目摘要」部分。")).toBe(true);
    expect(r.improvements.some((i) => i.message === "缺少「项目概述」部分。")).toBe(false);
  });
});

describe("dates and years read as what they are", () => {
  it("a year the facts give as 'since 2021' or 'From 2018' is not unverified", async () => {
    const { loadFacts } = await import("../../src/facts/load.js");
    const facts = await loadFacts(fileURLToPath(new URL("../../examples/en/memory-cafe.yaml", import.meta.url)));
    const text = "# Memory Café\n\n## Executive Summary\n\nSince 2021 we have run two senior day activity rooms. In 2018 we began home visits.\n";
    const r = await scoreText(text, { file: "p.md", facts });
    expect(r.unverified.map((u) => u.text)).toEqual([]);
  });

  it("a baseline survey before the start is not outside the period; an activity after the end is", async () => {
    const text = [
      "# 社区助餐项目",
      "",
      "## 项目概述",
      "",
      "项目周期：2025年3月至2025年12月。",
      "",
      "## 项目内容与实施计划",
      "",
      "- 2025年1月开展基线调查，走访200户老人",
      "- 2025年3月至12月每周送餐5次",
      "- 2026年5月举办社区联欢",
    ].join("\n");
    const r = await scoreText(text, { file: "p.md" });
    const outside = r.improvements.filter((i) => /项目周期.*之外/.test(i.message)).map((i) => i.line);
    expect(outside).toEqual([11]);
  });
});
