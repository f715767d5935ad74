import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { scoreTextWith } from "../../src/score/engine.js";
import { builtinRubricIds, listBuiltinRubrics, loadRubricFile, resolveRubric } from "../../src/score/rubric/rubric.js";
import { rubricJsonSchema } from "../../src/score/rubric/schema.js";
import { fixture } from "./helpers.js";
import { tempDirSync } from "../helpers/temp.js";

const dir = tempDirSync("grantsmith-rubric-");
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("built-in rubrics", () => {
  it("are valid and their weights add up to 100", async () => {
    expect(builtinRubricIds()).toEqual(expect.arrayContaining(["standard-zh", "standard-en", "public-fundraising-zh", "disaster-relief-zh", "disaster-relief-en"]));
    for (const r of await listBuiltinRubrics()) {
      expect(r.criteria.reduce((s, c) => s + c.weight, 0), r.id).toBeCloseTo(100, 5);
    }
  });
  it("are picked by language and kind", async () => {
    expect((await resolveRubric(undefined, "zh", "disaster-relief")).id).toBe("disaster-relief-zh");
    expect((await resolveRubric(undefined, "en", "public-fundraising")).id).toBe("standard-en");
  });
  it("an unknown id is an input error naming the built-in ones", async () => {
    await expect(resolveRubric("standrad-zh", "zh")).rejects.toThrow(/no such built-in rubric or file; built-in: .*standard-zh/);
  });
});

describe("rubric files", () => {
  it("report every problem with file:line:col", async () => {
    const file = write("bad.yaml", "id: mine\ntitle: { en: Mine }\ncriteria:\n  - id: need\n    title: { en: Need }\n    weight: 60\n    sections: [nede]\n    checks:\n      - { type: evidnce }\n");
    const error = await loadRubricFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = [(error as InputError).message, ...(error as InputError).details].join("\n");
    expect(lines).toMatch(new RegExp(`${file}:9:\\d+: criteria\\[0\\]\\.checks\\[0\\]\\.type: expected one of section, .*evidence.*, got "evidnce"`));
  });
  it("an llm scale whose max is not above its min is rejected when the rubric loads, at its line", async () => {
    const file = write(
      "flat-scale.yaml",
      "id: mine\ntitle: { en: Mine }\ncriteria:\n  - id: coherence\n    title: { en: Coherence }\n    weight: 100\n    checks:\n      - type: llm\n        question: { en: Is it coherent? }\n        scale: { min: 5, max: 5 }\n",
    );
    const error = await loadRubricFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = [(error as InputError).message, ...(error as InputError).details].join("\n");
    expect(lines).toMatch(new RegExp(`${file}:10:\\d+: criteria\\[0\\]\\.checks\\[0\\]\\.scale\\.max: max must be above min`));
  });
  it("weights must add up to 100", async () => {
    const file = write("weights.yaml", "id: mine\ntitle: { en: Mine }\ncriteria:\n  - id: need\n    title: { en: Need }\n    weight: 60\n    checks: [{ type: section }]\n");
    await expect(loadRubricFile(file)).rejects.toThrow(`${file}:4:3: criteria: the weights add up to 60, not 100`);
  });
  it("reject unknown section ids with their position", async () => {
    const file = write("sections.yaml", "id: mine\ntitle: { en: Mine }\ncriteria:\n  - id: need\n    title: { en: Need }\n    weight: 100\n    sections: [nede]\n    checks:\n      - { type: section }\n");
    await expect(loadRubricFile(file)).rejects.toThrow(`${file}:7:16: criteria[0].sections[0]: unknown section id "nede"`);
  });
  it("llm criteria are not assessed without --judge and the total covers what was assessed", async () => {
    const file = write(
      "judge.yaml",
      [
        "id: judged",
        "title: { en: Judged }",
        "criteria:",
        "  - id: budget",
        "    title: { en: Budget }",
        "    weight: 80",
        "    sections: [budget]",
        "    checks: [{ type: budget }]",
        "  - id: coherence",
        "    title: { en: Coherence }",
        "    weight: 20",
        "    checks:",
        "      - type: llm",
        "        question: { en: Do the activities follow from the need?, zh: 活动是否回应需求？ }",
        "        scale: 10",
        "",
      ].join("\n"),
    );
    const rubric = await loadRubricFile(file);
    const r = scoreTextWith(fixture("en-complete.md"), rubric, { file: "p.md" });
    expect(r.notAssessed).toEqual(["coherence"]);
    expect(r.assessedMax).toBe(80);
    expect(r.criteria.find((c) => c.id === "coherence")).toMatchObject({ score: null, assessed: false, max: 20 });
    expect(r.score).toBe(100);
    const broken = scoreTextWith(fixture("en-complete.md").replace("**$48,000**", "**$50,000**"), rubric, { file: "p.md" });
    // 80 points assessed: half of them lost is 50 points of the 0–100 total.
    expect(broken.improvements[0]!.points).toBe(50);
    expect(broken.score).toBe(50);
  });
  it("metrics list only named sections, even when a rubric names one with an empty key", async () => {
    const file = write(
      "empty-key.yaml",
      [
        "id: oddly",
        "title: { en: Oddly }",
        "sections:",
        '  "": { en: [Overview of Things] }',
        "criteria:",
        "  - id: budget",
        "    title: { en: Budget }",
        "    weight: 100",
        "    sections: [budget]",
        "    checks: [{ type: budget }]",
        "",
      ].join("\n"),
    );
    const rubric = await loadRubricFile(file);
    const r = scoreTextWith("# Overview of Things\n\nSome text here.\n\n## Budget\n\nTotal 1,000 USD.\n", rubric, { file: "p.md" });
    expect(r.metrics?.sections).toEqual(["budget"]);
  });
  it("the JSON Schema describes the check types", () => {
    const schema = JSON.stringify(rubricJsonSchema());
    for (const type of ["smart_objectives", "admin_share", "elements", "llm"]) expect(schema).toContain(type);
  });
});
