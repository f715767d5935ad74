// The two ways a section's narrative is written: by a model from the rendered prompts, or offline
// from the facts by the built-in sentence templates. Both write the narrative only; tables come
// from the document template.
import { createHash } from "node:crypto";
import { EndpointError } from "../errors.js";
import type { LoadedFacts } from "../facts/load.js";
import type { ChatMessage, ChatProvider, UsageMeter } from "../llm/types.js";
import { cleanProseAnswer, type Removed } from "../llm/answer.js";
import { describeLength, lengthTarget, type LengthTarget } from "../kinds/sections.js";
import { answerLength, betterThin, thinAnswer, thinReason, thinReminder, type ThinAnswer } from "./thin-answer.js";
import { renderRetryPrompt, type RetryPrompt } from "./retry-prompts.js";
import { detectTextLanguage } from "../text/language.js";
import { programTableHeaders, programTables } from "./program-tables.js";
import { sectionPlan } from "./plan.js";
import { sectionOutline } from "./prompt-facts.js";
import { BUILTIN_WORDS } from "../score/words/lists.js";
import type { SectionWriter } from "./generate.js";
import type { SectionSpec } from "./plan.js";
import type { CompiledTemplates, PromptExtra } from "./templates.js";
import { projectBrief, sectionFactsYaml, type View } from "./view.js";
import { t } from "../i18n/index.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Each section's rendering made once per writer: the fingerprint and the write share it. */
function oncePerSection<T>(render: (spec: SectionSpec) => T): (spec: SectionSpec) => T {
  const done = new Map<SectionSpec["id"], T>();
  return (spec) => {
    if (!done.has(spec.id)) done.set(spec.id, render(spec));
    return done.get(spec.id)!;
  };
}

export function offlineWriter(templates: CompiledTemplates, view: View): SectionWriter {
  const text = oncePerSection((spec) => templates.renderOfflineSection(spec.id, view));
  return {
    fingerprint: (spec) => `offline:${sha256(text(spec))}`,
    write: async (spec, signal) => {
      signal.throwIfAborted();
      return text(spec).trim();
    },
  };
}

/**
 * The longest sentence the built-in rubrics accept (rubrics/standard-*.yaml, sentence_length): Chinese
 * characters in zh, words in en. The prompts state it; a test keeps it equal to the rubrics.
 */
export const SENTENCE_LIMIT = { zh: 120, en: 40 } as const;

/** Drafting temperature: low enough to stay with the facts, high enough to read naturally. */
export const DRAFT_TEMPERATURE = 0.4;

/** What a section's prompt is told besides the view: its facts, the brief, its tables, the outline, the limits. */
export function sectionPromptExtra(loaded: LoadedFacts, spec: SectionSpec): PromptExtra {
  const language = loaded.facts.language;
  return {
    factsYaml: sectionFactsYaml(loaded, spec),
    brief: projectBrief(loaded),
    materials: spec.materials ? loaded.materials : [],
    length: describeLength(lengthTarget(spec, language), language),
    tables: programTables(language, spec.tables).map((t) => ({ heading: t.heading, columns: t.columns.join(language === "zh" ? "、" : ", ") })),
    outline: sectionOutline(sectionPlan(loaded.facts.kind), spec, language),
    limits: { sentence: SENTENCE_LIMIT[language], vague: BUILTIN_WORDS[language].vague.join(language === "zh" ? "、" : ", ") },
  };
}

export function sectionMessages(
  templates: CompiledTemplates,
  view: View,
  loaded: LoadedFacts,
  spec: SectionSpec,
): ChatMessage[] {
  const extra = sectionPromptExtra(loaded, spec);
  return [
    { role: "system", content: templates.renderSystemPrompt(view) },
    { role: "user", content: templates.renderSectionPrompt(spec.id, view, extra) },
  ];
}

/**
 * A `###` heading in an answer that is one the program writes under the section ("### 资金来源"
 * before its table) would stand twice in the section: the heading goes, the text under it stays.
 */
export function withoutTableHeadings<T extends { text: string; removed: Removed }>(cleaned: T, headings: readonly string[]): T {
  if (headings.length === 0) return cleaned;
  const key = (s: string) => s.replace(/\*\*|__/g, "").replace(/[：:。.\s]+$/u, "").trim();
  const wanted = new Set(headings.map(key));
  let dropped = 0;
  const lines = cleaned.text.split("\n").filter((line) => {
    const m = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m && wanted.has(key(m[1]!))) {
      dropped++;
      return false;
    }
    return true;
  });
  if (dropped === 0) return cleaned;
  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { ...cleaned, text, removed: { ...cleaned.removed, headings: cleaned.removed.headings + dropped } };
}

/** An answer this many times the section's upper length target is not a section but a runaway. */
export const RUNAWAY_FACTOR = 4;

/** Why an answer cannot be kept, and the retry prompt (prompts/<lang>/retry/) it is asked again with. */
export interface AnswerProblem {
  reason: string;
  prompt: RetryPrompt;
  context?: Record<string, unknown>;
}

/** Why an answer cannot be kept as the section's text, or undefined when it can. */
export function answerProblem(
  result: { finishReason?: string },
  cleaned: { text: string; unclosedReasoning: boolean },
  language: "zh" | "en",
  target?: LengthTarget,
): AnswerProblem | undefined {
  if (result.finishReason === "length") return { reason: t("draft.cutOff"), prompt: "cut-off" };
  if (result.finishReason === "content_filter") return { reason: t("draft.contentFilter"), prompt: "content-filter" };
  if (cleaned.unclosedReasoning || !cleaned.text) return { reason: cleaned.unclosedReasoning ? t("draft.onlyReasoning") : t("draft.noText"), prompt: "no-answer" };
  if (detectTextLanguage(cleaned.text) !== language) {
    return { reason: language === "zh" ? t("draft.englishNotChinese") : t("draft.chineseNotEnglish"), prompt: "wrong-language" };
  }
  const length = target ? answerLength(cleaned.text, language) : 0;
  if (target && length > target.max * RUNAWAY_FACTOR) {
    return {
      reason: t(language === "zh" ? "draft.runawayZh" : "draft.runawayEn", { length, factor: RUNAWAY_FACTOR, max: target.max }),
      prompt: "runaway",
      context: { answerLength: length, target: describeLength(target, language) },
    };
  }
  return undefined;
}

/** What the model is told about the problem when it is asked once more (in the proposal's language). */
export function problemReminder(problem: AnswerProblem, language: "zh" | "en"): Promise<string> {
  return renderRetryPrompt(problem.prompt, language, problem.context);
}

export function modelWriter(
  provider: ChatProvider,
  templates: CompiledTemplates,
  view: View,
  loaded: LoadedFacts,
  meter: UsageMeter,
  hooks: {
    onDelta?: (spec: SectionSpec, chars: number) => void;
    /** What cleaning removed from a kept answer. */
    onCleaned?: (spec: SectionSpec, removed: Removed) => void;
    /** An answer that could not be kept, or is thin (then `thin` is set), and is asked for once more. */
    onRetry?: (spec: SectionSpec, reason: string, thin?: ThinAnswer) => void;
  } = {},
): SectionWriter {
  const language = loaded.facts.language;
  const messagesOf = oncePerSection((spec) => sectionMessages(templates, view, loaded, spec));
  return {
    fingerprint: (spec) =>
      sha256(
        JSON.stringify({
          endpoint: provider.endpoint,
          model: provider.model,
          temperature: DRAFT_TEMPERATURE,
          messages: messagesOf(spec),
        }),
      ),
    write: async (spec, signal) => {
      // A copy: a retry adds to it.
      const messages = [...messagesOf(spec)];
      const heading = spec.heading[language];
      const target = lengthTarget(spec, language);
      const tableHeadings = programTables(language, spec.tables).map((t) => t.heading);
      const tableHeaders = programTableHeaders(language, spec.tables);
      // One retry, with a reminder of what went wrong; a second bad answer fails the section, and the
      // finished ones stay for --resume. Nothing cut off or in the wrong language is passed off as done.
      // A thin answer (thin-answer.ts) is asked for once more too, but kept rather than failed: the
      // better of the two stays, and the draft command names the section in a warning.
      let thinFirst: { text: string; removed: Removed; thin: ThinAnswer } | undefined;
      const keep = (answer: { text: string; removed: Removed }) => {
        hooks.onCleaned?.(spec, answer.removed);
        return answer.text;
      };
      for (let attempt = 0; ; attempt++) {
        let received = 0;
        const result = await provider.chat({
          messages,
          temperature: DRAFT_TEMPERATURE,
          signal,
          onDelta: (delta) => {
            received += delta.length;
            hooks.onDelta?.(spec, received);
          },
        });
        meter.record(result);
        const cleaned = withoutTableHeadings(cleanProseAnswer(result.text, heading, { programTables: tableHeaders }), tableHeadings);
        const problem = answerProblem(result, cleaned, language, target);
        const thin = problem ? undefined : thinAnswer(cleaned.text, heading, language, target);
        const issue = problem
          ? { reason: problem.reason, reminder: await problemReminder(problem, language) }
          : thin && { reason: thinReason(thin, language, target), reminder: await thinReminder(thin, language, target) };
        if (!issue) return keep(cleaned);
        if (attempt === 1) {
          if (thin) return keep(thinFirst && betterThin(thinFirst, { thin }) ? thinFirst : cleaned);
          if (thinFirst) return keep(thinFirst);
          throw new EndpointError(t("draft.badTwice", { endpoint: provider.endpoint, model: provider.model, heading, reason: issue.reason }));
        }
        if (thin) thinFirst = { text: cleaned.text, removed: cleaned.removed, thin };
        hooks.onRetry?.(spec, issue.reason, thin);
        // The model sees its cleaned answer (not its reasoning) and what to do differently.
        if (cleaned.text) messages.push({ role: "assistant", content: cleaned.text });
        messages.push({ role: "user", content: issue.reminder });
      }
    },
  };
}
