import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { factsOnlyField, factsToFill, placeholderField } from "../../src/revise/facts-fixes.js";
import { addressedFindings } from "../../src/revise/engine.js";
import { pickCandidates } from "../../src/revise/select.js";
import { scoreText } from "../../src/score/engine.js";
import type { Improvement } from "../../src/score/types.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { fixture, replaceOnce } from "../score/helpers.js";

const finding = (message: string, extra: Partial<Improvement> = {}): Improvement => ({
  criterion: "c",
  points: 1,
  severity: "warning",
  message,
  suggestion: "",
  line: 10,
  ...extra,
});

/** A finding made from a check's report: what decides, whatever its text says. */
const reported = (check: string, message: string, params?: unknown, text = "Any wording at all.") =>
  finding(text, { origin: params === undefined ? { check, message } : { check, message, params } });

const EN_FACTS = path.join(REPO_ROOT, "examples/en/memory-cafe.yaml");

describe("findings only the facts can fix", () => {
  it("a placeholder names the facts field that fills it, by its label or its whole text", async () => {
    const loaded = await loadFacts(path.join(REPO_ROOT, "examples/zh/sparse.yaml"));
    const asking = reported("placeholders", "oneAsking", { raw: "【待补充：各项风险的具体责任人及应急联络流程】", what: "各项风险的具体责任人及应急联络流程" });
    expect(factsOnlyField(asking, loaded)).toBe("risks.owner");
    expect(factsOnlyField(reported("placeholders", "one", { raw: "[TODO: why the project is needed now and which policy]" }), loaded)).toBe("need.why_now");
    // The table's anchored words read the label: a table cell's 【待补充：负责人】 asks for an activity's lead.
    expect(factsOnlyField(reported("placeholders", "oneAsking", { raw: "【待补充：负责人】", what: "负责人" }), loaded)).toBe("activities.owner");
    expect(factsOnlyField(reported("placeholders", "one", { raw: "XXX" }), loaded)).toBe("the facts file");
    expect(placeholderField("近年审计报告或年度报告的公开情况")).toBe("organization.financial_disclosure");
  });

  it("decides by the check and message a finding was made from, never by its text", async () => {
    const sparse = await loadFacts(path.join(REPO_ROOT, "examples/zh/sparse.yaml"));
    // Reworded in the catalog, the same message still decides; the old words alone decide nothing.
    const cases: [check: string, message: string, field: string][] = [
      ["budget", "noItems", "budget.items"],
      ["admin_share", "noItems", "budget.items"],
      ["beneficiaries", "notSplit", "beneficiaries[] (a group with direct: false)"],
      ["evidence", "noSource", "need.evidence[].source"],
      ["evidence", "fewFigures", "need.evidence"],
    ];
    for (const [check, message, field] of cases) expect(factsOnlyField(reported(check, message, undefined, "Reworded."), sparse), `${check} ${message}`).toBe(field);
    expect(factsOnlyField(finding("预算部分没有可读的预算明细。"), sparse)).toBeUndefined();
    expect(factsOnlyField(finding('Placeholder left in the text: "[TODO: why now]".'), sparse)).toBeUndefined();
    // Another check's message of the same id is not the one meant.
    expect(factsOnlyField(reported("items", "noItems"), sparse)).toBeUndefined();
    expect(factsOnlyField(reported("sentence_length", "long", { count: 90, text: "…", max: 60 }), sparse)).toBeUndefined();
  });

  it("a missing count or indirect group is the facts' only when the facts lack it too", async () => {
    const sparse = await loadFacts(path.join(REPO_ROOT, "examples/zh/sparse.yaml"));
    const full = await loadFacts(path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml"));
    const notSplit = reported("beneficiaries", "notSplit", undefined, "没有区分直接受益人和间接受益人。");
    expect(factsOnlyField(notSplit, full)).toBeUndefined();
    expect(factsOnlyField(reported("beneficiaries", "noCount"), sparse)).toBeUndefined();
    expect(factsOnlyField(reported("evidence", "noSource"), full)).toBeUndefined();
    expect(factsToFill([notSplit, reported("sentence_length", "long", { count: 90, text: "…", max: 60 }, "句子过长。")], sparse).map((f) => f.field)).toEqual(
      sparse.facts.beneficiaries.some((b) => b.direct === false) ? [] : ["beneficiaries[] (a group with direct: false)"],
    );
  });

  it("every placeholder of a section counts, not only the eight its message quotes", async () => {
    const asks: [label: string, field: string][] = [
      ["the owner of each risk", "risks.owner"],
      ["the latest audit report", "organization.financial_disclosure"],
      ["the board of trustees", "organization.governance"],
      ["why now", "need.why_now"],
      ["who goes on the waiting list", "beneficiary_selection"],
      ["the selection criteria", "beneficiaries.criteria"],
      ["supplier quotes", "budget.items.note"],
      ["the mission of the organisation", "organization.description"],
      ["past projects", "organization.track_record"],
      ["the office address", "organization.address"],
      ["the project period", "period"],
      ["the overall goal", "goal"],
    ];
    const text = replaceOnce(fixture("en-complete.md"), "Bright Futures Learning Trust will run", `${asks.map(([label]) => `[TODO: ${label}]`).join(" ")} Bright Futures Learning Trust will run`);
    const result = await scoreText(text, { file: "proposal.md" });
    const group = result.improvements.find((i) => i.origin?.check === "placeholders")!;
    expect(group.message).toMatch(/^12 placeholders left/);
    expect(group.message).toContain("and 4 more");
    expect(group.message).not.toContain("the overall goal");
    const loaded = await loadFacts(EN_FACTS);
    expect(factsOnlyField(group, loaded)).toBe(asks.map(([, field]) => field).join(", "));
    // The same finding reworded, as a catalog change would: the same fields.
    expect(factsOnlyField({ ...group, message: "Twelve things are still to be written." }, loaded)).toBe(factsOnlyField(group, loaded));
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
