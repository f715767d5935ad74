// How findings are reported: placeholders grouped per section, one improvement for one problem
// that two criteria fail on, and suggestions that read as sentences.
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { resolveRubric } from "../../src/score/rubric/rubric.js";
import { scoreText } from "../../src/score/engine.js";
import { EXAMPLES, renderOffline } from "../draft/render-helper.js";
import { createWriter, REPORT_FORMAT_NAMES, renderReport } from "../../src/report/index.js";
import { summarize } from "../../src/score/gate.js";
import type { ScoreResult } from "../../src/score/types.js";
import { fixture, lineOf, removeSection, score } from "./helpers.js";

const sparseFacts = EXAMPLES.find((f) => f.endsWith("sparse.yaml"))!;

describe("placeholders", () => {
  it("one finding per section, listing each placeholder with its line, worth all of them, at the first", async () => {
    const text = await renderOffline(sparseFacts);
    const r = await score(text);
    const placeholders = r.improvements.filter((i) => i.criterion === "placeholders" && /占位符「|处占位符/.test(i.message));
    const total = (text.match(/【待补充/g) ?? []).length;
    expect(total).toBeGreaterThan(20);
    // Far fewer findings than placeholders: at most two per section, its prose and its tables.
    expect(placeholders.length).toBeLessThan(total * 0.6);
    const sections = placeholders.map((i) => i.section);
    for (const id of new Set(sections)) expect(sections.filter((s) => s === id).length).toBeLessThanOrEqual(2);
    const org = placeholders.filter((i) => /「执行机构介绍」留有 \d+ 处占位符/.test(i.message));
    expect(org.map((i) => i.line)).toEqual([lineOf(text, "【待补充：机构简介"), lineOf(text, "【待补充：统一社会信用代码】")]);
    expect(org[1]!.message).toContain(`「【待补充：成立时间】」（第${lineOf(text, "【待补充：成立时间】")}行）`);
    const table = org[1]!;
    // A group is worth what its placeholders are worth together: several times a section with one.
    const count = Number(/留有 (\d+) 处占位符/.exec(table.message)![1]);
    const one = placeholders.find((i) => i.message.startsWith("留有占位符「"))!;
    expect(table.points).toBeCloseTo(one.points * count, 0);
  });

  it("the English suggestion reads as a sentence", async () => {
    const text = fixture("en-complete.md").replace("Bright Futures Learning Trust will run", "[TODO: a one- or two-sentence summary of the project] Bright Futures Learning Trust will run");
    const r = await score(text);
    const hit = r.improvements.find((i) => i.criterion === "placeholders")!;
    expect(hit.suggestion).toBe("Replace it with the real information it asks for (a one- or two-sentence summary of the project); with grantsmith, add it to the facts file and draft again.");
    expect(hit.suggestion).not.toMatch(/the real a /);
  });
});

describe("one problem failed by two criteria", () => {
  it("is one improvement with the points of both, naming both criteria", async () => {
    const rubric = await resolveRubric("public-fundraising-zh", "zh");
    const facts = await loadFacts(sparseFacts);
    const r = await scoreText(await renderOffline(sparseFacts), { file: "draft.md", rubric, facts });
    const hits = r.improvements.filter((i) => i.message === "预算部分没有可读的预算明细。");
    expect(hits).toHaveLength(1);
    expect(hits[0]!.criteria).toEqual(["budget", "management_cost"]);
    const budget = r.criteria.find((c) => c.id === "budget")!;
    const management = r.criteria.find((c) => c.id === "management_cost")!;
    // Both criteria lose (nearly) all their points for it: the merged item recovers more than either alone.
    expect(management.score).toBe(0);
    expect(hits[0]!.points).toBeGreaterThan((budget.max * 100) / r.assessedMax * 0.5 + (management.max * 100) / r.assessedMax * 0.9);
  });
});

describe("what a finding was made from", () => {
  it("each check's finding keeps its check, message id and params; no report prints them", async () => {
    const text = await renderOffline(sparseFacts);
    const r = await score(text);
    const many = r.improvements.find((i) => i.origin?.message === "many")!;
    expect(many.origin!.check).toBe("placeholders");
    expect((many.origin!.params as { hits: unknown[] }).hits.length).toBe(Number(/留有 (\d+) 处占位符/.exec(many.message)![1]));
    expect(r.improvements.filter((i) => i.origin === undefined)).toEqual([]);
    const empty = r.improvements.find((i) => i.origin?.check === "sections_needed" && i.section === "risks")!;
    expect(empty.origin).toEqual({ check: "sections_needed", message: "empty", params: { title: "风险管理" } });
    // Every format writes the same with the origins as without them.
    const stripped = { ...r, improvements: r.improvements.map(({ origin: _origin, ...rest }) => rest) };
    for (const format of REPORT_FORMAT_NAMES) {
      const write = async (result: ScoreResult) => renderReport(await createWriter(format, { maxAnnotationsPerFile: 0 }), [result], summarize([result]));
      expect(await write(r), format).toBe(await write(stripped));
    }
  });

  it("a check's own words for its missing section are said once, by the engine, as before", async () => {
    const text = removeSection(fixture("en-complete.md"), "## 8. Risks");
    const r = await score(text);
    const none = r.improvements.find((i) => i.origin?.check === "risks")!;
    expect(none.origin!.message).toBe("none");
    expect(none.message).toBe(`The "Risks and Mitigation" section is missing, and no risk is named anywhere in the proposal.`);
    expect(none.severity).toBe("error");
    expect(none.section).toBe("risks");
  });
});
