// Loads and compiles, up front, every template a draft of one language and kind needs: the document,
// the system prompt, each section's prompt and each section's offline narrative. A broken template
// therefore fails before any model call, with the template's file and line.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import type { Kind, Language } from "../facts/schema.js";
import { KINDS, LANGUAGES } from "../facts/fields.js";
import type { TemplateFn } from "../templating/handlebars.js";
import { compileTemplateFile, templateError } from "../templating/template-file.js";
import { documentTemplate, offlineTemplate, sectionPromptTemplate } from "../kinds/types.js";
import { sectionPlan, type SectionId } from "./plan.js";
import type { View } from "./view.js";
import { t } from "../i18n/index.js";

/** Both src/draft/ and dist/draft/ sit two levels below the package root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface GeneratorInfo {
  offline: boolean;
  provider?: string;
  model?: string;
  /** YYYY-MM-DD */
  date: string;
}

export type DocumentView = View & { narrative: Partial<Record<SectionId, string>>; generator: GeneratorInfo };

export interface PromptExtra {
  factsYaml: string;
  brief: string;
  materials: { path: string; text: string }[];
  /** The section's length target as the prompt states it ("600至900字"). */
  length: string;
  /** The tables the program renders after the section: heading and columns. */
  tables: { heading: string; columns: string }[];
  /** One line for every other section of the proposal. */
  outline: string;
  /** The rubric's measurable limits: the longest sentence and the vague words. */
  limits: { sentence: number; vague: string };
}

export interface CompiledTemplates {
  /** Every file compiled, relative to the package root (as error messages name them). */
  files: string[];
  renderDocument(view: DocumentView): string;
  renderSystemPrompt(view: View): string;
  renderSectionPrompt(id: SectionId, view: View, extra: PromptExtra): string;
  renderOfflineSection(id: SectionId, view: View): string;
}

const systemPath = (lang: Language) => `prompts/${lang}/system.md.hbs`;
const partialDirs = (lang: Language) => [`templates/${lang}/partials`, `prompts/${lang}/partials`];

/**
 * The template files of every language and kind, for `grantsmith templates`: absolute paths under
 * `root` (the package root by default).
 */
export function listTemplates(
  root: string = ROOT,
): { language: Language; kind: Kind; document: string; prompts: string[]; offline: string[] }[] {
  const abs = (file: string) => path.join(root, file);
  return LANGUAGES.flatMap((language) =>
    KINDS.map((kind) => {
      const plan = sectionPlan(kind);
      return {
        language,
        kind,
        document: abs(documentTemplate(language, kind)),
        prompts: [systemPath(language), ...plan.map((s) => sectionPromptTemplate(language, s))].map(abs),
        offline: plan.map((s) => abs(offlineTemplate(language, s))),
      };
    }),
  );
}

/** A template whose render errors name its file (partials included: errors are tagged where raised). */
interface Loaded {
  file: string;
  fn: TemplateFn;
}

const TAG = Symbol("grantsmith.templateFile");

function tagged(file: string, fn: TemplateFn): TemplateFn {
  const wrapper = (context: unknown, options?: Parameters<TemplateFn>[1]) => {
    try {
      return fn(context, options);
    } catch (error) {
      if (error && typeof error === "object" && !(TAG in error)) (error as Record<symbol, string>)[TAG] = file;
      throw error;
    }
  };
  return wrapper as TemplateFn;
}

async function compileFile(root: string, file: string): Promise<Loaded> {
  return { file, fn: tagged(file, await compileTemplateFile(root, file)) };
}

/**
 * Compiles `files` side by side (each is a file read, and a compile when not built in); a failure is
 * the first failing file in the order given, whichever failed first in time.
 */
async function compileFiles(root: string, files: string[]): Promise<Loaded[]> {
  const settled = await Promise.allSettled(files.map((file) => compileFile(root, file)));
  return settled.map((result) => {
    if (result.status === "rejected") throw result.reason;
    return result.value;
  });
}

async function compilePartials(root: string, lang: Language, withPrompts: boolean): Promise<{ files: string[]; partials: Record<string, TemplateFn> }> {
  const dirs = withPrompts ? partialDirs(lang) : partialDirs(lang).slice(0, 1);
  const listed = await Promise.all(dirs.map((dir) => readdir(path.join(root, dir)).catch(() => [] as string[])));
  const files = dirs.flatMap((dir, k) => listed[k]!.filter((n) => n.endsWith(".md.hbs")).sort().map((name) => `${dir}/${name}`));
  const partials: Record<string, TemplateFn> = {};
  for (const loaded of await compileFiles(root, files)) partials[path.posix.basename(loaded.file, ".md.hbs")] = loaded.fn;
  return { files, partials };
}

/** Tidies what templates leave behind: trailing spaces and runs of blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Compiles every template for `language` and `kind`. `root` is the package root; tests pass a
 * folder of their own to check how broken templates are reported. `prompts: false` (an offline
 * draft) leaves out the system and section prompts, which only a model reads; `offline: false` (a
 * model's draft) leaves out the offline narratives, which only the offline writer reads.
 */
export async function loadTemplates(
  language: Language,
  kind: Kind,
  root: string = ROOT,
  options: { prompts?: boolean; offline?: boolean } = {},
): Promise<CompiledTemplates> {
  const withPrompts = options.prompts ?? true;
  const withOffline = options.offline ?? true;
  const plan = sectionPlan(kind);
  const ids = plan.map((s) => s.id);
  const promptFiles = withPrompts ? [systemPath(language), ...plan.map((spec) => sectionPromptTemplate(language, spec))] : [];
  const offlineFiles = withOffline ? plan.map((spec) => offlineTemplate(language, spec)) : [];
  // Read side by side; a broken partial is reported before a broken template, as when read in turn.
  const [partialsRead, templatesRead] = await Promise.allSettled([
    compilePartials(root, language, withPrompts),
    compileFiles(root, [documentTemplate(language, kind), ...promptFiles, ...offlineFiles]),
  ]);
  if (partialsRead.status === "rejected") throw partialsRead.reason;
  if (templatesRead.status === "rejected") throw templatesRead.reason;
  const { files: partialFiles, partials } = partialsRead.value;
  const loaded = templatesRead.value;
  const document = loaded[0]!;
  const system = withPrompts ? loaded[1] : undefined;
  const prompts = new Map<SectionId, Loaded>(withPrompts ? ids.map((id, k) => [id, loaded[2 + k]!]) : []);
  const offline = new Map<SectionId, Loaded>(withOffline ? ids.map((id, k) => [id, loaded[1 + promptFiles.length + k]!]) : []);
  const notLoaded = (option: "prompts" | "offline"): never => {
    throw new Error(`the ${option === "prompts" ? "prompt" : "offline"} templates were not loaded (loadTemplates with ${option}: false)`);
  };

  const render = (loaded: Loaded | undefined, context: unknown, id?: SectionId): string => {
    if (!loaded) throw new InputError(t("draft.noTemplate", { id: String(id), language, kind }));
    try {
      return tidy(loaded.fn(context, { partials }));
    } catch (error) {
      const file = (error as Record<symbol, string> | null)?.[TAG] ?? loaded.file;
      throw templateError(file, error, t("output.templateFailedToRender"));
    }
  };

  return {
    files: [...loaded.map((template) => template.file), ...partialFiles],
    renderDocument(view) {
      const narrative = Object.fromEntries(ids.map((id) => [id, view.narrative[id]?.trim() ?? ""]));
      const generator = {
        offline: view.generator.offline,
        provider: view.generator.provider ?? null,
        model: view.generator.model ?? null,
        date: view.generator.date,
      };
      return `${render(document, { ...view, narrative, generator })}\n`;
    },
    renderSystemPrompt(view) {
      return system ? render(system, view) : notLoaded("prompts");
    },
    renderSectionPrompt(id, view, extra) {
      return withPrompts ? render(prompts.get(id), { ...view, section: view.sections[id], ...extra }, id) : notLoaded("prompts");
    },
    renderOfflineSection(id, view) {
      return withOffline ? render(offline.get(id), { ...view, section: view.sections[id] }, id) : notLoaded("offline");
    },
  };
}
