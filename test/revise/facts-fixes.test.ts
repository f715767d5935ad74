import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { factsOnlyField, factsToFill, placeholderField } from "../../src/revise/facts-fixes.js";
import { addressedFindings } from "../../src/revise/engine.js";
import { pickCandidates } from "../../src/revise/select.js";
import type { Improvement } from "../../src/score/types.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

const finding = (message: string, extra: Partial<Improvement> = {}): Improvement => ({
  criterion: "c",
  points: 1,
  severity: "warning",
  message,
  suggestion: "",
  line: 10,
  ...extra,
});

describe("findings only the facts can fix", () => {
  it("a placeholder names the facts field that fills it, in both languages", async () => {
    const loaded = await loadFacts(path.join(REPO_ROOT, "examples/zh/sparse.yaml"));
    expect(factsOnlyField(finding("留有占位符「【待补充：各项风险的具体责任人及应急联络流程】」，不能提交。"), loaded)).toBe("risks.owner");
    expect(factsOnlyField(finding('Placeholder left in the text: "[TODO: why the project is needed now and which policy]".'), loaded)).toBe("need.why_now");
    expect(placeholderField("近年审计报告或年度报告的公开情况")).toBe("organization.financial_disclosure");
  });

  it("a missing count or indirect group is the facts' only when the facts lack it too", async () => {
    const sparse = await loadFacts(path.join(REPO_ROOT, "examples/zh/sparse.yaml"));
    const full = await loadFacts(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"));
    const notSplit = finding("没有区分直接受益人和间接受益人。");
    expect(factsOnlyField(notSplit, full)).toBeUndefined();
    expect(factsOnlyField(finding("The sentence is too long."), full)).toBeUndefined();
    expect(factsToFill([notSplit, finding("句子过长。")], sparse).map((f) => f.field)).toEqual(
      sparse.facts.beneficiaries.some((b) => b.direct === false) ? [] : ["beneficiaries[] (a group with direct: false)"],
    );
  });

  it("never reach the sections picked for the model", () => {
    const section = { id: "need", heading: "Need", line: 5, start: 5, end: 20 };
    const result = { improvements: [finding('Placeholder left in the text: "[TODO: source]".', { line: 8, points: 3 }), finding("Vague words.", { line: 9 })] } as never;
    const picked = pickCandidates(result, [section], { max: 3, factsOnly: (f) => f.message.startsWith("Placeholder") });
    expect(picked).toHaveLength(1);
    expect(picked[0]!.findings.map((f) => f.message)).toEqual(["Vague words."]);
  });
});

describe("addressedFindings: compared by identity, not by line", () => {
  it("a finding still there on another line is not addressed; of two alike with one left, one is", () => {
    const sent = [finding("Too long.", { line: 12, section: "need" }), finding("Too long.", { line: 14, section: "need" }), finding("Vague.", { line: 13, section: "need" })];
    const after = [finding("Too long.", { line: 30, section: "need" }), finding("Vague.", { line: 31, section: "need" })];
    expect(addressedFindings(sent, after).map((f) => `${f.message}@${f.line}`)).toEqual(["Too long.@12"]);
    expect(addressedFindings(sent, [finding("Too long.", { section: "budget" })])).toHaveLength(3);
  });
});
