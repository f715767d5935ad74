// The reminders a section is asked for once more with, one prompt per reason, in
// prompts/<lang>/retry/<name>.md.hbs: an answer cut off at the length limit, stopped by a content
// filter, holding only reasoning or nothing, in the other language, far over its length target
// (writers.ts answerProblem), or thin (thin-answer.ts). Each is compiled the first time an answer
// needs it, once per language: a draft whose answers are all kept (offline, cached) loads none.
import { fileURLToPath } from "node:url";
import type { Language } from "../facts/schema.js";
import type { TemplateFn } from "../templating/handlebars.js";
import { compileTemplateFile, renderTemplateFile } from "../templating/template-file.js";

/** Both src/draft/ and dist/draft/ sit two levels below the package root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const RETRY_PROMPTS = ["cut-off", "content-filter", "no-answer", "wrong-language", "runaway", "thin-answer"] as const;
export type RetryPrompt = (typeof RETRY_PROMPTS)[number];

/** A retry prompt's file, relative to the package root. */
export const retryPromptFile = (name: RetryPrompt, language: Language) => `prompts/${language}/retry/${name}.md.hbs`;

const compiled = new Map<string, Promise<TemplateFn>>();

/** The prompt compiled, once per language; a failed load is tried again. */
export function retryPromptTemplate(name: RetryPrompt, language: Language): Promise<TemplateFn> {
  const file = retryPromptFile(name, language);
  let template = compiled.get(file);
  if (!template) {
    template = compileTemplateFile(ROOT, file);
    template.catch(() => compiled.delete(file));
    compiled.set(file, template);
  }
  return template;
}

/** The reminder as the model is told it, in the proposal's language. */
export async function renderRetryPrompt(name: RetryPrompt, language: Language, context: Record<string, unknown> = {}): Promise<string> {
  return renderTemplateFile(await retryPromptTemplate(name, language), retryPromptFile(name, language), { language, ...context });
}
