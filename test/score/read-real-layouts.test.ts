// Layouts real proposals have that the scorer misread: a Word form whose sections are Heading 1
// (the first one was taken for the title), and a table caption such as "### 需求分析表" inside the
// budget (it became the need section).
import { describe, expect, it } from "vitest";
import { parseProposal } from "../../src/score/read/proposal.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";

const matcher = buildSectionMatcher();
const ids = (text: string) => parseProposal(text, matcher).sections.filter((s) => s.id).map((s) => s.id);

describe("section headings as real documents write them", () => {
  it("reads numbered first-level headings as sections, not the first one as the title", () => {
    const text = "公益项目申报书\n\n# 一、项目背景与需求分析\n\n独居老人300名。\n\n# 二、项目目标\n\n送餐。\n\n# 三、项目预算\n\n20万元。\n";
    const proposal = parseProposal(text, matcher);
    expect(proposal.title).toBeUndefined();
    expect(ids(text)).toEqual(["need", "objectives", "budget"]);
  });

  it("reads first-level headings that all name sections as sections, numbered or not", () => {
    const text = "# Statement of need and evidence\n\nText.\n\n# Objectives and outcomes\n\nText.\n\n# Budget and justification\n\nText.\n";
    expect(ids(text)).toEqual(["need", "objectives", "budget"]);
  });

  it("still takes a long first heading above ## sections for the title", () => {
    const text = "# 社区老人助餐送餐到家项目申报书（西城区试点）\n\n## 一、项目背景与需求分析\n\n文字。\n\n## 二、项目预算\n\n文字。\n";
    const proposal = parseProposal(text, matcher);
    expect(proposal.title).toBe("社区老人助餐送餐到家项目申报书（西城区试点）");
    expect(ids(text)).toEqual(["need", "budget"]);
  });

  it("keeps a table's caption heading inside the section it sits in", () => {
    const text = [
      "## 一、项目背景与需求分析", "", "需求。", "",
      "## 二、项目预算", "", "预算总额20万元。", "",
      "### 需求分析表", "", "| 地区 | 儿童数 |", "| --- | --- |", "| 甲县 | 1,200 |", "",
      "### Risk table", "", "| risk | mitigation |", "| --- | --- |", "| rain | tents |", "",
    ].join("\n");
    const proposal = parseProposal(text, matcher);
    expect(ids(text)).toEqual(["need", "budget"]);
    const budget = proposal.sections.find((s) => s.id === "budget")!;
    expect(budget.end).toBe(text.split("\n").length);
  });

  it("a caption-like heading with prose under it is still a section", () => {
    const text = "## 项目预算\n\n文字。\n\n### 风险应对清单\n\n雨天改为室内活动。\n";
    expect(ids(text)).toEqual(["budget", "risks"]);
  });
});
