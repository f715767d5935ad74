// Activities and their outputs, wherever a proposal writes them; direct and indirect counts,
// whichever side of the number the word stands.
import { describe, expect, it } from "vitest";
import { fixture, score } from "./helpers.js";

const NO_OUTPUT = /Most activities state no countable output|多数活动没有写明可数的产出/;
const outputFinding = async (text: string) => (await score(text)).improvements.find((i) => NO_OUTPUT.test(i.message));

/** The English fixture with its activities section replaced. */
function withActivities(body: string): string {
  const en = fixture("en-complete.md");
  const start = en.indexOf("## 5. Project Activities and Work Plan");
  const end = en.indexOf("## 6.");
  return `${en.slice(0, start)}## 5. Project Activities and Work Plan\n\n${body}\n\n${en.slice(end)}`;
}

const TABLE = (outputs: string[]) =>
  [
    "| # | Activity | Start | End | Outputs | Lead |",
    "| --- | --- | --- | --- | --- | --- |",
    `| 1 | Community mobilization and siting | June 2025 | July 2025 | ${outputs[0]} | Officer |`,
    `| 2 | Drilling and pump installation | August 2025 | December 2025 | ${outputs[1]} | Engineer |`,
    `| 3 | Endline survey and handover | April 2026 | May 2026 | ${outputs[2]} | Director |`,
  ].join("\n");

describe("activities with outputs", () => {
  it("counts the Outputs column of a work-plan table", async () => {
    const body = `The project runs from March 2025 to February 2026.\n\n### Work Plan\n\n${TABLE(["10 signed village agreements", "10 boreholes with hand pumps", "Endline report; 10 handover certificates"])}`;
    expect(await outputFinding(withActivities(body))).toBeUndefined();
  });

  it("still reports a table whose outputs count nothing", async () => {
    const body = `### Work Plan\n\n${TABLE(["Village agreements", "Boreholes with hand pumps", "Endline report"])}`;
    expect(await outputFinding(withActivities(body))).toBeDefined();
  });

  it("counts outputs after an Outputs: label in a paragraph per activity", async () => {
    const body = [
      "**Community mobilization** (March 2025 to April 2025). Village meetings agree on sites. Outputs: 10 signed village agreements.",
      "",
      "**Drilling** (May 2025 to August 2025). A contractor drills each borehole. Outputs: 10 boreholes with hand pumps.",
      "",
      "**Handover** (January 2026 to February 2026). Boreholes are registered. Outputs: 10 handover certificates.",
    ].join("\n");
    expect(await outputFinding(withActivities(body))).toBeUndefined();
  });

  it("counts outputs listed under each activity", async () => {
    const body = [
      "### Activity 1: Teacher training (March 2025)",
      "",
      "Teachers learn to run the clubs.",
      "",
      "- 12 teachers",
      "- 2 workshops",
      "",
      "### Activity 2: Weekly clubs (April 2025 to December 2025)",
      "",
      "Clubs meet after school every week.",
      "",
      "- 6 clubs",
      "- 180 sessions",
    ].join("\n");
    expect(await outputFinding(withActivities(body))).toBeUndefined();
  });

  it("reports activities described without any count", async () => {
    const body = [
      "**Community mobilization** (March 2025 to April 2025). Village meetings agree on sites.",
      "",
      "**Drilling** (May 2025 to August 2025). A contractor drills each borehole.",
      "",
      "**Handover** (January 2026 to February 2026). Boreholes are registered with the district.",
    ].join("\n");
    expect(await outputFinding(withActivities(body))).toBeDefined();
  });

  it("a subheading that names the work plan is not an activity", async () => {
    const zh = fixture("zh-complete.md");
    const start = zh.indexOf("## 五、");
    const end = zh.indexOf("## 六、");
    const text = `${zh.slice(0, start)}## 五、项目内容与实施计划\n\n### 实施进度表\n\n【待补充：主要活动】\n\n${zh.slice(end)}`;
    const r = await score(text);
    const messages = r.improvements.map((i) => i.message);
    // Only a placeholder under the heading: the section is empty, and nothing is said about outputs.
    expect(messages).toContain("「项目内容与实施计划」部分只有标题或占位符，没有内容。");
    expect(r.criteria.find((c) => c.id === "activities")!.score).toBe(0);
    expect(messages.some((m) => NO_OUTPUT.test(m))).toBe(false);
  });
});

describe("direct and indirect beneficiaries", () => {
  const en = fixture("en-complete.md");
  const target = "We will work directly with 240 girls aged 11 to 15 (40 per school) in six public primary schools, selected with head teachers from those with the lowest mathematics results. Indirect beneficiaries are about 960 family members, who will attend two family science days, and the 12 teachers trained to lead the clubs.";

  it.each([
    ["the word after the number", "The project will reach 240 girls directly and 960 people indirectly."],
    ["the indirect count first", "The project will reach 960 people indirectly and 240 girls directly."],
    ["the word before the number", "Direct beneficiaries: 240 girls; indirect beneficiaries: 960 family members."],
  ])("%s", async (_name, sentence) => {
    const r = await score(en.replace(target, sentence));
    expect(r.metrics).toMatchObject({ directBeneficiaries: 240, indirectBeneficiaries: 960 });
  });

  it.each([
    ["数字在前", "项目将惠及以下群体：直接受益200人，间接受益400人。"],
    ["间接在前", "项目间接受益家属400人，直接受益老人200人。"],
    ["数字后置", "项目覆盖老人200人（直接）和家属400人（间接）。"],
  ])("%s", async (_name, sentence) => {
    const zh = fixture("zh-complete.md");
    const line = zh.split("\n").find((l) => l.startsWith("项目直接受益对象为"))!;
    const r = await score(zh.replace(line, sentence));
    expect(r.metrics).toMatchObject({ directBeneficiaries: 200, indirectBeneficiaries: 400 });
  });
});
