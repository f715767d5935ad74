// The shared prompts take each kind's words from its descriptor (src/kinds/<kind>.ts) and no longer
// choose them with {{#if (eq kind "…")}} chains. The chains they replaced are kept here, and only
// here: every kind, language and locale renders the same bytes through the descriptor's words as
// through the old chain swapped back into today's template, whatever else the template says.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts, type LoadedFacts } from "../../src/facts/load.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { buildView } from "../../src/draft/view.js";
import { sectionPromptExtra } from "../../src/draft/writers.js";
import { KINDS, kindDescriptor, kindWords, type Kind } from "../../src/kinds/index.js";
import { buildReviseMessages, loadReviseTemplates } from "../../src/revise/prompt.js";
import { compileTemplate, type TemplateFn } from "../../src/templating/handlebars.js";
import { ROOT } from "../draft/render-helper.js";

const LANGUAGES = ["zh", "en"] as const;
type Lang = (typeof LANGUAGES)[number];
const LOCALES = { zh: ["zh-CN"], en: ["en-GB", "en-US"] } as const;

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** `text` with `now` (which must occur exactly once) replaced by `then`. */
function swapBack(text: string, now: string, then: string): string {
  expect(text.split(now)).toHaveLength(2);
  return text.replace(now, () => then);
}

const SYSTEM_ROLE = {
  zh: '{{#if (eq kind "public-fundraising")}}公开募捐方案{{else}}{{#if (eq kind "disaster-relief")}}应急救灾项目书{{else}}{{#if (eq kind "venture-grant")}}公益创投项目申报书{{else}}公益项目书和立项书{{/if}}{{/if}}{{/if}}',
  en: '{{#if (eq kind "public-fundraising")}}public fundraising plans{{else}}{{#if (eq kind "disaster-relief")}}disaster-relief proposals{{else}}{{#if (eq kind "venture-grant")}}community venture grant applications{{else}}grant proposals{{/if}}{{/if}}{{/if}}',
};
const SYSTEM_TABLES = {
  zh: '{{#if (eq kind "public-fundraising")}}、公开募捐方案要素{{/if}}{{#if (eq kind "disaster-relief")}}、救灾物资清单{{/if}}{{#if (eq kind "venture-grant")}}、申报单位资质、同类项目、申请金额与配套资金{{/if}}',
  en: `{{#if (eq kind "public-fundraising")}}, the elements of the fundraising plan{{/if}}{{#if (eq kind "disaster-relief")}}, relief supplies{{/if}}{{#if (eq kind "venture-grant")}}, the applicant's standing, similar past projects, the amount requested and co-funding{{/if}}`,
};
const REVISE_ROLE = {
  zh: '{{#if (eq kind "public-fundraising")}}公开募捐方案{{else}}{{#if (eq kind "disaster-relief")}}应急救灾项目书{{else}}{{#if (eq kind "venture-grant")}}公益创投项目申报书{{else}}公益项目书{{/if}}{{/if}}{{/if}}',
  en: SYSTEM_ROLE.en,
};
const NEED_NOTE = {
  zh: '{{#if (eq kind "disaster-relief")}}本项目为应急救灾项目，请先写灾情概况和受灾情况，再写需求评估的方法、时间和结论。{{/if}}',
  en: '{{#if (eq kind "disaster-relief")}} This is a disaster-relief proposal: start with the disaster and who was affected, then how needs were assessed, when and by whom, and what the assessment found.{{/if}}',
};
const NEED_LEAD_NOW = '{{#if section.lead}}\n{{> (lookup section "lead")}}\n{{/if}}\n';
const needLeadThen = (lang: Lang) => `{{#if (eq kind "disaster-relief")}}\n${read(`templates/${lang}/partials/relief-need.md.hbs`)}{{/if}}\n`;

function partials(lang: Lang): Record<string, TemplateFn> {
  const dirs = [`templates/${lang}/partials`, `prompts/${lang}/partials`];
  return Object.fromEntries(
    dirs.flatMap((dir) =>
      readdirSync(path.join(ROOT, dir))
        .filter((name) => name.endsWith(".md.hbs"))
        .map((name) => [path.basename(name, ".md.hbs"), compileTemplate(read(`${dir}/${name}`))]),
    ),
  );
}

/** A facts file of each language, drafted as every kind (the prompts read the kind, not its facts). */
const FACTS: Record<Lang, LoadedFacts> = {
  zh: await loadFacts(path.join(ROOT, "examples/zh/flood-relief.yaml")),
  en: await loadFacts(path.join(ROOT, "examples/en/clean-water-wells.yaml")),
};
const asKind = (loaded: LoadedFacts, kind: Kind, locale: string): LoadedFacts =>
  ({ ...loaded, facts: { ...loaded.facts, kind, derived: { ...loaded.facts.derived, locale } } }) as LoadedFacts;

const cases = LANGUAGES.flatMap((lang) => KINDS.flatMap((kind) => LOCALES[lang].map((locale) => ({ lang, kind, locale }))));

describe("the shared prompts say each kind's words as the chains they replaced did", () => {
  it.each(cases)("the drafting system prompt: $lang $kind $locale", ({ lang, kind, locale }) => {
    const file = `prompts/${lang}/system.md.hbs`;
    const now = read(file);
    const then = swapBack(swapBack(now, "{{kindWords.writes}}", SYSTEM_ROLE[lang]), `{{#each kindWords.tables}}${lang === "zh" ? "、" : ", "}{{this}}{{/each}}`, SYSTEM_TABLES[lang]);
    const view = buildView(asKind(FACTS[lang], kind, locale));
    const rendered = compileTemplate(now)(view);
    expect(rendered).toBe(compileTemplate(then)(view));
    expect(rendered).toContain(kindDescriptor(kind).prompt[lang].writes);
  });

  it.each(cases)("the revising system prompt: $lang $kind $locale", async ({ lang, kind, locale }) => {
    const file = `prompts/${lang}/revise/system.md.hbs`;
    const then = swapBack(read(file), "{{kindWords.edits}}", REVISE_ROLE[lang]);
    const templates = await loadReviseTemplates(lang);
    const [system] = buildReviseMessages(templates, { kind, heading: "—", body: "—", markers: [], findings: [], factsYaml: "", brief: "", locale });
    expect(system!.content).toBe(compileTemplate(then)({ language: lang, kind, locale }).replace(/[ \t]+$/gm, "").trim());
  });

  it.each(cases)("the need section's prompt and offline sentences: $lang $kind $locale", ({ lang, kind, locale }) => {
    const loaded = asKind(FACTS[lang], kind, locale);
    const view = buildView(loaded);
    const spec = sectionPlan(kind).find((s) => s.id === "need")!;
    const options = { partials: partials(lang) };

    const prompt = read(`prompts/${lang}/sections/need.md.hbs`);
    const promptThen = swapBack(prompt, lang === "zh" ? "{{#if section.note}}{{section.note}}{{/if}}" : "{{#if section.note}} {{section.note}}{{/if}}", NEED_NOTE[lang]);
    const promptView = { ...view, section: view.sections.need, ...sectionPromptExtra(loaded, spec) };
    expect(compileTemplate(prompt)(promptView, options)).toBe(compileTemplate(promptThen)(promptView, options));

    const offline = read(`templates/${lang}/offline/need.md.hbs`);
    const offlineThen = swapBack(offline, NEED_LEAD_NOW, needLeadThen(lang));
    const offlineView = { ...view, section: view.sections.need };
    expect(compileTemplate(offline)(offlineView, options)).toBe(compileTemplate(offlineThen)(offlineView, options));
  });

  it("every kind has its own words in both languages, the tables of the standard proposal being the shared ones", () => {
    for (const kind of KINDS) {
      for (const lang of LANGUAGES) {
        const words = kindWords(kindDescriptor(kind), lang);
        expect(words.writes.length).toBeGreaterThan(0);
        expect(words.edits.length).toBeGreaterThan(0);
        expect(words.tables.length > 0).toBe(kind !== "standard");
      }
    }
  });
});
