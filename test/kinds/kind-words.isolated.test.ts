// A new kind needs no edit of a shared prompt: with a test kind added to the registry (as its
// descriptor and its line in kinds/index.ts would), the drafting and revising system prompts say
// its own role and tables, and the need section's prompt its own note, from the descriptor alone.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadFacts, type LoadedFacts } from "../../src/facts/load.js";
import { buildView } from "../../src/draft/view.js";
import type { Kind, KindDescriptor } from "../../src/kinds/index.js";
import { buildReviseMessages, loadReviseTemplates } from "../../src/revise/prompt.js";
import { compileTemplateFile, renderTemplateFile } from "../../src/templating/template-file.js";
import { ROOT } from "../draft/render-helper.js";

// Hoisted with the mock below, which is set up before any import.
const { harvestFair } = vi.hoisted(() => {
  const harvestFair: KindDescriptor = {
    id: "harvest-fair",
    names: { zh: "丰收集市项目书", en: "harvest fair proposal" },
    synonyms: ["harvest fair"],
    prompt: {
      zh: { writes: "丰收集市项目书", edits: "丰收集市方案", tables: ["摊位清单", "农户名录"] },
      en: { writes: "harvest fair proposals", tables: ["the stalls", "the growers taking part"] },
    },
    sections: [
      { id: "summary", facts: [] },
      { id: "need", facts: ["need"], note: { zh: "请写明集市所在村镇的农产品滞销情况。", en: "Say which crops the villages could not sell last season." } },
    ],
    rubrics: { zh: "standard-zh", en: "standard-en" },
  };
  return { harvestFair };
});

vi.mock("../../src/kinds/index.js", async (importOriginal) => {
  const kinds = await importOriginal<typeof import("../../src/kinds/index.js")>();
  return { ...kinds, kindDescriptor: (kind: string) => (kind === harvestFair.id ? harvestFair : kinds.kindDescriptor(kind as Kind)) };
});

const kind = harvestFair.id as Kind;
const FACTS = {
  zh: await loadFacts(path.join(ROOT, "examples/zh/elderly-meals.yaml")),
  en: await loadFacts(path.join(ROOT, "examples/en/girls-stem-clubs.yaml")),
};
const asHarvestFair = (loaded: LoadedFacts): LoadedFacts => ({ ...loaded, facts: { ...loaded.facts, kind } }) as LoadedFacts;

async function render(file: string, context: unknown): Promise<string> {
  return renderTemplateFile(await compileTemplateFile(ROOT, file), file, context);
}

describe("a kind's words in the shared prompts come from its descriptor", () => {
  it("the drafting system prompt names what its writer writes and its own tables", async () => {
    const zh = await render("prompts/zh/system.md.hbs", buildView(asHarvestFair(FACTS.zh)));
    expect(zh).toContain("长期为国内基金会、社会组织和国际慈善机构撰写丰收集市项目书，熟悉");
    expect(zh).toContain("团队、联系方式、摊位清单、农户名录），放在");
    const en = await render("prompts/en/system.md.hbs", buildView(asHarvestFair(FACTS.en)));
    expect(en).toContain("who has written harvest fair proposals for international");
    expect(en).toContain("team and contacts, the stalls, the growers taking part) and places");
  });

  it("the revising system prompt names what its editor edits, or what its writer writes when the kind says nothing else", async () => {
    const input = { kind, heading: "—", body: "—", markers: [], findings: [], factsYaml: "", brief: "" };
    const [zh] = buildReviseMessages(await loadReviseTemplates("zh"), { ...input, locale: "zh-CN" });
    expect(zh!.content).toContain("评审专家对丰收集市方案的要求");
    const [en] = buildReviseMessages(await loadReviseTemplates("en"), { ...input, locale: "en-GB" });
    expect(en!.content).toContain("editor of harvest fair proposals who knows");
  });

  it("a shared section's prompt says the kind's note, and its view names no lead the kind did not give", async () => {
    const view = buildView(asHarvestFair(FACTS.en));
    expect(view.sections.need).toMatchObject({ note: harvestFair.sections[1]!.note!.en, lead: null });
    expect(view.sections.summary).toMatchObject({ note: null, lead: null });
    const file = "prompts/en/sections/need.md.hbs";
    const context = { ...view, section: view.sections.need };
    // The facts, length and outline come in the prompt frame, a partial left out here: the note follows the purpose.
    const purpose = (await compileTemplateFile(ROOT, file))(context, { partials: { "prompt-frame": () => "" } });
    expect(purpose).toContain("the situation of the people affected. Say which crops the villages could not sell last season.\n");
  });
});
