// The kinds and sections registries are the one list every other listing reads: these tests fail
// when a kind or a section is added in one place and not the others.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listTemplates } from "../../src/draft/templates.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { factsJsonSchema, LANGUAGES } from "../../src/facts/schema.js";
import { readEnum } from "../../src/facts/typed.js";
import { detectKindFrom, kindDescriptor, KIND_DESCRIPTORS, KINDS } from "../../src/kinds/index.js";
import { SECTION_IDS, SECTIONS } from "../../src/kinds/sections.js";
import { offlineTemplate, sectionPromptTemplate } from "../../src/kinds/types.js";
import { DEFAULT_ALIASES, SECTION_ORDER } from "../../src/score/aliases.js";
import { buildSectionMatcher } from "../../src/score/read/section-matcher.js";
import { rubricJsonSchema } from "../../src/score/rubric/schema.js";
import { builtinIdFor, builtinRubricIds, loadBuiltinRubric } from "../../src/score/rubric/rubric.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { runInProcess } from "../helpers/run-in-process.js";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const enumOf = (schema: Record<string, unknown>) =>
  ((schema.properties as Record<string, { enum?: string[] }>).kind!.enum ?? []).filter((k) => k !== "any");

describe("every list of kinds is the registry's", () => {
  it("the descriptors' ids are the kind ids, in order", () => {
    expect(KIND_DESCRIPTORS.map((k) => k.id)).toEqual([...KINDS]);
  });

  it("the facts schema and the rubric schema take exactly these kinds", () => {
    expect(enumOf(factsJsonSchema())).toEqual([...KINDS]);
    expect(enumOf(rubricJsonSchema())).toEqual([...KINDS]);
  });

  it("`grantsmith init --kind` offers exactly these kinds", async () => {
    const help = (await runInProcess(["init", "--help"])).stdout.replace(/\s+/g, " ");
    const choices = /--kind <kind>.*?\(choices: ([^)]*?), default/.exec(help)?.[1];
    expect(choices?.split(", ").map((c) => JSON.parse(c))).toEqual([...KINDS]);
  });

  it("`grantsmith templates` lists every kind in both languages, and every file it lists exists", () => {
    const listed = listTemplates();
    expect(listed.map((t) => `${t.language} ${t.kind}`)).toEqual(LANGUAGES.flatMap((l) => KINDS.map((k) => `${l} ${k}`)));
    for (const entry of listed) {
      for (const file of [entry.document, ...entry.prompts, ...entry.offline]) expect(existsSync(file), file).toBe(true);
    }
  });

  it.each(KINDS)("%s has its own rubric per language among `grantsmith rubrics`, or the stated fallback", async (kind) => {
    for (const language of LANGUAGES) {
      const id = kindDescriptor(kind).rubrics[language];
      expect(builtinRubricIds()).toContain(id);
      expect(builtinIdFor(language, kind)).toBe(id);
      const rubric = await loadBuiltinRubric(id);
      expect(rubric.language).toBe(language);
      // public-fundraising has no English rubric (Art. 24 is Chinese law): its fallback is the standard one.
      expect(rubric.kind).toBe(kind === "public-fundraising" && language === "en" ? "standard" : kind);
    }
  });
});

describe("a kind's synonyms are its descriptor's", () => {
  it("each synonym a facts file may use reads as its kind", () => {
    for (const kind of KIND_DESCRIPTORS) {
      expect(kind.synonyms.length).toBeGreaterThan(0);
      for (const word of kind.synonyms) expect(readEnum(word, KINDS, { lang: "en" })).toEqual({ value: kind.id });
    }
  });
});

describe("each kind's document template follows its descriptor", () => {
  it.each(LANGUAGES.flatMap((language) => KINDS.map((kind) => [language, kind] as const)))(
    "%s %s: every section heading in order, each followed by its tables",
    (language, kind) => {
      const text = read(`templates/${language}/${kind}.md.hbs`);
      const placed = [...text.matchAll(/\{\{sections\.([a-z]+)\.title\}\}|\{\{> (tables-[a-z-]+)\}\}/g)].map((m) => m[1] ?? m[2]);
      const expected = kindDescriptor(kind).sections.flatMap((s) => [s.id, ...(s.tables ?? [])]);
      expect(placed).toEqual(expected);
      for (const table of expected.filter((t) => t.startsWith("tables-"))) {
        expect(existsSync(path.join(REPO_ROOT, `templates/${language}/partials/${table}.md.hbs`)), table).toBe(true);
      }
    },
  );

  it.each(KINDS)("%s: every section has a prompt and offline sentences in zh and en", (kind) => {
    for (const section of kindDescriptor(kind).sections) {
      for (const language of LANGUAGES) {
        expect(existsSync(path.join(REPO_ROOT, sectionPromptTemplate(language, section))), `${kind} ${section.id} prompt`).toBe(true);
        expect(existsSync(path.join(REPO_ROOT, offlineTemplate(language, section))), `${kind} ${section.id} offline`).toBe(true);
      }
    }
  });

  it.each(KINDS.filter((k) => k !== "standard"))("%s has an init block in zh and en", (kind) => {
    for (const language of LANGUAGES) expect(existsSync(path.join(REPO_ROOT, `templates/init/${language}/${kind}.yaml`))).toBe(true);
  });
});

describe("the section registry feeds both the drafting plan and the scorer", () => {
  it("the scorer's aliases and order are the registry's sections", () => {
    expect(Object.keys(DEFAULT_ALIASES)).toEqual([...SECTION_IDS]);
    expect([...SECTION_ORDER]).toEqual(SECTIONS.map((s) => s.id));
  });

  it.each(KINDS)("%s: the scorer reads every drafted heading back as its own section", (kind) => {
    const matcher = buildSectionMatcher();
    for (const spec of sectionPlan(kind)) {
      for (const language of LANGUAGES) expect(matcher.match(spec.heading[language]), `${spec.heading[language]}`).toBe(spec.id);
    }
  });

  it("headings matched before the venture-grant sections came are matched the same way", () => {
    const matcher = buildSectionMatcher();
    expect(matcher.match("八、项目团队")).toBe("organization");
    expect(matcher.match("五、预期成果")).toBe("objectives");
    expect(matcher.match("Expected Results")).toBe("objectives");
    expect(matcher.match("项目团队与分工")).toBe("team");
    expect(matcher.match("十一、预期成效与可推广性")).toBe("results");
  });

  it.each(KIND_DESCRIPTORS.filter((k) => k.detect?.sections))("a proposal with a section only %s has is detected as that kind", (kind) => {
    for (const id of kind.detect!.sections!) expect(detectKindFrom(new Set(["summary", id]), "")).toBe(kind.id);
  });

  it("a proposal with none of those sections is a standard one", () => {
    expect(detectKindFrom(new Set(["summary", "need", "budget"]), "社区老人送餐项目")).toBe("standard");
    expect(detectKindFrom(new Set(["summary"]), "2025年度公益创投项目申报书")).toBe("venture-grant");
  });
});
