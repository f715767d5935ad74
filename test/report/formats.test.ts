import { describe, expect, it } from "vitest";
import { createWriter, formatTopImprovements, renderReport } from "../../src/report/index.js";
import { applyGate, errorResult, summarize } from "../../src/score/gate.js";
import { scoreText } from "../../src/score/engine.js";
import type { ScoreResult } from "../../src/score/types.js";
import { fixture } from "../score/helpers.js";

async function results(): Promise<ScoreResult[]> {
  const good = await scoreText(fixture("zh-complete.md"), { file: "proposals/good.md" });
  const sparse = await scoreText(fixture("en-sparse.md"), { file: "proposals/sparse, draft.md" });
  return [good, applyGate(sparse, { minScore: 70 }), errorResult("proposals/gbk.md", "not UTF-8 text")];
}

async function render(format: Parameters<typeof createWriter>[0]) {
  const list = await results();
  return renderReport(await createWriter(format, { minScore: 70, maxAnnotationsPerFile: 0 }), list, summarize(list));
}

/** A minimal XML well-formedness check: every tag closes in order. */
function assertWellFormedXml(xml: string) {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
}

describe("report formats", () => {
  it("json follows the version 1 contract", async () => {
    const data = JSON.parse(await render("json"));
    expect(Object.keys(data)).toEqual(["version", "results", "summary"]);
    expect(data.version).toBe(1);
    expect(data.summary).toEqual({ files: 3, ready: 1, passed: 1, failed: 2, mean: expect.any(Number) });
    const first = data.results[0];
    expect(Object.keys(first).slice(0, 12)).toEqual(["file", "language", "rubric", "score", "max", "grade", "passed", "ready", "blocking", "criteria", "improvements", "unverified"]);
    expect(first).toMatchObject({ ready: true, blocking: [] });
    expect(Object.keys(first.criteria[0])).toEqual(expect.arrayContaining(["id", "title", "score", "max", "must", "passed"]));
    const sparse = data.results[1];
    expect(Object.keys(sparse.improvements[0])).toEqual(expect.arrayContaining(["criterion", "points", "severity", "message", "suggestion", "line"]));
    // Not ready, and why, each reason with its id: placeholders left, required sections near-empty
    // or missing (in the rubric's order), a must criterion failed.
    expect(sparse.ready).toBe(false);
    expect(sparse.blocking.map((b: { id: string }) => b.id)).toEqual(["placeholders", "section", "section", "section", "must"]);
    expect(sparse.blocking[0]).toEqual({ id: "placeholders", message: expect.stringMatching(/^\d+ placeholders? left$/), line: expect.any(Number) });
    expect(sparse.blocking[1]).toEqual({ id: "section", criterion: "need", message: '"Statement of Need" is near-empty (16 words, no figures)', line: 7 });
    expect(sparse.blocking[2]).toEqual({ id: "section", criterion: "objectives", message: '"Goals and Objectives" is near-empty (9 words, no figures)', line: 11 });
    expect(sparse.blocking[3]).toEqual({ id: "section", criterion: "activities", message: 'no "Project Activities and Work Plan" section' });
    expect(sparse.blocking[4]).toMatchObject({ id: "must", criterion: "budget", message: expect.stringMatching(/^must criterion "Budget" not met/) });
    expect(data.results[2]).toMatchObject({ file: "proposals/gbk.md", passed: false, ready: false, error: "not UTF-8 text" });
  });

  it("sarif 2.1.0 with a location for every finding", async () => {
    const sarif = JSON.parse(await render("sarif"));
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("grantsmith");
    expect(run.results.length).toBeGreaterThan(3);
    for (const r of run.results) {
      expect(["error", "warning", "note"]).toContain(r.level);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(r.ruleId);
    }
    const readiness = run.results.filter((r: { ruleId: string }) => r.ruleId === "readiness");
    expect(readiness.map((r: { level: string }) => r.level)).toEqual(["note", "error"]);
    expect(readiness[1].message.text).toMatch(
      /^not ready to submit: \d+ placeholders? left; "Statement of Need" is near-empty \(16 words, no figures\); "Goals and Objectives" is near-empty \(9 words, no figures\); no "Project Activities and Work Plan" section; must criterion "Budget" not met/,
    );
    expect(readiness[1].properties).toMatchObject({ ready: false, blocking: [{ id: "placeholders" }, { id: "section" }, { id: "section" }, { id: "section" }, { id: "must" }] });
    expect(run.results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri === "proposals/sparse%2C%20draft.md")).toBe(true);
  });

  it("junit is well-formed with a failure per failed criterion", async () => {
    const xml = await render("junit");
    assertWellFormedXml(xml);
    expect(xml).toContain('<testsuite name="proposals/good.md" tests="16" failures="0"');
    expect(xml).toMatch(/<testsuite name="proposals\/sparse, draft.md" tests="16" failures="[1-9]\d*"/);
    // A readiness test case: passed when ready, failed with the reasons when not.
    expect(xml).toContain('<property name="ready" value="true"/><property name="blocking" value=""/>');
    expect(xml).toContain('<property name="ready" value="false"/><property name="blocking" value="placeholders,section,section,section,must"/>');
    // Each proposal's test cases are named in its language.
    expect(xml).toContain('<testcase classname="proposals/good.md" name="能否提交：可以提交"></testcase>');
    expect(xml).toMatch(/<testcase classname="proposals\/sparse, draft.md" name="readiness: ready to submit"><failure message="not ready to submit: \d+ placeholders? left; &quot;Statement of Need&quot; is near-empty \(16 words, no figures\); &quot;Goals and Objectives&quot; is near-empty \(9 words, no figures\); no &quot;Project Activities and Work Plan&quot; section; must criterion &quot;Budget&quot; not met[^"]*">proposals\/sparse, draft.md:\d+: placeholders: /);
    expect(xml).toContain('<error message="not UTF-8 text"/>');
  });

  it("github annotations are well-formed workflow commands", async () => {
    const lines = (await render("github")).trim().split("\n");
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]*::.+$/);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=proposals\/sparse%2C draft\.md,line=5,title=grantsmith placeholders \(\+[\d.]+\)::Placeholder left/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=proposals\/sparse%2C draft\.md,title=grantsmith%3A quality gate failed::.*; not ready to submit; gate failed; below --min-score 70/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=proposals\/sparse%2C draft\.md,line=\d+,title=grantsmith%3A not ready to submit::not ready to submit: \d+ placeholders? left; "Statement of Need" is near-empty \(16 words, no figures\); "Goals and Objectives" is near-empty \(9 words, no figures\); no "Project Activities and Work Plan" section; must criterion "Budget" not met/));
    expect(lines).toContainEqual(expect.stringMatching(/^::notice file=proposals\/good\.md,title=grantsmith 评分::[\d.]+\/100（A），评分细则 standard-zh；.*可以提交；门槛已通过$/));
  });

  it("csv has one row per file and quotes what needs quoting", async () => {
    const rows = (await render("csv")).trim().split("\n");
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^rank,file,title,organization,language,kind,rubric,score,grade,ready,blocking,errors,/);
    expect(rows[1]).toMatch(/^1,proposals\/good\.md,.*,A,ready,,\d/);
    expect(rows[2]).toMatch(/^2,"proposals\/sparse, draft\.md",Reading Corners for Rural Schools,,en,standard,standard-en,[\d.]+,F,not ready,"placeholders: \d+ placeholders? left \| section: ""Statement of Need"" is near-empty \(16 words, no figures\) \| section: ""Goals and Objectives"" is near-empty \(9 words, no figures\) \| section: no ""Project Activities and Work Plan"" section \| must budget: must criterion ""Budget"" not met/);
    expect(rows[3]).toMatch(/^,proposals\/gbk\.md,.*,error,.*,not UTF-8 text$/);
  });

  it("text and markdown show the total, the criteria and the improvements with file:line", async () => {
    const text = await render("text");
    expect(text).toMatch(/proposals\/good\.md {2}\d+(\.\d)?\/100 {2}A/);
    expect(text).toMatch(/\+\s?\d+\.\d {2}proposals\/sparse, draft\.md:\d+/);
    expect(text).toContain("Summary: 3 files, 1 ready to submit, 1 gate passed, 2 gate failed");
    expect(text).toMatch(/proposals\/good\.md {2}[\d.]+\/100 {2}A {2}standard-zh {2}可以提交 · 门槛已通过\n/);
    expect(text).toMatch(/proposals\/sparse, draft\.md {2}[\d.]+\/100 {2}F {2}standard-en {2}not ready to submit · gate failed\n {2}not ready to submit: \d+ placeholders? left; "Statement of Need" is near-empty \(16 words, no figures\); "Goals and Objectives" is near-empty \(9 words, no figures\); no "Project Activities and Work Plan" section; must criterion "Budget" not met/);
    // The gate is never a bare "通过" / "passed".
    expect(text).not.toMatch(/(?<!门槛已)通过(?!门槛)|(?<!gate )passed/);
    expect(text).not.toMatch(/\x1b\[/);
    const md = await render("markdown");
    expect(md).toContain("## proposals/good.md — ");
    expect(md).toContain("| proposals/gbk.md | – | – | error: not UTF-8 text | – |");
    expect(md).toMatch(/## proposals\/good\.md — [\d.]+\/100 \(A\) ✅ 可以提交 · 门槛已通过/);
    expect(md).toMatch(/## proposals\/sparse, draft\.md — [\d.]+\/100 \(F\) ❌ not ready to submit · gate failed\n\nRubric: `standard-en`\n\n> \*\*not ready to submit: \d+ placeholders? left/);
    expect(md).toMatch(/\| proposals\/good\.md \| [\d.]+ \| A \| ready \| gate passed \|/);
    // A Chinese proposal's section is Chinese throughout: its rubric line and criteria table header too.
    const good = md.slice(md.indexOf("## proposals/good.md"), md.indexOf("## proposals/sparse"));
    expect(good).toContain("评分细则：`standard-zh`");
    expect(good).toContain("| 评分标准 | 得分 | 满分 | 必达 | 达标 |");
    expect(md).toContain("| Criteria | score | max | must | passed |");
  });

  it("the draft command's summary lists the top improvements", async () => {
    const r = await scoreText(fixture("zh-sparse.md"), { file: "x.proposal.md" });
    const lines = formatTopImprovements(r, 5).split("\n");
    expect(lines[0]).toMatch(/^评分：\d+(\.\d)?\/100（[A-F]）/);
    // The second line says which points were not assessed (the judge criteria, without --judge).
    // Then whether it can be submitted and why not, before any detail.
    expect(lines[1]).toMatch(/^尚不能提交：留有 \d+ 处占位符/);
    expect(lines[2]).toMatch(/^有 14 分未评估/);
    expect(lines[3]).toBe("最值得改进的 5 项：");
    expect(lines.slice(4, 9).every((l) => /^ {2,3}\+\d+\.\d {2}x\.proposal\.md:\d+ {2}/.test(l))).toBe(true);
  });
});
