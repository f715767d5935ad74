// A rubric extends or replaces the word lists a check looks for (a check's `words` option).
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { rubricJsonSchema } from "../../src/score/rubric/schema.js";
import "./helpers.js";

/** A one-criterion rubric whose check is `check` (YAML flow mapping), on the need section. */
const rubric = (check: string) =>
  parseRubric("words.yaml", `id: words\ntitle: { en: Words }\ncriteria:\n  - id: need\n    title: { en: Need, zh: 需求 }\n    weight: 100\n    sections: [need]\n    checks:\n      - ${check}\n`);

const messages = (text: string, check: string) => rubric(check).then((r) => scoreTextWith(text, r, { file: "p.md" }).improvements.map((i) => i.message));

const zhNeed = "# 项目\n\n## 需求分析\n\n辖区内独居老人1,280人，其中约三成就餐困难，据街道统计。\n";
const enNeed = "# Project\n\n## Statement of Need\n\n1,280 older people live alone and 30% struggle to get a hot meal, as the monitoring log shows.\n";
const NO_SOURCE_ZH = "需求分析中的数据没有注明来源。";
const NO_SOURCE_EN = "The figures in the need statement have no source.";

describe("word lists in a rubric", () => {
  it("use the built-in words by default", async () => {
    expect(await messages(zhNeed, "{ type: evidence }")).not.toContain(NO_SOURCE_ZH);
    expect(await messages(enNeed, "{ type: evidence }")).toContain(NO_SOURCE_EN);
  });

  it("are extended with `add`", async () => {
    expect(await messages(enNeed, "{ type: evidence, words: { sources: { add: [monitoring log] } } }")).not.toContain(NO_SOURCE_EN);
    // The built-in words still count.
    expect(await messages(zhNeed, "{ type: evidence, words: { sources: { add: [monitoring log] } } }")).not.toContain(NO_SOURCE_ZH);
  });

  it("are replaced with `replace`", async () => {
    // 据 and 统计 are no longer sources: only 台账 is.
    expect(await messages(zhNeed, "{ type: evidence, words: { sources: { replace: [台账] } } }")).toContain(NO_SOURCE_ZH);
    expect(await messages(zhNeed.replace("据街道统计", "见服务台账"), "{ type: evidence, words: { sources: { replace: [台账] } } }")).not.toContain(NO_SOURCE_ZH);
  });

  it("say which headings are meant to be in the other language, for the leftovers check", async () => {
    const en = "One hundred and twenty households on the estate wait for a hot meal every weekday, and most of them live alone.";
    const text = (heading: string) => `${zhNeed}\n## ${heading}\n\n${en}\n`;
    const flagged = (heading: string, check: string) => messages(text(heading), check).then((list) => list.some((m) => m.includes(heading)));
    expect(await flagged("English summary", "{ type: leftovers }")).toBe(false);
    expect(await flagged("For overseas donors", "{ type: leftovers }")).toBe(true);
    expect(await flagged("For overseas donors", "{ type: leftovers, words: { language_names: { add: [overseas] } } }")).toBe(false);
  });

  it("change what the vague check flags", async () => {
    const text = "# Project\n\n## Statement of Need\n\nMany families and some schools, plenty of them, wait.\n";
    const flagged = async (check: string) =>
      (await messages(text, check)).filter((m) => m.includes("vague quantifier")).map((m) => /^"([^"]+)"/.exec(m)![1]);
    expect(await flagged("{ type: vague }")).toEqual(["Many"]);
    expect(await flagged("{ type: vague, words: { vague: { add: [plenty of] } } }")).toEqual(["Many", "plenty of"]);
    // English entries match whole words: "some" is not found in "something".
    expect(await flagged("{ type: vague, words: { vague: { replace: [some] } } }")).toEqual(["some"]);
    expect(await flagged("{ type: vague, terms: [plenty], words: { vague: { replace: [some] } } }")).toEqual(["plenty", "some"]);
  });

  it("change what reads as a statistic that needs a source (findings, plans, claims)", async () => {
    const unsourced = async (text: string, check: string) => (await messages(text, check)).filter((m) => m.includes("has no source in its sentence or the next")).length;
    // No word of a finding: 1,280 people is a count, not a statistic.
    const count = "# Project\n\n## Statement of Need\n\nThe district has 1,280 older people living alone in its care register of homes.\n";
    expect(await unsourced(count.replace(" in its care register of homes", ""), "{ type: evidence }")).toBe(0);
    expect(await unsourced(count.replace(" in its care register of homes", ""), "{ type: evidence, words: { findings: { add: [living alone] } } }")).toBe(1);
    // A percentage beside a plan word is a target; without plan words it is a statistic.
    const target = "# Project\n\n## Statement of Need\n\nWe aim to reach 40% of the older people of the district.\n";
    expect(await unsourced(target, "{ type: evidence }")).toBe(0);
    expect(await unsourced(target, "{ type: evidence, words: { plans: { replace: [deadline] } } }")).toBe(1);
    // sourced_claims reads only sentences its claims list calls a finding.
    const claims = (check: string) =>
      messages("# Project\n\n## Statement of Need\n\nThe pilot reached 85% of households, people say.\n", check).then((m) => m.filter((x) => x.includes("presented as a finding")).length);
    expect(await claims("{ type: sourced_claims, except: [] }")).toBe(0);
    expect(await claims("{ type: sourced_claims, except: [], words: { findings: { add: [pilot] } } }")).toBe(0);
    expect(await claims("{ type: sourced_claims, except: [], words: { claims: { add: [people say] }, findings: { add: [pilot] } } }")).toBe(1);
  });

  it("change what the timeline check lets fall outside the period (before_start, after_end)", async () => {
    const text = "# Project\n\n## Statement of Need\n\nProject period: March 2025 to February 2026.\n\n- January 2025: kick-off visit with the families.\n- March 2025 to February 2026: weekly clubs.\n";
    const outside = async (check: string) => (await messages(text, check)).filter((m) => m.includes("falls outside the project period")).length;
    expect(await outside("{ type: timeline }")).toBe(1);
    expect(await outside("{ type: timeline, words: { before_start: { add: [kick-off] } } }")).toBe(0);
  });

  it("change which table column the risks check reads as the mitigation (mitigation_columns)", async () => {
    const text = "# Project\n\n## Statement of Need\n\n| Risk | Likelihood | What we do |\n| --- | --- | --- |\n| Volunteers leave | Medium | A reserve list of 10 volunteers |\n| Rain | High | Indoor venue booked |\n";
    const unmitigated = async (check: string) => (await messages(text, check)).filter((m) => m.includes("has no mitigation")).length;
    // "What we do" is no mitigation header of the built-in list: the table is read as one paragraph.
    expect(await messages(text, "{ type: risks }")).toContain("1 risk identified; at least 2 are expected.");
    expect(await messages(text, "{ type: risks, words: { mitigation_columns: { add: [what we do] } } }")).toEqual([]);
    expect(await unmitigated("{ type: risks, words: { mitigation_columns: { replace: [likelihood] } } }")).toBe(0);
    // Built in: a column headed Solution, Contingency, 预案 or 解决办法 is a mitigation column.
    expect(await messages(text.replace("What we do", "Solution"), "{ type: risks }")).toEqual([]);
    expect(await messages(text.replace("What we do", "解决办法"), "{ type: risks }")).toEqual([]);
  });

  it("change which label pairs a risk written as a paragraph with its mitigation (mitigation_labels)", async () => {
    const text = "# Project\n\n## Statement of Need\n\nRisk 1: volunteers leave. Fallback: a reserve list of 10 volunteers.\n\nRisk 2: rain on a club day. Fallback: an indoor hall.\n";
    const unmitigated = async (check: string) => (await messages(text, check)).filter((m) => m.includes("has no mitigation")).length;
    expect(await unmitigated("{ type: risks }")).toBe(2);
    expect(await unmitigated("{ type: risks, words: { mitigation_labels: { add: [fallback] } } }")).toBe(0);
    // Built in, "Prevention:" pairs them; a list that replaces the built-in one without it does not.
    // (Not "Contingency:": a word of the mitigations list pairs a risk after its statement, label or not.)
    const prevention = text.replaceAll("Fallback", "Prevention");
    expect((await messages(prevention, "{ type: risks }")).filter((m) => m.includes("has no mitigation"))).toEqual([]);
    expect((await messages(prevention, "{ type: risks, words: { mitigation_labels: { replace: [fallback] } } }")).filter((m) => m.includes("has no mitigation"))).toHaveLength(2);
    expect((await messages(text.replaceAll("Fallback", "Contingency"), "{ type: risks, words: { mitigation_labels: { replace: [fallback] } } }")).filter((m) => m.includes("has no mitigation"))).toEqual([]);
  });

  it("change what cites a source (citations) and what pairs a risk as a conditional (conditionals)", async () => {
    expect(await messages(enNeed, "{ type: evidence, words: { citations: { add: [monitoring log] } } }")).not.toContain(NO_SOURCE_EN);
    // Replacing the citations drops 来源: the figure has no source any more.
    const cited = "# 项目\n\n## 需求分析\n\n辖区内独居老人1,280人，其中约三成就餐困难（来源：民政局2024年报告）。\n";
    expect(await messages(cited, "{ type: evidence }")).not.toContain(NO_SOURCE_ZH);
    expect(await messages(cited.replace("民政局2024年报告", "走访记录"), "{ type: evidence, words: { citations: { replace: [出处] } } }")).toContain(NO_SOURCE_ZH);
    const risks = "# Project\n\n## Statement of Need\n\nRisk 1: volunteers leave; when that happens a reserve list of 10 volunteers steps in.\n\nRisk 2: rain on a club day; when that happens the club meets in the hall.\n";
    const unmitigated = async (check: string) => (await messages(risks, check)).filter((m) => m.includes("has no mitigation")).length;
    expect(await unmitigated("{ type: risks }")).toBe(2);
    expect(await unmitigated("{ type: risks, words: { conditionals: { add: ['when that happens'] } } }")).toBe(0);
  });

  it("change what heads the mitigations as a whole (mitigation_titles) and what states a risk in a paragraph (difficulties)", async () => {
    const unmitigated = async (text: string, check: string) => (await messages(text, check)).filter((m) => m.includes("has no mitigation")).length;
    // Risks listed first, their mitigations in a list after a line that names them as a whole.
    const listed = "# Project\n\n## Statement of Need\n\n- Volunteers leave\n- Rain on a club day\n\nFallbacks:\n\n- A reserve list of 10 volunteers\n- An indoor hall\n";
    expect(await unmitigated(listed, "{ type: risks }")).toBe(4);
    expect(await unmitigated(listed, "{ type: risks, words: { mitigation_titles: { add: [fallbacks] } } }")).toBe(0);
    expect(await unmitigated(listed.replace("Fallbacks", "Solutions"), "{ type: risks }")).toBe(0);
    expect(await unmitigated(listed.replace("Fallbacks", "Solutions"), "{ type: risks, words: { mitigation_titles: { replace: [fallbacks] } } }")).toBe(4);
    // Risks written as paragraphs: a paragraph is one when it states a difficulty.
    const prose = "# Project\n\n## Statement of Need\n\nVolunteers could leave in the summer. A reserve list of 10 volunteers will step in.\n\nRain could fall on a club day, and the club is then cancelled.\n";
    expect(await messages(prose, "{ type: risks }")).toContain("0 risks identified; at least 2 are expected.");
    expect(await unmitigated(prose, "{ type: risks, words: { difficulties: { add: [could] } } }")).toBe(1);
    expect(await unmitigated(prose.replaceAll("could", "may"), "{ type: risks }")).toBe(1);
    expect(await messages(prose.replaceAll("could", "may"), "{ type: risks, words: { difficulties: { replace: [could] } } }")).toContain("0 risks identified; at least 2 are expected.");
  });

  it("change what names the proposal's own organisation as who produced a figure (first_person)", async () => {
    const own = "# Project\n\n## Statement of Need\n\nOur intake survey found that 30% of the 1,280 older people living alone skip a hot meal.\n";
    const unsourced = async (text: string, check: string) => (await messages(text, check)).filter((m) => m.includes("has no source in its sentence or the next")).length;
    // "Our survey" names who produced the figure, at the start of a sentence as inside one.
    expect(await unsourced(own, "{ type: evidence }")).toBe(0);
    expect(await unsourced(own.replace("Our intake", "In 2024 our intake"), "{ type: evidence }")).toBe(0);
    expect(await unsourced(own, "{ type: evidence, words: { first_person: { replace: [] } } }")).toBe(1);
    expect(await unsourced(own.replace("Our", "The club's"), "{ type: evidence }")).toBe(1);
    expect(await unsourced(own.replace("Our", "The club's"), "{ type: evidence, words: { first_person: { add: [\"the club's\"] } } }")).toBe(0);
  });

  it("report an unknown list or a bad entry with file:line:col", async () => {
    const error = await rubric("{ type: evidence, words: { sorces: { add: [x] }, sources: { add: ['(unclosed'] } } }").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = [(error as InputError).message, ...(error as InputError).details].join("\n");
    expect(lines).toMatch(/words\.yaml:9:\d+: criteria\[0\]\.checks\[0\]\.words\.sorces: unknown field/);
    expect(lines).toMatch(/words\.yaml:9:\d+: criteria\[0\]\.checks\[0\]\.words\.sources\.add\[0\]: not a valid regular expression/);
  });

  it("are described in the rubric's JSON Schema", () => {
    const text = JSON.stringify(rubricJsonSchema());
    expect(text).toContain("Words that name where a figure comes from");
    expect(text).toContain("Entries used instead of the built-in ones");
  });
});
