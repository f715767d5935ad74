// Whether a statistic has a source. A source names who produced the figure (an organisation, a
// publication, "our survey"), or cites it (a link, a footnote, "(source: …)", 来源：…); the bare words
// of a finding ("a 2023 survey found", "研究表明", "据统计") name nobody, so they are no source.
import { mayHoldFigure } from "../../text/figure-pattern.js";
import type { Figure } from "../../text/numbers.js";
import type { LineRef } from "../read/markdown.js";
import type { CheckContext } from "./context.js";
import { wordPattern, type PatternShape, type WordOptions } from "../words/lists.js";
import { charClass, CJK_RANGES } from "../../text/chars.js";

/**
 * A citation of its own: a link, a footnote, "(Author, 2021)", or a word of the citations list
 * ("source:", 来源/出处, a title in 《》).
 */
const CITED: PatternShape = (citations) => `https?://|www\\.|\\]\\(|\\[\\^?\\d+\\]|${citations}|[(（][^()（）]*\\b(?:19|20)\\d{2}\\b[^()（）]*[)）]`;
/** Who produced it: a named body in English (a capitalised name, an acronym). */
const EN_PARTY = /(?<!^|[.!?]\s|^\W*)\b(?:[A-Z][a-z]+(?:\s+(?:of|for|and|the|de)?\s*[A-Z][a-z]+)+|[A-Z]{2,}[a-z]?)\b/;
/** "According to Eurostat", "data from the county office": a word of the attributions list, a named party after it. */
const ACCORDING: PatternShape = (attributions) =>
  `\\b(?:${attributions})\\s+(?!(?:a|an|some|recent|many|several|one|new|the latest|studies|research|experts|surveys|reports|data)\\b)\\S`;
/** Who produced it in Chinese: a name ending as an office or an institution does (source_bodies). */
const ZH_PARTY: PatternShape = (bodies) => `[${charClass("", CJK_RANGES)}](?:${bodies})`;
/** What a text counts of its own, after a measure word: "三个问题：…", "3 workshops", "两项：". */
const LISTED_THING: PatternShape = (things) => `^\\s*(?:个|项|场|次|大|类|种|条)?\\s*(?:${things})|^\\s*(?:个|项|类|种|条)?\\s*[:：]`;

/**
 * The word lists a statistic is read with (words/zh.ts, words/en.ts; a rubric's `words` option
 * changes them): the words of a finding (the sentence claims evidence), the phrases that report
 * one ("a survey found that", "数据显示"), what a plan or a target says, what cites a source or
 * names who produced a figure (the proposal's own organisation among them), and what a text counts
 * of its own.
 */
interface SourceWords {
  finding: RegExp;
  claim: RegExp;
  plan: RegExp;
  cited: RegExp;
  according: RegExp;
  zhParty: RegExp;
  firstPerson: RegExp;
  listed: RegExp;
}

export function sourceWords(words?: WordOptions): SourceWords {
  return {
    finding: wordPattern("findings", words),
    claim: wordPattern("claims", words),
    plan: wordPattern("plans", words),
    cited: wordPattern("citations", words, CITED),
    according: wordPattern("attributions", words, ACCORDING),
    zhParty: wordPattern("source_bodies", words, ZH_PARTY),
    firstPerson: wordPattern("first_person", words),
    listed: wordPattern("listed_things", words, LISTED_THING),
  };
}
/**
 * Figures that are no statistic: years, durations, list numbering. Not a word list: these are units
 * the figure reader gives (text/figure-pattern.ts), and a word it does not read as a unit never gets here.
 */
const NOT_STATISTIC_UNIT = /^(?:年|个月|月|日|天|周|小时|分钟|weeks?|months?|years?|days?|hours?|minutes?|am|pm)$/i;

export interface Statistic {
  line: number;
  figure: string;
  sentence: string;
}

interface SentenceRef {
  line: number;
  text: string;
}

function sentencesOf(lines: readonly LineRef[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const l of lines) {
    for (const part of l.text.split(/(?<=[。！？!?])|(?<=\.)\s+(?=[A-Z"“(])/)) {
      if (part.trim().length > 0) out.push({ line: l.line, text: part.trim() });
    }
  }
  return out;
}

/** Whether a sentence gives the source of a figure. */
export function hasSource(text: string, words: SourceWords = sourceWords()): boolean {
  if (words.cited.test(text)) return true;
  if (!words.finding.test(text)) return false;
  return words.according.test(text) || EN_PARTY.test(text) || words.zhParty.test(text) || words.firstPerson.test(text);
}

/**
 * A small count of the things a text goes on to name or hold ("three problems: cost, access…",
 * "3 workshops") is no statistic that needs a source.
 */
function countsListedThings(f: Figure, sentence: string, listed: RegExp): boolean {
  if (f.kind !== "number" || f.value > 12 || f.decimals > 0) return false;
  // The unit may be inside the figure's text ("三个") or after it ("3 workshops"): both are read.
  return listed.test(`${f.unit} ${sentence.slice(f.index + f.raw.length, f.index + f.raw.length + 16)}`);
}

function isStatistic(f: Figure, sentence: string, claimsOnly: boolean, words: SourceWords): boolean {
  if (f.kind === "date") return false;
  // Outside the need only a reported finding counts, and amounts of money there are costs.
  if (claimsOnly && (!words.claim.test(sentence) || f.kind === "money")) return false;
  // "A 2023 survey": a year before a noun is no statistic.
  if (f.kind === "number" && f.decimals === 0 && f.value >= 1900 && f.value <= 2100 && !f.raw.includes(",")) return false;
  // "We will cut latency by more than 50%": a target, not a finding.
  if (f.kind === "percent") return words.finding.test(sentence) || (!claimsOnly && !words.plan.test(sentence));
  if (NOT_STATISTIC_UNIT.test(f.unit)) return false;
  if (f.value <= 2 && f.kind !== "money") return false;
  if (countsListedThings(f, sentence, words.listed)) return false;
  return words.finding.test(sentence) && (f.unit !== "" || f.kind === "money" || f.value >= 10);
}

/**
 * The statistics among these lines with no source in their sentence or the next: the first figure
 * of each such sentence. With claimsOnly, only figures a sentence presents as a finding.
 */
export function unsourcedStatistics(
  ctx: CheckContext,
  lines: readonly LineRef[],
  claimsOnly: boolean,
  supported?: (f: Figure) => boolean,
  words: SourceWords = sourceWords(),
): Statistic[] {
  // Outside the need, only lines that report a finding can hold one: most lines are read no further.
  // (with the line after each, where the source may stand). A line with no figure holds no statistic,
  // and the line after one that does is kept all the same.
  let claims: boolean[] = [];
  if (claimsOnly) claims = lines.map((l) => mayHoldFigure(l.text) && words.claim.test(l.text));
  const sentences = sentencesOf(claimsOnly ? lines.filter((_, i) => claims[i] || (i > 0 && claims[i - 1])) : lines);
  const out: Statistic[] = [];
  sentences.forEach((s, k) => {
    // isStatistic takes no figure of a sentence that reports no finding: its figures are not read.
    if (!mayHoldFigure(s.text) || (claimsOnly && !words.claim.test(s.text))) return;
    const figures = ctx.analysis.figures({ line: s.line, text: s.text });
    const stat = figures.find((f) => isStatistic(f, s.text, claimsOnly, words) && !supported?.(f));
    if (!stat) return;
    if (hasSource(s.text, words) || (sentences[k + 1] && hasSource(sentences[k + 1]!.text, words))) return;
    out.push({ line: s.line, figure: stat.raw, sentence: s.text });
  });
  return out;
}
