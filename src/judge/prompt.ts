// The judge's messages. The proposal is material, not instructions: it travels between two boundary
// lines carrying a token the proposal cannot know in advance and does not contain, and anything in it
// that looks like a boundary is defused. Wording lives in prompts/<lang>/judge/*.md.hbs; each piece is
// rendered on its own so no content can reshape the prompt around it.
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { TemplateFn } from "../templating/handlebars.js";
import { compileTemplateFile, renderTemplateFile } from "../templating/template-file.js";
import type { Language } from "../facts/schema.js";
import type { ChatMessage } from "../llm/types.js";
import { MAX_REASONS, MAX_SUGGESTIONS, type JudgeScale } from "./verdict.js";

/** Both src/judge/ and dist/judge/ sit two levels below the package root. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface JudgePromptInput {
  language: Language;
  question: string;
  scale: JudgeScale;
  guidance?: string;
  proposalText: string;
  funderPriorities?: string;
}

export interface JudgeTemplates {
  files: string[];
  system: TemplateFn;
  question: TemplateFn;
}

const templatePath = (lang: Language, name: "system" | "question") => `prompts/${lang}/judge/${name}.md.hbs`;

const loaded = new Map<string, Promise<JudgeTemplates>>();

/**
 * Compiles the judge prompts of one language, once per process. Call it before the first model
 * request so a broken prompt fails fast. `root` is the package root; tests may pass their own.
 */
export function loadJudgeTemplates(language: Language, root: string = ROOT): Promise<JudgeTemplates> {
  const key = `${root}\0${language}`;
  let pending = loaded.get(key);
  if (!pending) {
    const files = [templatePath(language, "system"), templatePath(language, "question")];
    pending = Promise.all(files.map((file) => compileTemplateFile(root, file))).then(([system, question]) => ({
      files,
      system: system!,
      question: question!,
    }));
    // A failed load is not remembered: the next call reports the error again.
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

const render = renderTemplateFile;

const BOUNDARY_MARKS = /<{3,}|>{3,}|＜{3,}|＞{3,}|«{2,}|»{2,}/g;

/**
 * Defuses anything that could pass for a boundary line: runs of angle brackets become look-alikes
 * the boundary never uses, so "<<<PROPOSAL … END>>>" inside the text cannot close the material.
 */
export function neutraliseBoundaries(text: string): string {
  return text.replace(BOUNDARY_MARKS, (run) => (/[<＜«]/.test(run[0]!) ? "‹" : "›").repeat(run.length));
}

/**
 * A token derived from the proposal text (so identical requests cache) that occurs in none of the
 * given texts, so the proposal can neither know nor repeat it.
 */
export function boundaryToken(proposalText: string, mustNotOccurIn: readonly string[] = [proposalText]): string {
  for (let attempt = 0; ; attempt++) {
    const material = attempt === 0 ? proposalText : `${proposalText}\0${attempt}`;
    const token = createHash("sha256").update(material).digest("hex").slice(0, 20);
    if (!mustNotOccurIn.some((text) => text.includes(token))) return token;
  }
}

export const boundaryLines = (token: string) => ({ begin: `<<<PROPOSAL ${token} BEGIN>>>`, end: `<<<PROPOSAL ${token} END>>>` });

export interface JudgeMessages {
  messages: ChatMessage[];
  /** The token in the boundary lines, for tests and diagnostics. */
  token: string;
}

/** Builds [system, user]: the user message is the bounded proposal, then the task after it. */
export async function buildJudgeMessages(input: JudgePromptInput, root: string = ROOT): Promise<JudgeMessages> {
  const templates = await loadJudgeTemplates(input.language, root);
  const proposal = neutraliseBoundaries(input.proposalText.replace(/\r\n?/g, "\n").trim());
  const funder = input.funderPriorities?.trim() ? neutraliseBoundaries(input.funderPriorities.trim()) : null;
  const guidance = input.guidance?.trim() ? input.guidance.trim() : null;

  const system = render(templates.system, templates.files[0]!, { language: input.language });
  const task = render(templates.question, templates.files[1]!, {
    language: input.language,
    question: input.question.trim(),
    scaleMin: input.scale.min,
    scaleMax: input.scale.max,
    guidance,
    funderPriorities: funder,
    maxReasons: MAX_REASONS,
    maxSuggestions: MAX_SUGGESTIONS,
  });

  const token = boundaryToken(input.proposalText, [proposal, system, task]);
  const { begin, end } = boundaryLines(token);
  const material = `${begin}\n${proposal}\n${end}`;
  return {
    token,
    messages: [
      { role: "system", content: system },
      // One user message (some chat templates insist on alternating roles), built from parts rendered apart.
      { role: "user", content: `${material}\n\n${task}` },
    ],
  };
}

/** The follow-up after a reply that did not validate: what was wrong, and the shape again. */
export function retryMessage(language: Language, reason: string, scale: JudgeScale): string {
  const shape = `{"score": ${scale.min}–${scale.max}, "reasons": [...], "suggestions": [...]}`;
  return language === "zh"
    ? `你上一条回复无法使用：${reason}。请重新作答，只输出一个 JSON 对象 ${shape}，不要有其他文字。`
    : `Your previous reply could not be used: ${reason}. Answer again with only one JSON object ${shape} and nothing else.`;
}
