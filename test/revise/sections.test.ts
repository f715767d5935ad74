// Finding the sections to rewrite, splicing a new body in, and ranking them by points at stake.
import { describe, expect, it } from "vitest";
import { planRevision, scoreWith } from "../../src/revise/engine.js";
import { rewritableSections, sectionBody, spliceBody } from "../../src/revise/sections.js";
import { COMPLETE_FACTS, scoringInput, SPARSE_FACTS } from "./helpers.js";

describe("rewritableSections", () => {
  it("lists each ## section of a draft once, never a ### heading inside one", async () => {
    const { text, rubric } = await scoringInput(SPARSE_FACTS);
    const sections = rewritableSections(text, rubric.matcher);
    expect(sections.map((s) => s.id)).toEqual([
      "summary", "need", "objectives", "beneficiaries", "activities", "budget", "monitoring", "risks", "sustainability", "organization",
    ]);
    // "### 机构基本信息" names a known section but belongs to its parent.
    const organization = sections.find((s) => s.id === "organization")!;
    expect(sectionBody(text, organization)).toContain("### 机构基本信息");
  });

  it("splices a new body in and leaves every other line as it was", async () => {
    const { text, rubric } = await scoringInput(SPARSE_FACTS);
    const sections = rewritableSections(text, rubric.matcher);
    const need = sections.find((s) => s.id === "need")!;
    const next = spliceBody(text, need, "新的需求分析正文。\n\n第二段。");
    expect(sectionBody(next, rewritableSections(next, rubric.matcher).find((s) => s.id === "need")!)).toBe("新的需求分析正文。\n\n第二段。");
    const lines = text.split("\n");
    const nextLines = next.split("\n");
    expect(nextLines.slice(0, need.start)).toEqual(lines.slice(0, need.start));
    expect(nextLines.slice(-(lines.length - need.end))).toEqual(lines.slice(need.end));
    expect(next).toContain("\n\n新的需求分析正文。\n\n第二段。\n\n## 三、项目目标");
  });

  it("ends the file with one line break when the last section is replaced", async () => {
    const { text, rubric } = await scoringInput(SPARSE_FACTS);
    const last = rewritableSections(text, rubric.matcher).at(-1)!;
    expect(spliceBody(text, last, "结尾。").endsWith("\n\n结尾。\n")).toBe(true);
  });
});

describe("planRevision", () => {
  it("picks the three sections whose findings are worth the most, most first", async () => {
    const input = await scoringInput(SPARSE_FACTS);
    const { score, candidates } = await planRevision(input);
    // The budget's findings only the facts can fix (no items, placeholders), so it is not picked.
    expect(candidates.map((c) => c.section.id)).toEqual(["monitoring", "need", "beneficiaries"]);
    const points = candidates.map((c) => c.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    for (const c of candidates) {
      expect(c.findings.length).toBeGreaterThan(0);
      expect(c.points).toBeCloseTo(c.findings.reduce((s, f) => s + f.points, 0), 0);
    }
    expect(score.score).toBeLessThan(60);
  });

  it("leaves out findings inside a table the program rendered", async () => {
    const input = await scoringInput(SPARSE_FACTS);
    const score = await scoreWith(input, input.text);
    // The organization table holds placeholders (统一社会信用代码…) the scorer reports…
    const inTable = score.improvements.filter((f) => /统一社会信用代码/.test(f.message));
    expect(inTable.length).toBeGreaterThan(0);
    const { candidates } = await planRevision({ ...input, perRound: 20 });
    // …but no rewrite is asked to fix them.
    const sent = candidates.flatMap((c) => c.findings.map((f) => f.message));
    expect(sent.some((m) => /统一社会信用代码/.test(m))).toBe(false);
    // The organization section holds only placeholders and tables: only the facts can complete it.
    expect(candidates.some((c) => c.section.id === "organization")).toBe(false);
    expect(candidates.length).toBeGreaterThan(0);
  });

  it("has nothing to rewrite in a complete proposal", async () => {
    const { candidates, score } = await planRevision(await scoringInput(COMPLETE_FACTS));
    expect(score.score).toBe(100);
    expect(candidates).toEqual([]);
  });
});
