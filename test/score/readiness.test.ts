// Readiness apart from the score: placeholders left, a budget that does not add up, key figures that
// disagree with the facts, a required section missing or near-empty and a failed must criterion
// each make a proposal not ready, with the reason and its id; a proposal that is not ready never
// shows A or B.
import { describe, expect, it } from "vitest";
import type { LoadedFacts } from "../../src/facts/load.js";
import { deriveFacts } from "../../src/facts/derive.js";
import { cappedGrade } from "../../src/score/readiness.js";
import { scoreText } from "../../src/score/engine.js";
import { fixture, replaceOnce, score } from "./helpers.js";

const complete = fixture("zh-complete.md");

function factsWith(total: number, direct: number): LoadedFacts {
  const facts = deriveFacts({
    language: "zh",
    title: "社区长者助餐",
    organization: { name: "某社工服务中心" },
    beneficiaries: [{ group: "老人", count: direct, unit: "人", direct: true }],
    budget: { total },
  } as never);
  return { facts, materials: [] } as unknown as LoadedFacts;
}

describe("readiness", () => {
  it("a complete proposal is ready and keeps its grade", async () => {
    const r = await score(complete);
    expect(r).toMatchObject({ ready: true, blocking: [], grade: "A" });
    expect(r.gradeByScore).toBeUndefined();
  });

  it("a placeholder left makes it not ready, and an A shows as C, saying what the score gave", async () => {
    const r = await score(replaceOnce(complete, "项目总预算272,000.00元", "项目总预算272,000.00元（【待补充：资金来源】）"));
    expect(r.score).toBeGreaterThanOrEqual(90);
    expect(r.ready).toBe(false);
    expect(r.blocking).toEqual([{ id: "placeholders", message: "留有 1 处占位符", line: 58 }]);
    expect(r.grade).toBe("C");
    expect(r.gradeByScore).toBe("A");
  });

  it("a proposal without a section its rubric requires (the need, the objectives, the work plan) is not ready, the gate aside", async () => {
    const lines = complete.split("\n");
    // Without 二、项目背景与需求分析 (lines 16–23).
    const withoutNeed = [...lines.slice(0, 15), ...lines.slice(23)].join("\n");
    const r = await score(withoutNeed);
    expect(r.ready).toBe(false);
    expect(r.blocking).toEqual([{ id: "section", message: "缺少「项目背景与需求分析」部分", criterion: "need" }]);
    expect(r.passed).toBe(true);
    // A section the rubric does not require (九、可持续性) missing costs points but does not block.
    const withoutSustainability = [...lines.slice(0, 87), ...lines.slice(91)].join("\n");
    expect((await score(withoutSustainability)).ready).toBe(true);
  });

  it("a required section that is there but near-empty (a line or two, no figure) blocks, and an A or B shows as C", async () => {
    const needBody = complete.split("\n").slice(17, 22).join("\n");
    const r = await score(replaceOnce(complete, needBody, "本部分内容详见附件。"));
    expect(r.ready).toBe(false);
    expect(r.blocking).toEqual([{ id: "section", message: "「项目背景与需求分析」几乎是空的（只有 9 个汉字，没有数据）", line: 16, criterion: "need" }]);
    expect(["A", "B"]).toContain(r.gradeByScore);
    expect(r.grade).toBe("C");
    // A heading with nothing under it is near-empty too.
    expect((await score(replaceOnce(complete, needBody, ""))).blocking[0]?.message).toBe("「项目背景与需求分析」几乎是空的（只有 0 个汉字，没有数据）");
  });

  it("a short required section with a figure, or of three lines, is not near-empty", async () => {
    const needBody = complete.split("\n").slice(17, 22).join("\n");
    const withFigure = await score(replaceOnce(complete, needBody, "辖区独居老人1,280人，多数吃不上热饭。"));
    expect(withFigure.blocking.filter((b) => b.id === "section")).toEqual([]);
    const threeLines = await score(replaceOnce(complete, needBody, "- 独居老人做饭难\n- 社区食堂只供堂食\n- 家属多在外地"));
    expect(threeLines.blocking.filter((b) => b.id === "section")).toEqual([]);
  });

  it("in English: one line of a need statement blocks, saying how many words it has", async () => {
    const en = fixture("en-complete.md");
    const needBody = en.split("\n").slice(17, 20).join("\n");
    const r = await score(replaceOnce(en, needBody, "[replay] no prepared answers for this project"));
    expect(r.blocking).toEqual([{ id: "section", message: `"Statement of Need" is near-empty (7 words, no figures)`, line: 16, criterion: "need" }]);
    expect(r.grade).toBe("C");
    const concise = await score(replaceOnce(en, needBody, "Only 31% of girls in Kilifi reached the mean grade in mathematics (KNEC, 2023)."));
    expect(concise.blocking.filter((b) => b.id === "section")).toEqual([]);
  });

  it("a budget whose lines do not add up blocks, with the budget check's own finding", async () => {
    const r = await score(replaceOnce(complete, "| **272,000.00** |", "| **303,000.00** |"));
    expect(r.ready).toBe(false);
    const budget = r.blocking.filter((b) => b.id === "budget");
    expect(budget.length).toBeGreaterThan(0);
    expect(budget[0]).toMatchObject({ criterion: "budget", line: 68 });
    expect(budget[0]!.message).toMatch(/272,000|303,000/);
    expect(["A", "B"]).not.toContain(r.grade);
  });

  it("key figures that disagree with --facts block; agreeing ones do not", async () => {
    const agree = await scoreText(complete, { file: "p.md", facts: factsWith(272000, 200) });
    expect(agree.blocking.filter((b) => b.id === "key_figure")).toEqual([]);
    const differ = await scoreText(complete, { file: "p.md", facts: factsWith(300000, 200) });
    expect(differ.ready).toBe(false);
    expect(differ.blocking.find((b) => b.id === "key_figure")?.message).toMatch(/300,000/);
  });

  it("a failed must criterion blocks, naming the criterion", async () => {
    const r = await score(fixture("en-sparse.md"));
    const must = r.blocking.find((b) => b.id === "must");
    expect(must).toMatchObject({ criterion: "budget", message: expect.stringMatching(/^must criterion "Budget" not met \([\d.]+ of 14 points\)$/) });
  });

  it("caps only the two best bands, and only when not ready", () => {
    const bands = [
      { min: 90, grade: "A" },
      { min: 80, grade: "B" },
      { min: 70, grade: "C" },
      { min: 0, grade: "F" },
    ];
    expect(cappedGrade("A", false, bands)).toBe("C");
    expect(cappedGrade("B", false, bands)).toBe("C");
    expect(cappedGrade("C", false, bands)).toBe("C");
    expect(cappedGrade("F", false, bands)).toBe("F");
    expect(cappedGrade("A", true, bands)).toBe("A");
    // Two bands: nothing below the best two to cap to.
    expect(cappedGrade("pass", false, [{ min: 50, grade: "pass" }, { min: 0, grade: "fail" }])).toBe("pass");
  });
});
