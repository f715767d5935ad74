// What a draft loads and renders: an offline draft compiles no prompt template, and each section is
// rendered once (the fingerprint and the text, or the request, share the rendering).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { loadTemplates } from "../../src/draft/templates.js";
import { buildView } from "../../src/draft/view.js";
import { modelWriter, offlineWriter } from "../../src/draft/writers.js";
import { UsageMeter } from "../../src/llm/types.js";
import { scriptedProvider } from "../helpers/scripted-provider.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

const FACTS = path.join(REPO_ROOT, "examples/zh/elderly-meals.yaml");

describe("loadTemplates", () => {
  it("with prompts: false, compiles the document and offline templates only, with the same offline text", async () => {
    const all = await loadTemplates("zh", "standard");
    const offline = await loadTemplates("zh", "standard", undefined, { prompts: false });
    expect(all.files.filter((f) => f.startsWith("prompts/")).length).toBeGreaterThan(sectionPlan("standard").length);
    expect(offline.files.filter((f) => f.startsWith("prompts/"))).toEqual([]);
    expect(offline.files).toEqual(all.files.filter((f) => !f.startsWith("prompts/")));
    const loaded = await loadFacts(FACTS);
    const view = buildView(loaded);
    for (const spec of sectionPlan("standard")) expect(offline.renderOfflineSection(spec.id, view)).toBe(all.renderOfflineSection(spec.id, view));
    expect(() => offline.renderSystemPrompt(view)).toThrow(/prompt templates were not loaded/);
  });

  it("with offline: false (a model's draft), compiles the document and prompt templates only, with the same prompts", async () => {
    const all = await loadTemplates("zh", "standard");
    const model = await loadTemplates("zh", "standard", undefined, { offline: false });
    expect(model.files.filter((f) => f.includes("/offline/"))).toEqual([]);
    expect(model.files).toEqual(all.files.filter((f) => !f.includes("/offline/")));
    const loaded = await loadFacts(FACTS);
    const view = buildView(loaded);
    expect(model.renderSystemPrompt(view)).toBe(all.renderSystemPrompt(view));
    expect(() => model.renderOfflineSection("need", view)).toThrow(/offline templates were not loaded/);
  });
});

describe("each section is rendered once", () => {
  async function counted() {
    const loaded = await loadFacts(FACTS);
    const view = buildView(loaded);
    const templates = await loadTemplates("zh", "standard");
    const renders: string[] = [];
    const countedTemplates = {
      ...templates,
      renderOfflineSection: (id: Parameters<typeof templates.renderOfflineSection>[0], v: typeof view) => (renders.push(`offline:${id}`), templates.renderOfflineSection(id, v)),
      renderSectionPrompt: (...args: Parameters<typeof templates.renderSectionPrompt>) => (renders.push(`prompt:${args[0]}`), templates.renderSectionPrompt(...args)),
    };
    return { loaded, view, templates: countedTemplates, renders };
  }

  it("offline: the fingerprint and the text share one rendering", async () => {
    const { view, templates, renders } = await counted();
    const writer = offlineWriter(templates, view);
    const spec = sectionPlan("standard")[0]!;
    const fingerprint = writer.fingerprint(spec);
    const text = await writer.write(spec, new AbortController().signal);
    expect(text.length).toBeGreaterThan(0);
    expect(writer.fingerprint(spec)).toBe(fingerprint);
    expect(renders).toEqual([`offline:${spec.id}`]);
  });

  it("model: the fingerprint and the request share one prompt; a retry does not change the fingerprint", async () => {
    const { loaded, view, templates, renders } = await counted();
    const { provider, requests } = scriptedProvider(["Written in English instead of Chinese.", "根据事实撰写的正文。"]);
    const writer = modelWriter(provider, templates, view, loaded, new UsageMeter());
    const spec = sectionPlan("standard")[0]!;
    const fingerprint = writer.fingerprint(spec);
    expect(await writer.write(spec, new AbortController().signal)).toBe("根据事实撰写的正文。");
    expect(renders).toEqual([`prompt:${spec.id}`]);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.messages.slice(0, 2)).toEqual(requests[0]!.messages);
    expect(writer.fingerprint(spec)).toBe(fingerprint);
  });
});
