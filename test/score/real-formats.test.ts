// Forms real proposals use that the checks must read: risks as labelled paragraphs, several
// indicators on one line, and a project period stated as a range without a label.
import { describe, expect, it } from "vitest";
import { criterion, find, fixture, replaceOnce, replaceSection, score } from "./helpers.js";

const en = fixture("en-complete.md");
const zh = fixture("zh-complete.md");

describe("risks written as labelled paragraphs", () => {
  it("zh: 风险：…。应对：…。 paragraphs count as risks with mitigations", async () => {
    const text = replaceSection(zh, "## 八、风险管理", "## 九、可持续性", "风险：志愿者流失。应对：建立激励机制，定期表彰优秀志愿者。\n\n风险：恶劣天气导致送餐延误。应对：提前储备方便餐，与社区网格员联动送达。");
    const r = await score(text);
    expect(criterion(r, "risks").score).toBe(criterion(r, "risks").max);
    expect(r.improvements.filter((i) => i.criterion === "risks")).toEqual([]);
  });

  it("en: Risk: … Mitigation: … paragraphs, and a risk without one is named", async () => {
    const text = replaceSection(en, "## 8. Risks and Mitigation", "## 9. Sustainability", "Risk: teachers are transferred mid-year. Mitigation: we train two teachers per school.\n\nRisk: power cuts stop computer sessions.\nMitigation: solar chargers and offline coding activities.\n\nRisk: parents withdraw girls for chores.");
    const r = await score(text);
    const hit = find(r, "risks", /Risk "Risk: parents withdraw girls for chores\." has no mitigation/);
    expect(hit.line).toBe(text.split("\n").indexOf("Risk: parents withdraw girls for chores.") + 1);
    expect(r.improvements.filter((i) => i.criterion === "risks")).toHaveLength(1);
  });
});

describe("several indicators on one line", () => {
  it("zh: 指标：借阅率≥80%；满意度≥90% is two indicators", async () => {
    const text = replaceSection(zh, "## 七、监测与评估", "## 八、风险管理", "项目按月收集数据，期末开展评估，并向资助方提交书面报告，说明进展和问题。\n\n指标：借阅率≥80%；满意度≥90%。");
    const r = await score(text);
    expect(r.improvements.filter((i) => /带目标值的指标/.test(i.message))).toEqual([]);
  });

  it("en: attendance (target: 85%) and completion (target: 83%) is two indicators", async () => {
    const text = replaceSection(en, "## 7. Monitoring and Evaluation", "## 8. Risks and Mitigation", "We will collect data every month and share an evaluation report with the funder at the end of the year. We will track attendance (target: 85%) and completion (target: 83%).");
    const r = await score(text);
    expect(r.improvements.filter((i) => /with a target; at least/.test(i.message))).toEqual([]);
  });

  it("a line of counts without targets is still one indicator", async () => {
    const text = replaceSection(en, "## 7. Monitoring and Evaluation", "## 8. Risks and Mitigation", "We will collect data every month and share an evaluation report with the funder at the end of the year. We will survey 240 girls, 60 parents and 12 teachers.");
    const r = await score(text);
    find(r, "monitoring", /Monitoring has 1 indicator with a target; at least 2 are expected/);
  });
});

describe("a project period stated as a range in the summary", () => {
  const unlabelled = (text: string, from: string, to: string) => replaceOnce(replaceOnce(text, from, to), "| Project period | March 2025 to February 2026 |\n", "");

  it.each([
    ["from September 2025 to June 2026", "2025-09", "2026-06"],
    ["between Sept. 2025 and June 2026", "2025-09", "2026-06"],
    ["2025年9月至2026年6月", "2025-09", "2026-06"],
  ])("en: %s", async (range, start, end) => {
    const text = unlabelled(en, "Project period: March 2025 to February 2026.", `The clubs run ${range}.`);
    const r = await score(text);
    expect(r.metrics.period).toEqual({ start, end });
    expect(r.improvements.map((i) => i.message)).not.toContain("The project period (start and end) is not stated.");
  });

  it("zh: 项目将于2025年3月至2026年2月实施", async () => {
    let text = replaceOnce(zh, "项目周期：2025年3月至2026年2月，", "项目将于2025年3月至2026年2月实施，");
    text = replaceOnce(text, "| 项目周期 | 2025年3月至2026年2月 |\n", "");
    const r = await score(text);
    expect(r.metrics.period).toEqual({ start: "2025-03", end: "2026-02" });
    expect(r.improvements.map((i) => i.message)).not.toContain("没有写明项目周期（起止时间）。");
  });
});
