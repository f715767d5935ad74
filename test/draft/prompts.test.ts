import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFacts, type LoadedFacts } from "../../src/facts/load.js";
import { sectionPlan, type SectionId } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView, projectBrief, sectionFactsYaml } from "../../src/draft/view.js";
import { EXAMPLES } from "./render-helper.js";
import { SENTENCE_LIMIT, sectionPromptExtra } from "../../src/draft/writers.js";

const tmp = await mkdtemp(path.join(os.tmpdir(), "grantsmith-prompts-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

const example = (name: string) => EXAMPLES.find((f) => f.endsWith(name))!;

async function prompt(loaded: LoadedFacts, id: SectionId): Promise<string> {
  const templates = await loadTemplates(loaded.facts.language, loaded.facts.kind);
  const spec = sectionPlan(loaded.facts.kind).find((s) => s.id === id)!;
  return templates.renderSectionPrompt(id, buildView(loaded), sectionPromptExtra(loaded, spec));
}

describe("section prompts", () => {
  it("carry the section's facts and not other sections' facts", async () => {
    const loaded = await loadFacts(example("elderly-meals.yaml"));
    const budget = await prompt(loaded, "budget");
    expect(budget).toContain("午餐餐费补贴");
    expect(budget).toContain("unit_cost: 12");
    expect(budget).toContain("cost_per_direct_beneficiary: 5835");
    expect(budget).not.toContain("食品安全事件");

    const risks = await prompt(loaded, "risks");
    expect(risks).toContain("食品安全事件");
    expect(risks).toContain("48小时留样制度");
    expect(risks).not.toContain("午餐餐费补贴");
    expect(risks).not.toContain("unit_cost");
  });

  it("carry the short project brief, a fenced facts block, the section title and a target length", async () => {
    const loaded = await loadFacts(example("elderly-meals.yaml"));
    const text = await prompt(loaded, "need");
    expect(text).toContain("项目名称：社区老人送餐到家项目（西城区试点）");
    expect(text).toContain("预算总额：1,167,000.00元");
    expect(text).toMatch(/```yaml\n[\s\S]*need:[\s\S]*```/);
    expect(text).toContain("二、项目背景与需求分析");
    expect(text).toMatch(/约600至900字/);
    expect(text).toContain("【待补充：……】");
  });

  it("quote background materials in the sections that use them", async () => {
    const source = await readFile(example("girls-stem-clubs.yaml"), "utf8");
    await writeFile(path.join(tmp, "survey.md"), "Club pilot notes: girls asked for more robotics.\n");
    const file = path.join(tmp, "stem.yaml");
    await writeFile(file, `${source}materials:\n  - survey.md\n`);
    const loaded = await loadFacts(file);
    const need = await prompt(loaded, "need");
    expect(need).toContain("### survey.md");
    expect(need).toContain("girls asked for more robotics");
    expect(need).toContain("about 400–600 words");
    const risks = await prompt(loaded, "risks");
    expect(risks).not.toContain("girls asked for more robotics");
  });

  it("exist for every section of every kind, in both languages", async () => {
    for (const file of EXAMPLES) {
      const loaded = await loadFacts(file);
      for (const spec of sectionPlan(loaded.facts.kind)) {
        const text = await prompt(loaded, spec.id);
        expect(text, `${file} ${spec.id}`).toContain(buildView(loaded).sections[spec.id].title);
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  });
});

describe("system prompt", () => {
  it("forbids invented facts and asks for placeholders, in the proposal's language", async () => {
    const zh = await loadFacts(example("flood-relief.yaml"));
    const zhText = (await loadTemplates("zh", "disaster-relief")).renderSystemPrompt(buildView(zh));
    expect(zhText).toContain("严禁编造");
    expect(zhText).toContain("【待补充：……】");
    expect(zhText).toContain("应急救灾项目书");
    expect(zhText).toContain("不要使用 # 或 ## 标题");

    const en = await loadFacts(example("girls-stem-clubs.yaml"));
    const enText = (await loadTemplates("en", "standard")).renderSystemPrompt(buildView(en));
    expect(enText).toContain("NEVER invent");
    expect(enText).toContain("[TODO: …]");
    expect(enText).toContain("no preamble");
  });
});

describe("projectBrief", () => {
  it("summarizes the project in a few lines", async () => {
    const brief = projectBrief(await loadFacts(example("girls-stem-clubs.yaml")));
    const lines = brief.split("\n");
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(brief).toContain("Project: Girls Build the Future");
    expect(brief).toContain("Total budget: $91,700.00");
    expect(brief).toContain("Period: September 2025 to August 2026");
  });

  it("names the funder, its priorities and the amount asked of it, with its share of the budget", async () => {
    const brief = projectBrief(await loadFacts(example("girls-stem-clubs.yaml")));
    expect(brief).toContain("Funder: Lakeside Foundation");
    expect(brief).toContain("Funder's priorities: Girls' education; STEM learning");
    expect(brief).toContain("Amount requested: $70,000.00, 76.3% of the total budget");
    const zh = projectBrief(await loadFacts(example("elderly-meals.yaml")));
    expect(zh).toContain("资助方：北京银龄公益基金会");
    expect(zh).toContain("申请金额：850,000.00元，占预算总额的72.8%");
  });
});

describe("what a section prompt says besides the facts", () => {
  it("names the tables that follow, with their columns, and forbids their headings", async () => {
    const budget = await prompt(await loadFacts(example("elderly-meals.yaml")), "budget");
    expect(budget).toContain("“预算明细”：序号、预算科目、类别、单价、数量、金额、备注");
    expect(budget).toContain("“资金来源”");
    expect(budget).toContain("不要写这些小标题");
    const en = await prompt(await loadFacts(example("girls-stem-clubs.yaml")), "risks");
    expect(en).toContain('"Risk Register": #, Risk, Likelihood, Mitigation');
    expect(en).toContain("Do not write these headings");
  });

  it("outlines every other section in one line each, and not its own", async () => {
    const text = await prompt(await loadFacts(example("elderly-meals.yaml")), "need");
    expect(text).toContain("- 六、项目预算：");
    expect(text).toContain("- 一、项目概述：");
    expect(text).not.toContain("- 二、项目背景与需求分析：");
  });

  it("states the rubric's sentence limit and vague words, equal to the built-in rubrics", async () => {
    const zhRubric = await readFile(path.join(import.meta.dirname, "../../rubrics/standard-zh.yaml"), "utf8");
    const enRubric = await readFile(path.join(import.meta.dirname, "../../rubrics/standard-en.yaml"), "utf8");
    expect(zhRubric).toContain(`type: sentence_length, max: ${SENTENCE_LIMIT.zh}`);
    expect(enRubric).toContain(`type: sentence_length, max: ${SENTENCE_LIMIT.en}`);
    const text = await prompt(await loadFacts(example("elderly-meals.yaml")), "summary");
    expect(text).toContain(`每句不超过${SENTENCE_LIMIT.zh}字`);
    expect(text).toContain("一系列");
  });

  it("gives every derived figure in computed: item totals, category sums, the amount requested and its share", async () => {
    const loaded = await loadFacts(example("elderly-meals.yaml"));
    const yaml = sectionFactsYaml(loaded, sectionPlan("standard").find((s) => s.id === "budget")!);
    expect(yaml).toContain("budget_item_totals:");
    expect(yaml).toMatch(/- name: 午餐餐费补贴\n\s+total: 552000/);
    expect(yaml).toContain("direct: 801000");
    expect(yaml).toContain("amount_requested: 850000");
    expect(yaml).toContain("amount_requested_share_of_budget: 72.8%");
    expect(yaml).toContain("cost_per_direct_beneficiary_unit: 人");
  });
});
