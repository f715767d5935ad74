// Points are earned only for content that is there: a missing section, an empty one, or one that
// holds only placeholders earns nothing from any check that looks at it, including the checks for
// placeholders and wording, which cover the whole text.
import { describe, expect, it } from "vitest";
import { criterion, find, fixture, replaceOnce, replaceSection, score } from "./helpers.js";

const en = fixture("en-complete.md");
const zh = fixture("zh-complete.md");

describe("content that is not there earns nothing", () => {
  it("an empty file scores 0, with no points for placeholders or clarity", async () => {
    for (const text of ["", "\n\n", "# Title only\n"]) {
      const r = await score(text);
      expect(r.score).toBe(0);
      expect(criterion(r, "placeholders").score).toBe(0);
      expect(criterion(r, "clarity").score).toBe(0);
      expect(criterion(r, "summary").score).toBe(0);
    }
  });

  it("objectives that are only placeholders earn 0 of SMART objectives, and say the section is empty", async () => {
    const text = replaceSection(en, "## 3. Goals and Objectives", "## 4. Target Population", "- [TODO: objective 1]\n- [TODO: objective 2]");
    const r = await score(text);
    expect(criterion(r, "objectives")).toMatchObject({ score: 0, passed: false });
    const hit = find(r, "objectives", /"Goals and Objectives" section has a heading but no text/);
    expect(hit.line).toBe(text.split("\n").indexOf("## 3. Goals and Objectives") + 1);
  });

  it("no risks earns 0 of risks (not 3 of 5)", async () => {
    const text = replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", "We have thought about what could go wrong.");
    const r = await score(text);
    expect(criterion(r, "risks").score).toBe(0);
    find(r, "risks", /0 risks identified; at least 2 are expected/);
  });

  it("one objective of two earns at most half of the objectives check", async () => {
    const start = en.indexOf("## 3. Goals and Objectives");
    const end = en.indexOf("## 4. Target Population");
    const text = `${en.slice(0, start)}## 3. Goals and Objectives\n\nOur objective for the year is simple and measurable.\n\n- By February 2026, 200 girls complete a 30-hour coding course.\n\n${en.slice(end)}`;
    const r = await score(text);
    const check = 10 * 3 / 4; // the smart_objectives check's share of the criterion
    expect(criterion(r, "objectives").score).toBeLessThanOrEqual(10 - check / 2 + 0.05);
  });

  it("an objectives table whose indicator cells are placeholders still lists its objectives, judged on what they say", async () => {
    const table = [
      "**总体目标**。【待补充：项目总体目标】",
      "",
      "| 序号 | 具体目标 | 衡量指标 | 完成时限 |",
      "| --- | --- | --- | --- |",
      "| 1 | 建成12个乡村图书角 | 【待补充：衡量指标】 | 【待补充：完成时限】 |",
      "| 2 | 每校每周开展1次阅读活动 | 【待补充：衡量指标】 | 【待补充：完成时限】 |",
      "| 3 | 【待补充：具体目标】 | 【待补充：衡量指标】 | 【待补充：完成时限】 |",
    ].join("\n");
    const r = await score(replaceSection(zh, "## 三、项目目标", "## 四、受益对象", table));
    const messages = r.improvements.filter((i) => i.criterion === "objectives").map((i) => i.message);
    // Two objectives are stated; neither the label line nor the row of placeholders is one.
    expect(messages).not.toContainEqual(expect.stringMatching(/没有列出具体目标|只列出了/));
    expect(messages).toContain("目标「建成12个乡村图书角」缺少完成时间，无法衡量。");
    expect(messages).toContain("目标「每校每周开展1次阅读活动」缺少完成时间，无法衡量。");
    expect(messages.join("\n")).not.toMatch(/总体目标。|【待补充/);
  });

  it("a section heading with only a placeholder under it costs its share of the placeholder and wording criteria", async () => {
    const base = await score(zh);
    const text = replaceSection(zh, "## 九、可持续性", "## 十、执行机构介绍", "【待补充：可持续性】");
    const r = await score(text);
    expect(criterion(r, "sustainability").score).toBe(0);
    expect(criterion(base, "clarity").score! - criterion(r, "clarity").score!).toBeCloseTo(0.3, 1);
    const empty = find(r, "sustainability", /「可持续性」部分只有标题或占位符，没有内容/);
    expect(empty.criteria).toEqual(expect.arrayContaining(["sustainability", "placeholders", "clarity"]));
  });

  it("a length limit is not met by a section that is missing", async () => {
    const text = replaceOnce(en, "## 1. Executive Summary", "## 1. Notes");
    const r = await score(text);
    expect(criterion(r, "summary").score).toBe(0);
  });
});
