import { describe, expect, it } from "vitest";
import { parseProposal, sectionsWithId } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import "./helpers.js";

const matcher = buildSectionMatcher();
const ids = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => [s.id, s.line]);

describe("headings of every form map to canonical sections", () => {
  it("ATX with Chinese numbering", () => {
    expect(ids("# 某某项目\n\n## 一、项目概述\n文字\n## 二、项目背景与需求分析\n## 十、执行机构介绍\n")).toEqual([
      ["summary", 3], ["need", 5], ["organization", 6],
    ]);
  });
  it("plain-text Chinese numbering: 第一部分, 一、, （一）, 1.1", () => {
    const text = "第一部分 项目概述\n内容。\n一、问题陈述\n（一）社会问题\n1.1 风险评估\n二、项目预算\n";
    expect(ids(text)).toEqual([["summary", 1], ["need", 3], ["need", 4], ["risks", 5], ["budget", 6]]);
  });
  it("setext, bold-only and numbered English headings", () => {
    const text = "Statement of Need\n=================\n\nText.\n\n**Budget**\n\n2. Sustainability Plan\n\nI. Organizational Capacity\n";
    expect(ids(text)).toEqual([["need", 1], ["budget", 6], ["sustainability", 8], ["organization", 10]]);
  });
  it("list items and prose are not headings", () => {
    expect(ids("## 项目目标\n1. 到2025年12月，为200名老人送餐。\n一、加强培训；\n**重要**的是预算要准确。\n")).toEqual([["objectives", 1]]);
  });
  it("longest alias wins: 风险评估 is risks, 需求评估 is need, 项目团队 is organization", () => {
    expect(ids("## 风险评估\n## 需求评估\n## 项目团队\n## 灾情与需求评估\n## 物资、物流与追溯\n## 公开募捐方案\n").map((x) => x[0])).toEqual([
      "risks", "need", "organization", "need", "relief", "fundraising",
    ]);
  });
  it("the document title is not a section even when it names one", () => {
    const p = parseProposal("# 社区救灾物资发放与追溯项目\n\n## 项目预算\n", matcher);
    expect(p.title).toBe("社区救灾物资发放与追溯项目");
    expect(p.sections.filter((s) => s.id).map((s) => s.id)).toEqual(["budget"]);
  });
});

describe("hidden text keeps line numbers", () => {
  it("front matter, HTML comments and code fences are not proposal text; BOM and CRLF are fine", () => {
    const text = "\uFEFF---\ntitle: x\n---\r\n<!-- ## 项目预算\r\n-->\r\n```\r\n## 风险管理\r\n```\r\n## 项目目标\r\n到2025年底。\r\n";
    const p = parseProposal(text, matcher);
    expect(p.sections.map((s) => [s.id, s.line])).toEqual([["objectives", 9]]);
    expect(p.lines[9]).toBe("到2025年底。");
    expect(sectionsWithId(p, "budget")).toEqual([]);
  });
});
