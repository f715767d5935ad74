// The messages that ask the model to rewrite one section. Wording lives in
// prompts/<lang>/revise/{system,section}.md.hbs, compiled through the one Handlebars environment.
// The section's current text is material, not instructions: it travels between two boundary lines
// carrying a token it does not contain, and anything in it that looks like a boundary is defused.
import { fileURLToPath } from "node:url";
import type { TemplateFn } from "../templating/handlebars.js";
import { sectionPlan, type SectionSpec } from "../draft/plan.js";
import { sectionFactsYaml } from "../draft/prompt-facts.js";
import { compileTemplateFile, renderTemplateFile } from "../templating/template-file.js";
import type { LoadedFacts } from "../facts/load.js";
import type { Kind, Language } from "../facts/schema.js";
import { kindDescriptor, kindWords } from "../kinds/index.js";
import type { DocumentLocale } from "../facts/locale.js";
import { boundaryToken, neutraliseBoundaries } from "../judge/prompt.js";
import type { ChatMessage } from "../llm/types.js";

/** Both src/revise/ and dist/revise/ sit two levels below the package root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ReviseTemplates {
  language: Language;
  files: [system: string, section: string];
  system: TemplateFn;
  section: TemplateFn;
}

const templatePath = (lang: Language, name: "system" | "section") => `prompts/${lang}/revise/${name}.md.hbs`;

/** Compiles the revise prompts of one language. Call it before any model request so a broken prompt fails fast. */
export async function loadReviseTemplates(language: Language, root: string = ROOT): Promise<ReviseTemplates> {
  const files: [string, string] = [templatePath(language, "system"), templatePath(language, "section")];
  const [system, section] = await Promise.all(files.map((file) => compileTemplateFile(root, file)));
  return { language, files, system: system!, section: section! };
}

/**
 * The facts one section needs, as drafting gives them (the plan's spec for the canonical id); a
 * section the plan does not know gets every fact.
 */
export function sectionFacts(loaded: LoadedFacts, id: string): string {
  const spec = sectionPlan(loaded.facts.kind).find((s) => s.id === id);
  if (spec) return sectionFactsYaml(loaded, spec);
  const every = Object.keys(loaded.facts).filter((key) => key !== "derived" && key !== "language");
  const whole: SectionSpec = { id: "summary", heading: { zh: "", en: "" }, facts: every };
  return sectionFactsYaml(loaded, whole);
}

export interface ReviseFinding {
  message: string;
  suggestion: string;
  points: number;
}

export interface RevisePromptInput {
  kind: Kind;
  /** The section's heading as the proposal writes it (without numbering). */
  heading: string;
  /** The current body, with protected blocks already replaced by their markers. */
  body: string;
  markers: string[];
  findings: ReviseFinding[];
  factsYaml: string;
  brief: string;
  /** en-GB or en-US for an English proposal: the spelling and dates the rewrite keeps (facts/locale.ts). */
  locale: DocumentLocale;
  /** The most the funder's form allows for this section ("500字" / "250 words"), when a form says so. */
  limit?: string;
}

export function boundaryLines(token: string): { begin: string; end: string } {
  return { begin: `<<<SECTION ${token} BEGIN>>>`, end: `<<<SECTION ${token} END>>>` };
}

/** [system, user]: the task rendered from the template, then the bounded current text after it. */
export function buildReviseMessages(templates: ReviseTemplates, input: RevisePromptInput): ChatMessage[] {
  const [systemFile, sectionFile] = templates.files;
  const body = neutraliseBoundaries(input.body.replace(/\r\n?/g, "\n").trim());
  const system = renderTemplateFile(templates.system, systemFile, {
    language: templates.language,
    kind: input.kind,
    kindWords: kindWords(kindDescriptor(input.kind), templates.language),
    locale: input.locale,
  });
  const task = renderTemplateFile(templates.section, sectionFile, {
    language: templates.language,
    kind: input.kind,
    heading: input.heading,
    findings: input.findings.map((f) => ({ ...f, points: Math.round(f.points * 10) / 10 })),
    markers: input.markers,
    factsYaml: input.factsYaml,
    brief: input.brief,
    limit: input.limit,
  });
  const token = boundaryToken(input.body, [body, system, task]);
  const { begin, end } = boundaryLines(token);
  return [
    { role: "system", content: system },
    // One user message, built from parts rendered apart, so the section text cannot reshape the task.
    { role: "user", content: `${task}\n\n${begin}\n${body}\n${end}` },
  ];
}
