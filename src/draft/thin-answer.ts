// A model answer that is there but is no section: a refusal ("I cannot…", "作为一个AI助手，我无法……"),
// text with nothing of the section in it (a placeholder, a bracketed tag such as "[error] …", a
// JSON object, the section's heading again), or a line or two where a section's worth was asked for. Such an answer
// is asked for once more; if the second is thin too, the better of the two is kept and the section
// is named in a warning, so nothing drafted is lost and nothing thin passes for finished.
import type { Language } from "../facts/schema.js";
import { t } from "../i18n/index.js";
import { headingCore } from "../llm/answer.js";
import { describeLength, type LengthTarget } from "../kinds/sections.js";
import { isRefusal } from "../text/leftovers.js";
import { BRACKETS, findPlaceholders } from "../text/placeholders.js";
import { countCjk, countWords } from "../text/count.js";
import { splitSentences } from "../text/sentences.js";
import { renderRetryPrompt } from "./retry-prompts.js";

export type ThinKind = "refusal" | "empty" | "short";

export interface ThinAnswer {
  kind: ThinKind;
  /** The answer's length in the target's unit (Chinese characters for zh, words for en). */
  length: number;
  /** The answer's opening, for the warning. */
  opening: string;
}

/**
 * An answer of at most THIN_SENTENCES sentences and under THIN_SHARE of the section's lower length
 * target is far below it: a line where a page was asked for. A concise section of a few sentences
 * is not, however short: whether it says enough is for the score to tell.
 */
export const THIN_SHARE = 0.25;
export const THIN_SENTENCES = 2;

/** "[replay] no prepared answers…", "[error] …": a line that opens with a machine's tag. */
const TAG_LINE = /^\s*\[[A-Za-z][\w .-]{0,24}\]\s/;
/** The brackets of a draft's placeholders, which a model also puts a bare label in: "【项目背景】", "[Statement of Need]". */
const LABEL_BRACKETS = [BRACKETS.full, BRACKETS.square] as const;

/** Whether a line is only a bracketed label, with nothing outside the one pair of brackets. */
function bracketedOnly(line: string): boolean {
  const text = line.trim();
  return LABEL_BRACKETS.some(
    ([open, close]) =>
      text.length >= open.length + close.length && text.startsWith(open) && text.endsWith(close) && !text.slice(open.length, -close.length).includes(close),
  );
}
const WRITTEN = /[\p{L}\p{N}]/u;
const OPENING_CHARS = 60;

/** A JSON object or array on a line of its own: an answer in the wrong mode (a verdict, a tool call). */
function isJson(line: string): boolean {
  const t = line.trim();
  if (!/^[{[][\s\S]*[}\]]$/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/** Whether a line holds nothing of a section: a placeholder, a tag, a bracketed label, JSON, the heading, or no letters. */
function contentFree(line: string, heading: string): boolean {
  if (TAG_LINE.test(line) || bracketedOnly(line) || isJson(line)) return true;
  let rest = line;
  for (const p of findPlaceholders(line)) rest = rest.replace(p.raw, " ");
  if (!WRITTEN.test(rest)) return true;
  const core = headingCore(line);
  return core.length > 0 && core === headingCore(heading);
}

function openingOf(lines: readonly string[]): string {
  const first = (lines[0] ?? "").replace(/\s+/g, " ").trim();
  const chars = [...first];
  return chars.length > OPENING_CHARS ? `${chars.slice(0, OPENING_CHARS).join("")}…` : first;
}

/** Whether a cleaned answer is thin, and how; undefined for an answer that is a section. */
export function thinAnswer(text: string, heading: string, language: "zh" | "en", target: LengthTarget): ThinAnswer | undefined {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const length = answerLength(text, language);
  const opening = openingOf(lines);
  if (lines.length > 0 && isRefusal(lines[0]!)) return { kind: "refusal", length, opening };
  if (lines.every((l) => contentFree(l, heading))) return { kind: "empty", length, opening };
  if (length < target.min * THIN_SHARE && splitSentences(lines).length <= THIN_SENTENCES) return { kind: "short", length, opening };
  return undefined;
}

/** Why the answer is thin, as the draft's notes say it ("was only 7 words, far below the 250–400 asked for"). */
export function thinReason(thin: ThinAnswer, language: "zh" | "en", target: LengthTarget): string {
  switch (thin.kind) {
    case "refusal":
      return t("draft.thinRefusal", { opening: thin.opening });
    case "empty":
      return t("draft.thinEmpty", { opening: thin.opening });
    case "short":
      return t(language === "zh" ? "draft.thinShortZh" : "draft.thinShortEn", { length: thin.length, min: target.min, max: target.max });
  }
}

/** What the model is told when it is asked once more (in the proposal's language). */
export function thinReminder(thin: ThinAnswer, language: Language, target: LengthTarget): Promise<string> {
  return renderRetryPrompt("thin-answer", language, { refusal: thin.kind === "refusal", answerLength: thin.length, target: describeLength(target, language) });
}

/** The answer's length in the target's unit: Chinese characters for zh, words for en. */
export function answerLength(text: string, language: "zh" | "en"): number {
  return language === "zh" ? countCjk(text) : countWords(text);
}

const RANK: Record<ThinKind, number> = { refusal: 0, empty: 1, short: 2 };

/** Of two thin answers, the one worth keeping: a short text over an empty one over a refusal, then the longer. */
export function betterThin(a: { thin: ThinAnswer }, b: { thin: ThinAnswer }): boolean {
  return RANK[a.thin.kind] - RANK[b.thin.kind] > 0 || (a.thin.kind === b.thin.kind && a.thin.length >= b.thin.length);
}
