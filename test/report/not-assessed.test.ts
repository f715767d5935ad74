// A criterion nobody assessed (an llm criterion without --judge) did not pass: "passed": false in
// the JSON, never a ✓ in a report. It does not fail a file's gate by itself either, must or not.
import { describe, expect, it } from "vitest";
import { createWriter, renderReport } from "../../src/report/index.js";
import { applyGate, summarize } from "../../src/score/gate.js";
import { scoreText } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { fixture } from "../score/helpers.js";

const RUBRIC = `id: judged-must
title: { en: A rubric with a must criterion only a model can assess }
criteria:
  - id: budget
    title: { en: Budget }
    weight: 60
    sections: [budget]
    checks:
      - { type: budget }
  - id: coherence
    title: { en: Coherence }
    weight: 40
    must: true
    checks:
      - type: llm
        question: { en: Is it coherent? }
`;

describe("not-assessed criteria", () => {
  it("are passed: false and assessed: false in the JSON, and do not fail the gate", async () => {
    const rubric = await parseRubric("judged-must.yaml", RUBRIC);
    const r = await scoreText(fixture("en-complete.md"), { file: "p.md", rubric });
    const coherence = r.criteria.find((c) => c.id === "coherence")!;
    expect(coherence).toMatchObject({ score: null, passed: false, assessed: false, must: true, needs: "judge" });
    expect(r.passed).toBe(true);
    expect(applyGate(r, { failOn: "never" }).passed).toBe(true);
    const json = JSON.parse(renderReport(await createWriter("json"), [r], summarize([r])));
    expect(json.results[0].criteria.find((c: { id: string }) => c.id === "coherence")).toMatchObject({ score: null, passed: false, assessed: false });
    expect(json.summary).toMatchObject({ passed: 1, failed: 0 });
  });

  it("are never shown as passed (or failed) in text, markdown, junit and github", async () => {
    const rubric = await parseRubric("judged-must.yaml", RUBRIC);
    const r = await scoreText(fixture("en-complete.md"), { file: "p.md", rubric });
    const render = async (format: Parameters<typeof createWriter>[0]) => renderReport(await createWriter(format), [r], summarize([r]));
    const text = (await render("text")).split("\n").find((l) => /^\s+. Coherence/.test(l))!;
    expect(text).toMatch(/^\s+– Coherence/);
    const md = (await render("markdown")).split("\n").find((l) => l.includes("(`coherence`)"))!;
    expect(md).toMatch(/\| – \|$/);
    const junit = await render("junit");
    expect(junit).toMatch(/name="coherence: Coherence \[must\]"><skipped /);
    expect(await render("github")).not.toMatch(/must criteria failed/);
  });
});
