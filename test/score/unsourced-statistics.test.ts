// Numbers need support: a statistic with no source in its sentence or the next costs points and is
// listed by its figure, in the need statement (evidence) and wherever else a finding is claimed
// (sourced_claims). A target ("we will cut … by 50%") is not a statistic; a named source, a link or
// "(source: …)" in the sentence or the next supports it.
import { describe, expect, it } from "vitest";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";

const en = (need: string[], description: string[] = []) =>
  [
    "# After-school Reading Club",
    "",
    "## Project Description",
    "",
    "We run a reading club for pupils in two schools of Leeds.",
    ...description,
    "",
    "## Statement of Need",
    "",
    "Many pupils in the two schools read below the expected level for their age, and their parents have few ways to help them at home.",
    ...need,
    "",
    "## Budget",
    "",
    "| Item | Amount |",
    "| --- | --- |",
    "| Books | £1,200 |",
    "| Tutors | £4,800 |",
    "| Total | £6,000 |",
    "",
  ].join("\n");

const sourced = (r: ScoreResult) => r.improvements.filter((i) => /source/i.test(i.message)).map((i) => `${i.criterion} ${i.line}: ${i.message}`);

describe("statistics without a source", () => {
  const fact = "In the two schools, 38% of pupils in Year 4 read below the expected level (source: Leeds City Council, 2024 reading assessment).";
  const invented = "A 2023 survey found that 87% of parents cannot help with homework.";

  it("an invented statistic in the need costs points and is named", async () => {
    const before = await scoreText(en([fact]), { file: "p.md" });
    const after = await scoreText(en([fact, invented]), { file: "p.md" });
    expect(after.score).toBeLessThan(before.score);
    expect(sourced(before)).toEqual([]);
    expect(sourced(after)).toEqual(['need 11: The figure "87%" in the need statement has no source in its sentence or the next: "A 2023 survey found that 87% of parents cannot hel…".']);
  });

  it("a source in the next sentence supports it", async () => {
    const r = await scoreText(en([fact, "A survey found that 87% of parents cannot help with homework. That survey was run by Leeds Family Learning in March 2025 with 240 parents."]), { file: "p.md" });
    expect(sourced(r)).toEqual([]);
  });

  it("a target is not a statistic", async () => {
    const r = await scoreText(en([fact, "We will raise the share of pupils reading at the expected level by 20%."]), { file: "p.md" });
    expect(sourced(r)).toEqual([]);
  });

  it("outside the need, a claimed finding without a source is named too", async () => {
    // The same number of words without the figure, so the section's length is no different.
    const before = await scoreText(en([fact], ["A 2023 meeting found that most parents cannot help with homework."]), { file: "p.md" });
    const after = await scoreText(en([fact], [invented]), { file: "p.md" });
    expect(after.score).toBeLessThan(before.score);
    expect(sourced(after)).toEqual(['clarity 6: "87%" is presented as a finding but has no source in its sentence or the next: "A 2023 survey found that 87% of parents cannot hel…".']);
  });

  it("a track record or a method is no claimed finding", async () => {
    const r = await scoreText(en([fact], ["Home visits to 900 people living alone; 36 emergencies found and referred."]), { file: "p.md" });
    expect(sourced(r)).toEqual([]);
    const zh = ["# 救灾项目", "", "## 一、灾情与需求评估", "", "7月5日至6日，机构派出两个评估小组，会同乡镇民政办走访3处集中安置点和12个村，采用入户问卷完成快速需求评估。", ""].join("\n");
    expect((await scoreText(zh, { file: "p.md" })).improvements.filter((i) => /在本句和下一句都没有注明来源/.test(i.message))).toEqual([]);
  });

  it("zh: 一项调查显示 names nobody; 来源 does", async () => {
    const zh = (line: string) =>
      ["# 社区助餐项目", "", "## 一、项目背景与需求分析", "", "辖区内独居老人就餐困难，现有老年餐桌只提供堂食，行动不便的老人无法到达，部分老人长期凑合吃饭。", "辖区内独居老人1,280人，其中41%自己做饭困难（来源：德胜街道社区服务中心2024年入户调查）。", line, ""].join("\n");
    const r = await scoreText(zh("2023年的一项调查显示，87%的老人每周至少有两天不能按时吃午饭。"), { file: "p.md" });
    expect(r.improvements.map((i) => i.message)).toContain("需求分析中的数据「87%」在本句和下一句都没有注明来源：「2023年的一项调查显示，87%的老人每周至少有两天不能按时…」。");
    const ok = await scoreText(zh("据德胜街道养老服务驿站统计，87%的老人每周至少有两天不能按时吃午饭。"), { file: "p.md" });
    expect(ok.improvements.map((i) => i.message).filter((m) => /没有注明来源/.test(m))).toEqual([]);
  });

  it("zh: 来源于 in the next sentence says where a problem stems from, not where the figure comes from", async () => {
    const zh = (next: string) =>
      ["# 社区助餐项目", "", "## 一、项目背景与需求分析", "", "辖区内独居老人就餐困难，现有老年餐桌只提供堂食，行动不便的老人无法到达。", "2023年的一项调查显示，87%的老人每周至少有两天不能按时吃午饭。", next, ""].join("\n");
    const unsourced = (r: ScoreResult) => r.improvements.filter((i) => /「87%」在本句和下一句都没有注明来源/.test(i.message));
    expect(unsourced(await scoreText(zh("这些困难主要来源于两方面：腿脚不便和无人照料。"), { file: "p.md" }))).toHaveLength(1);
    expect(unsourced(await scoreText(zh("数据来源：德胜街道社区服务中心2024年入户调查。"), { file: "p.md" }))).toEqual([]);
  });
});

describe("a need line whose source is still a placeholder", () => {
  // The offline draft writes a user's evidence with 【待补充：该数据的来源】 after it when the facts give
  // no source. The figures are the user's: they count, and the placeholder is what is reported.
  const zh = (line: string) =>
    ["# 乡村阅读陪伴计划", "", "## 二、项目背景与需求分析", "", "留守儿童周末缺少陪伴，课外阅读量低。", "", line, "", "## 六、项目预算", "", "| 科目 | 金额（元） |", "| --- | --- |", "| 图书 | 60,000 |", "| 补贴 | 36,000 |", "| 合计 | 96,000 |", ""].join("\n");

  it("counts the figures on it, not zero", async () => {
    const result = await scoreText(zh("- 2024年我们走访了5所小学，约六成孩子家里没有课外书【待补充：该数据的来源】。"), { file: "p.md" });
    const need = result.improvements.filter((i) => i.criterion === "need").map((i) => i.message);
    expect(need.join("\n")).not.toMatch(/没有量化数据/);
    expect(result.improvements.some((i) => i.message.includes("【待补充：该数据的来源】"))).toBe(true);
  });

  it("a line that is only a placeholder adds no figure", async () => {
    const result = await scoreText(zh("- 【待补充：需求数据，如受影响人数及其来源】"), { file: "p.md" });
    expect(result.improvements.some((i) => /没有量化数据/.test(i.message))).toBe(true);
  });
});
