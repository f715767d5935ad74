import { describe, expect, it } from "vitest";
import { cleanProseAnswer, describeRemoved, headingCore, stripReasoning } from "../../src/llm/answer.js";

const ZH_BODY = "社区60岁以上老人中，独居老人占比较高，就餐不便是他们反映最多的问题。\n\n### 现有服务的不足\n\n街道现有的助餐点只在工作日中午供餐。";
const EN_BODY = "Older residents of the estate have no hot-meal service within walking distance.\n\n### What exists today\n\nThe nearest lunch club opens twice a week.";

// Answers as real models give them, for the zh need section and the en need section.
const cases: { name: string; raw: string; heading: string; text: string; removed: Partial<Record<string, number>> }[] = [
  { name: "a clean answer", raw: ZH_BODY, heading: "项目背景与需求分析", text: ZH_BODY, removed: {} },
  {
    name: "a closed <think> block before the answer (Qwen3, DeepSeek-R1)",
    raw: `<think>\n用户要我写需求分析。我应该先写老人的情况，数字要来自事实……\n</think>\n\n${ZH_BODY}`,
    heading: "项目背景与需求分析",
    text: ZH_BODY,
    removed: { reasoning: 1 },
  },
  {
    name: "only the closing tag (the opening one was in the chat template)",
    raw: `Okay, the user wants a need statement. Figures must come from the facts.\n</think>\n${EN_BODY}`,
    heading: "Statement of Need",
    text: EN_BODY,
    removed: { reasoning: 1 },
  },
  {
    name: "a zh preamble, the heading in bold, and two closings",
    raw: `好的，以下是「项目背景与需求分析」部分的正文：\n\n**二、项目背景与需求分析**\n\n${ZH_BODY}\n\n---\n\n希望以上内容对您有所帮助！\n如需调整篇幅或语气，请告诉我。`,
    heading: "项目背景与需求分析",
    text: ZH_BODY,
    removed: { preambles: 1, closings: 2, headings: 1 },
  },
  {
    name: "an en preamble, a fenced answer, a closing",
    raw: `Sure! Here is the Statement of Need section:\n\n\`\`\`markdown\n## Statement of Need\n\n${EN_BODY}\n\`\`\`\n\nLet me know if you'd like any changes.`,
    heading: "Statement of Need",
    text: EN_BODY,
    removed: { preambles: 1, closings: 1, fences: 1, headings: 1 },
  },
  {
    name: "a numbered ATX heading repeated",
    raw: `## 2. Statement of Need\n\n${EN_BODY}`,
    heading: "Statement of Need",
    text: EN_BODY,
    removed: { headings: 1 },
  },
  {
    name: "reasoning, then a fence, inside which the model reasons again",
    raw: `<think>plan</think>\n\`\`\`\n<think>more</think>\n${EN_BODY}\n\`\`\``,
    heading: "Statement of Need",
    text: EN_BODY,
    removed: { reasoning: 2, fences: 1 },
  },
  {
    name: "content that looks like a preamble is kept",
    raw: "以下是项目实施的三个阶段：\n\n1. 筹备期\n2. 实施期\n3. 总结期\n\n如有问题，请联系项目负责人。",
    heading: "项目内容与实施计划",
    text: "以下是项目实施的三个阶段：\n\n1. 筹备期\n2. 实施期\n3. 总结期\n\n如有问题，请联系项目负责人。",
    removed: {},
  },
  {
    name: "English content that opens like talk is kept",
    raw: "Great Yarmouth has the county's highest rate of child poverty.\n\nBelow is a breakdown of the need by ward:",
    heading: "Statement of Need",
    text: "Great Yarmouth has the county's highest rate of child poverty.\n\nBelow is a breakdown of the need by ward:",
    removed: {},
  },
  {
    name: "a sub-heading that merely contains the title is not the repeated heading when it is long",
    raw: "## Statement of Need in the wider context of the county's ten-year plan\n\nText.",
    heading: "Statement of Need",
    text: "### Statement of Need in the wider context of the county's ten-year plan\n\nText.",
    removed: {},
  },
];

describe("cleanProseAnswer", () => {
  for (const c of cases) {
    it(c.name, () => {
      const cleaned = cleanProseAnswer(c.raw, c.heading);
      expect(cleaned.text).toBe(c.text);
      expect(cleaned.removed).toEqual({ reasoning: 0, preambles: 0, closings: 0, fences: 0, headings: 0, tables: 0, ...c.removed });
      expect(cleaned.unclosedReasoning).toBe(false);
    });
  }

  it("demotes headings of level 1 and 2 below the template's", () => {
    expect(cleanProseAnswer("Intro.\n\n# One\n\n## Two\n\n#### Four", "Budget").text).toBe("Intro.\n\n### One\n\n### Two\n\n#### Four");
  });

  it("says when reasoning was never closed: nothing of it is an answer", () => {
    const cleaned = cleanProseAnswer(`${EN_BODY}\n<think>Wait, I should also mention`, "Statement of Need");
    expect(cleaned).toMatchObject({ text: EN_BODY, unclosedReasoning: true });
    expect(cleanProseAnswer("<think>Let me plan the section first. The facts say", "Budget")).toMatchObject({ text: "", unclosedReasoning: true });
  });
});

describe("stripReasoning", () => {
  it("removes every closed block, in any of the tags models use, and counts them", () => {
    expect(stripReasoning("<think>a</think>x<reasoning>b</reasoning>y<THINKING>c</THINKING>z")).toEqual({ text: "xyz", blocks: 3, unclosed: false });
  });
});

describe("headingCore", () => {
  it.each([
    ["## 二、项目背景与需求分析", "项目背景与需求分析"],
    ["**（二）项目背景与需求分析**", "项目背景与需求分析"],
    ["第二部分：项目背景与需求分析", "项目背景与需求分析"],
    ["### 3. Budget:", "budget"],
    ["Section 4: Statement of Need", "statement of need"],
  ])("%s → %s", (line, core) => expect(headingCore(line)).toBe(core));
});

describe("describeRemoved", () => {
  it("names what was removed in the user's language, and nothing when nothing was", () => {
    const removed = { reasoning: 10, preambles: 2, closings: 1, fences: 0, headings: 0, tables: 0 };
    expect(describeRemoved(removed, "en")).toBe("cleaned from the model's answers: 10 reasoning blocks, 2 preambles, 1 closing remark");
    expect(describeRemoved(removed, "zh")).toBe("已清理模型回答中的：10 段推理内容、2 句开场白、1 句结束语");
    expect(describeRemoved({ reasoning: 0, preambles: 0, closings: 0, fences: 0, headings: 0, tables: 0 }, "en")).toBe("");
  });
});

describe("a table in the model's answer", () => {
  const BUDGET_TABLES = [
    ["序号", "预算科目", "类别", "单价（{{currency}}）", "数量", "金额（{{currency}}）", "备注"],
    ["资金来源", "金额（{{currency}}）", "落实情况"],
  ];
  it("is dropped, with the heading that introduced only it, when it repeats a program table", () => {
    const raw = `${ZH_BODY}\n\n### 资金来源\n\n| 资金来源 | 金额（元） | 落实情况 |\n| --- | ---: | --- |\n| 基金会 | 100000 | 已落实 |`;
    const cleaned = cleanProseAnswer(raw, "项目预算", { programTables: BUDGET_TABLES });
    expect(cleaned.text).toBe(ZH_BODY);
    expect(cleaned.removed.tables).toBe(1);
  });
  it("is dropped when it leaves out one column of a wide program table, and the text after it stays", () => {
    const raw = `预算按科目列示如下。\n\n| 预算科目 | 类别 | 单价（元） | 数量 | 金额（元） | 备注 |\n|---|---|---|---|---|---|\n| 餐费补贴 | 直接 | 12 | 100 | 1200 | |\n\n餐费补贴是最大的一项。`;
    const cleaned = cleanProseAnswer(raw, "项目预算", { programTables: BUDGET_TABLES });
    expect(cleaned.text).toBe("预算按科目列示如下。\n\n餐费补贴是最大的一项。");
  });
  it("is kept as a table when the program draws no table like it", () => {
    const raw = `${EN_BODY}\n\n| Village | Households without safe water |\n| --- | --- |\n| Kasenda | 120 |`;
    const cleaned = cleanProseAnswer(raw, "Budget", { programTables: [["Category", "Amount ({{currency}})", "Share"]] });
    expect(cleaned.text).toBe(raw);
    expect(cleaned.removed.tables).toBe(0);
  });
});
