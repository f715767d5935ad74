import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { scoreText } from "../../src/score/engine.js";
import { applyGate } from "../../src/score/gate.js";
import { fixture, lineOf, replaceOnce, ZH_COMPLETE_FACTS as FACTS } from "./helpers.js";
import { tempDirSync } from "../helpers/temp.js";


const dir = tempDirSync("grantsmith-provenance-");
const factsFile = path.join(dir, "facts.yaml");
writeFileSync(factsFile, FACTS);

describe("provenance against a facts file", () => {
  it("a proposal written from the facts has no unverified figures and no key-figure errors", async () => {
    const facts = await loadFacts(factsFile);
    const r = await scoreText(fixture("zh-complete.md"), { file: "p.md", facts });
    expect(r.unverified).toEqual([]);
    expect(r.improvements.filter((i) => i.criterion === "facts")).toEqual([]);
  });

  it("an invented figure is listed with its line", async () => {
    const facts = await loadFacts(factsFile);
    const text = replaceOnce(fixture("zh-complete.md"), "主要原因是行动不便", "另有3,500名老人有类似需求，主要原因是行动不便");
    const r = await scoreText(text, { file: "p.md", facts });
    expect(r.unverified).toEqual([{ text: "3,500", line: lineOf(text, "3,500名"), kind: "number" }]);
  });

  it("heading numbers, list ordinals, cross-references and article numbers are not figures", async () => {
    const facts = await loadFacts(factsFile);
    let text = replaceOnce(fixture("zh-complete.md"), "## 九、可持续性", "## 11. 可持续性\n\n### 11.3 后续安排\n\n（13）依据《中华人民共和国慈善法》第二十四条和第24条，见“十一、监测与评估”部分及\"17. Monitoring and Evaluation\"。\n\n17. 另见附件5。");
    text = replaceOnce(text, "主要原因是行动不便", "另有3,500名老人有类似需求，主要原因是行动不便");
    const r = await scoreText(text, { file: "p.md", facts });
    // The invented figure is still found; nothing else is.
    expect(r.unverified.map((u) => u.text)).toEqual(["3,500"]);
  });

  it("the date a document was written or filed is not asked of the facts; a project date on the same kind of line is", async () => {
    const facts = await loadFacts(factsFile);
    const base = fixture("zh-complete.md");
    const title = base.split("\n").findIndex((l) => l.startsWith("# "));
    const lines = base.split("\n");
    lines.splice(title + 1, 0, "", "**日期**：2026-12-03", "", "填表日期：2025年3月1日", "", "- Date of submission: 3 March 2025", "", "启动时间：2027年9月");
    const r = await scoreText(lines.join("\n"), { file: "p.docx", facts });
    expect(r.unverified.map((u) => u.text)).toEqual(["2027年9月"]);
  });

  it("key figures that differ from the facts are errors", async () => {
    const facts = await loadFacts(factsFile);
    let text = replaceOnce(fixture("zh-complete.md"), "| 项目周期 | 2025年3月至2026年2月 |", "| 项目周期 | 2025年3月至2026年6月 |");
    text = replaceOnce(text, "项目周期：2025年3月至2026年2月，", "");
    text = replaceOnce(text, "项目直接受益对象为3个社区内70岁以上、行动不便或独居的老人共200人", "项目直接受益对象为3个社区内70岁以上、行动不便或独居的老人共250人");
    const r = await scoreText(text, { file: "p.md", facts });
    // Charged to the criteria that check those figures: the period to the timeline's, the count to the beneficiaries'.
    const facts_ = r.improvements.filter((i) => /不一致/.test(i.message));
    expect(facts_.map((i) => [i.line, i.severity, i.criterion])).toEqual(
      expect.arrayContaining([
        [lineOf(text, "| 项目周期 |"), "error", "activities"],
        [lineOf(text, "老人共250人"), "error", "beneficiaries"],
      ]),
    );
    expect(facts_.every((i) => i.points > 0)).toBe(true);
    expect(facts_.find((i) => /项目周期/.test(i.message))!.message).toContain("2025年3月—2026年2月");
    expect(r.unverified.map((u) => u.text)).toEqual(expect.arrayContaining(["2026年6月", "250"]));
  });
});

describe("figures computed from the facts", () => {
  it("the requested share and each funding source's share, as the prompts are given them, are supported", async () => {
    const file = path.join(dir, "with-request.yaml");
    writeFileSync(
      file,
      FACTS.replace("    - { name: 项目管理费, category: admin, amount: 20000 }\n", "    - { name: 项目管理费, category: admin, amount: 20000 }\n  funding_sources:\n    - { name: 某基金会（本次申请）, amount: 200000 }\n    - { name: 机构自筹, amount: 72000 }\n"),
    );
    const facts = await loadFacts(file);
    const text = replaceOnce(fixture("zh-complete.md"), "主要原因是行动不便", "本次申请金额占预算总额的73.5%，机构自筹占全部资金的26.5%，主要原因是行动不便");
    expect((await scoreText(text, { file: "p.md", facts })).unverified).toEqual([]);
    const invented = replaceOnce(text, "占预算总额的73.5%", "占预算总额的81.2%");
    expect((await scoreText(invented, { file: "p.md", facts })).unverified.map((u) => u.text)).toEqual(["81.2%"]);
  });
});

describe("key figures that disagree with the facts cost points", () => {
  const mismatched = () => {
    let text = replaceOnce(fixture("zh-complete.md"), "项目总预算272,000.00元", "项目总预算300,000.00元");
    text = replaceOnce(text, "| 项目周期 | 2025年3月至2026年2月 |", "| 项目周期 | 2025年3月至2026年6月 |");
    text = replaceOnce(text, "项目周期：2025年3月至2026年2月，", "");
    return replaceOnce(text, "项目直接受益对象为3个社区内70岁以上、行动不便或独居的老人共200人", "项目直接受益对象为3个社区内70岁以上、行动不便或独居的老人共250人");
  };

  it("each is charged to the criterion of its figure, sorted by its points, and the total drops", async () => {
    const facts = await loadFacts(factsFile);
    const base = await scoreText(fixture("zh-complete.md"), { file: "p.md", facts });
    const text = mismatched();
    const r = await scoreText(text, { file: "p.md", facts });
    const budget = r.improvements.find((i) => /预算总额 300,000 与项目信息文件中的 272,000 不一致/.test(i.message));
    expect(budget).toMatchObject({ criterion: "budget", severity: "error", line: lineOf(text, "项目总预算300,000.00元") });
    expect(budget!.points).toBeGreaterThanOrEqual(4);
    const beneficiaries = r.improvements.find((i) => /直接受益人数 250/.test(i.message))!;
    expect(beneficiaries.criterion).toBe("beneficiaries");
    expect(beneficiaries.points).toBeGreaterThanOrEqual(2);
    // Sorted by points like every other improvement: the budget total comes first.
    expect(r.improvements[0]).toBe(budget);
    expect(base.score - r.score).toBeGreaterThanOrEqual(8);
    expect(r.improvements.filter((i) => i.criterion === "facts")).toEqual([]);
  });

  it("fail the gate under --fail-on error", async () => {
    const facts = await loadFacts(factsFile);
    const r = await scoreText(mismatched(), { file: "p.md", facts });
    expect(applyGate(r, { failOn: "error" }).passed).toBe(false);
  });

  it("a total stated in prose is held to the facts, even when the table's total agrees", async () => {
    const facts = await loadFacts(factsFile);
    const text = replaceOnce(fixture("zh-complete.md"), "项目总预算272,000.00元", "项目总预算1,300,000元");
    const r = await scoreText(text, { file: "p.md", facts });
    const hit = r.improvements.find((i) => /预算总额 1,300,000 与项目信息文件中的 272,000 不一致/.test(i.message));
    expect(hit?.line).toBe(lineOf(text, "项目总预算1,300,000元"));
  });

  it("one wrong total written twice is one finding at its first line, naming both lines", async () => {
    const facts = await loadFacts(factsFile);
    let text = replaceOnce(fixture("zh-complete.md"), "项目总预算272,000.00元", "项目总预算300,000.00元");
    text = replaceOnce(text, "| | **合计** | | | | **272,000.00** | |", "| | **合计** | | | | **300,000.00** | |");
    const r = await scoreText(text, { file: "p.md", facts });
    const lines = [lineOf(text, "项目总预算300,000.00元"), lineOf(text, "**300,000.00**")].sort((a, b) => a - b);
    const hits = r.improvements.filter((i) => i.message.startsWith("预算总额 300,000"));
    expect(hits.map((i) => [i.line, i.message, i.suggestion])).toEqual([
      [lines[0], `预算总额 300,000（第${lines.join("、")}行） 与项目信息文件中的 272,000 不一致。`, "改为项目信息文件中的总额 272,000，或先更正项目信息文件。"],
    ]);
  });

  it("the key figures show the proposal's own period, not the facts'", async () => {
    const facts = await loadFacts(factsFile);
    let text = replaceOnce(fixture("zh-complete.md"), "| 项目周期 | 2025年3月至2026年2月 |", "| 项目周期 | 2025年5月至2026年6月 |");
    text = replaceOnce(text, "项目周期：2025年3月至2026年2月，", "项目周期：2025年5月至2026年6月，");
    const r = await scoreText(text, { file: "p.md", facts });
    expect(r.metrics.period).toEqual({ start: "2025-05", end: "2026-06" });
  });
});
