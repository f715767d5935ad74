// Provenance against a facts file: every figure in the proposal that the facts and materials do not
// contain is listed as unverified, and the key figures (total budget, direct beneficiaries, period)
// must agree with the facts. The program writes facts; this is how a reader knows it did.
import type { LoadedFacts } from "../../facts/load.js";
import { computedFigures, funderRequest } from "../../facts/computed.js";
import { extractFigures, extractFiguresOfLines, figureMatches, type Figure } from "../../text/numbers.js";
import type { Analysis } from "./analysis.js";
import { dateFromFacts, isPersonCount } from "./analysis.js";
import { fmt, showDate } from "./show.js";
import { namesWholeBudget, statedTotals } from "./budget-table.js";
import { linesOf, type Proposal } from "../read/proposal.js";
import { bracketedMark, DOTTED_NUMBER, NUMBER_STOP, numeralMark, partMark, ROMAN_MARK, SECTION_WORD } from "../../text/heading-marks.js";
import type { Language, UnverifiedFigure } from "../types.js";
import { t } from "../../i18n/index.js";

export interface KnownFigures {
  /** Values whose unit the facts do not say (a YAML number, a figure written without a unit). */
  numbers: number[];
  dates: Set<string>;
  /** Values the facts write with a unit of a known kind: 500 → {"length"} for "500 metres". */
  units?: Map<number, Set<string>>;
}

/** Kinds of unit a figure can be told apart by: 500 households are not 500 metres. */
const UNIT_KINDS: readonly [kind: string, pattern: RegExp][] = [
  ["people", /^(?:人次|人|名|位|户|家庭|个家庭|people|persons?|individuals?|households?|families|family|children|students?|girls?|boys?|women|men|youth|residents?|beneficiaries|participants?|elderly|seniors?|patients?|farmers?|teachers?|villagers?|pupils?|mothers?|parents?|carers?|caregivers?|volunteers?)$/i],
  ["length", /^(?:米|公里|千米|m|km|metres?|meters?|kilomet(?:re|er)s?|miles?|feet|ft)$/i],
  ["area", /^(?:平方米|平米|㎡|亩|公顷|hectares?|ha|acres?|sq\.?\s*m)$/i],
  ["weight", /^(?:吨|公斤|千克|斤|克|kg|kilograms?|tons?|tonnes?|grams?|g)$/i],
  ["volume", /^(?:升|立方米|litres?|liters?|l)$/i],
  ["time", /^(?:天|日|周|个月|月|年|小时|分钟|days?|weeks?|months?|years?|hours?|minutes?)$/i],
];

/** The kind of a figure's unit, or "" when it is none of the kinds told apart. */
export function unitKind(figure: Pick<Figure, "kind" | "unit">): string {
  if (figure.kind === "money") return "money";
  if (figure.kind === "percent") return "percent";
  const unit = figure.unit.trim();
  if (unit === "") return "";
  return UNIT_KINDS.find(([, re]) => re.test(unit))?.[0] ?? "";
}

const knownByFacts = new WeakMap<LoadedFacts, KnownFigures>();

/** knownFigures, worked out once per facts file. */
export function knownFiguresOf(loaded: LoadedFacts): KnownFigures {
  let known = knownByFacts.get(loaded);
  if (!known) {
    known = knownFigures(loaded);
    knownByFacts.set(loaded, known);
  }
  return known;
}

const DATE_STRING = /^\d{4}-\d{2}(?:-\d{2})?$/;

function dateKeys(year: number, month?: number, day?: number): string[] {
  const keys = [String(year)];
  if (month !== undefined) keys.push(`${year}-${month}`);
  if (month !== undefined && day !== undefined) keys.push(`${year}-${month}-${day}`);
  return keys;
}

/** Every number and date the facts, their derived figures and the materials contain. */
export function knownFigures(loaded: LoadedFacts): KnownFigures {
  const numbers = new Set<number>();
  const dates = new Set<string>();
  const units = new Map<number, Set<string>>();
  const addFigures = (text: string) => {
    for (const f of extractFigures(text)) {
      const kind = f.kind === "date" ? "" : unitKind(f);
      if (f.kind === "date") for (const k of dateKeys(f.date!.year, f.date!.month, f.date!.day)) dates.add(k);
      else if (kind === "" || kind === "money" || kind === "percent") numbers.add(f.value);
      else units.set(f.value, (units.get(f.value) ?? new Set()).add(kind));
      // A bare year ("since 2018") is read as a date in one sentence and a number in another: it is known as both.
      if (f.kind === "date" && f.date!.month === undefined) numbers.add(f.date!.year);
      if (f.kind === "number" && f.unit === "" && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100) for (const k of dateKeys(f.value)) dates.add(k);
      if (f.kind === "percent") numbers.add(f.value / 100);
    }
  };
  const walk = (value: unknown) => {
    if (typeof value === "number") {
      numbers.add(value);
      // Shares (0–1) appear in a proposal as percentages.
      if (value > 0 && value < 1) numbers.add(value * 100);
    } else if (typeof value === "string") {
      if (DATE_STRING.test(value)) {
        const [y, m, d] = value.split("-").map(Number);
        for (const k of dateKeys(y!, m, d)) dates.add(k);
      } else {
        addFigures(value);
      }
    } else if (Array.isArray(value)) {
      numbers.add(value.length);
      value.forEach(walk);
    } else if (value && typeof value === "object") {
      Object.values(value).forEach(walk);
    }
  };
  // facts.derived is walked too: category subtotals, supply amounts and cost per beneficiary are
  // figures the program computed from the facts.
  walk(loaded.facts);
  // So are the figures the prompts are given as computed (the amount requested and its share, each
  // funding source's share): a draft that quotes them quotes the facts.
  walk(computedFigures(loaded));
  for (const material of loaded.materials) addFigures(material.text);
  const start = dateFromFacts(loaded.facts.period?.start);
  const end = dateFromFacts(loaded.facts.period?.end);
  if (start?.month && end?.month) {
    const months = (end.year - start.year) * 12 + end.month - start.month + 1;
    numbers.add(months);
    if (months % 12 === 0) numbers.add(months / 12);
  }
  // Sums of beneficiary counts (direct + indirect) are figures a writer derives.
  const d = loaded.facts.derived;
  // So is the gap between the items and a stated total, which a draft states as a positive amount.
  if (d.budgetGap !== undefined) numbers.add(Math.abs(d.budgetGap));
  if (d.directBeneficiaries !== undefined && d.indirectBeneficiaries !== undefined) numbers.add(d.directBeneficiaries + d.indirectBeneficiaries);
  return { numbers: [...numbers], dates, units };
}

/**
 * Whether the facts hold a figure: its value (a date by its day or month), written in the facts
 * without a unit or with a unit of the same kind. "About 500 households" is not verified by "500 metres".
 */
export function verifiedFigure(figure: Figure, known: KnownFigures): boolean {
  if (figure.kind === "date") {
    const d = figure.date!;
    return known.dates.has(dateKeys(d.year, d.month, d.day).pop()!) || (d.day !== undefined && known.dates.has(`${d.year}-${d.month}`));
  }
  if (known.numbers.some((k) => figureMatches(figure, k))) return true;
  if (!known.units) return false;
  const kind = unitKind(figure);
  for (const [value, kinds] of known.units) {
    if ((kind === "" || kinds.has(kind)) && figureMatches(figure, value)) return true;
  }
  return false;
}

/** A list bullet or ordinal: "- ", "3. ", "3)", "（3）", "③". */
const LIST_MARKER = /^\s*(?:[-*+•]\s+|\d{1,2}(?:[.．](?!\d)|[)、）])\s*|[（(]\d{1,2}[)）]\s*|[①-⑳]\s*)/;
/** The numbering of a heading: "## 7. Monitoring", "### 3.2 Budget", "第二部分", "（一）", "II.". */
const HEADING_NUMBER = new RegExp(
  `^(\\s{0,3}(?:#{1,6}\\s+)?(?:\\*\\*|__)?\\s*)(?:${partMark()}|${numeralMark({ spaced: true })}|${bracketedMark({ digits: true })}|${DOTTED_NUMBER}\\s*${NUMBER_STOP}?(?=\\s|[^\\d.,])|${ROMAN_MARK}|${SECTION_WORD})`,
  "i",
);

/**
 * A line that dates the document itself: "**日期**：2026-12-03", "填表日期：2025年3月1日", "Date: 3 March
 * 2025". That date says when the paper was written or filed, not something about the project, so the
 * facts are not asked for it.
 */
const DOCUMENT_DATE_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:(?:申报|申请|填表|填报|提交|编制|撰写|报送)?日期|(?:date|date of (?:application|submission)|submitted(?: on)?|application date|submission date))\s*(?:\*\*|__)?\s*[:：]/i;

/**
 * A length limit a form states in brackets: "（300字以内）", "（不超过500字）", "(max. 250 words)",
 * "(300 words maximum)". It tells the writer how long to be; it is no figure about the project.
 */
const LENGTH_LIMIT = /[（(]\s*(?:(?:不超过|不多于|不少于|限|最多|≤|<=)\s*\d{2,5}\s*(?:个)?字(?:以内|以下|内|左右)?|\d{2,5}\s*(?:个)?字(?:以内|以下|内)|(?:max(?:imum)?\.?|up to|no more than|not more than|limit:?|≤|<=)\s*\d{2,5}\s*words?|\d{2,5}\s*words?\s*(?:max(?:imum)?\.?|or (?:less|fewer)|limit))\s*[)）]/gi;

/**
 * The numbering of a question the form asks, at the start of a line or a table cell: "3. Why is
 * your project needed?", "| **3. 项目的主要风险是什么？** |". The question is the form's; its number is a place.
 */
const QUESTION_NUMBER = /(^|\|)(\s*(?:\*\*|__)?\s*)\d{1,2}[.．、)）](?!\d)(?=[^|\n]*[?？]\s*(?:\*\*|__)?\s*(?:\||$))/g;

/** Figures in the proposal's text that the facts do not contain. */
export function unverifiedFigures(proposal: Proposal, analysis: Analysis, known: KnownFigures): UnverifiedFigure[] {
  const out: UnverifiedFigure[] = [];
  const headings = new Set(proposal.sections.map((s) => s.line - 1));
  // Every line is read, each as the text that holds its figures, and all of them in one search.
  const texts = proposal.lines.map((raw, i) => {
    if (!raw || !/\d|[一二两三四五六七八九十百千万亿]/.test(raw)) return "";
    // Heading and list numbering are positions, not figures.
    let text = headings.has(i) || /^\s{0,3}#/.test(raw) ? raw.replace(HEADING_NUMBER, "$1") : raw;
    text = text.replace(LIST_MARKER, "");
    // A form's own text: the length it allows, and the numbers of its questions.
    text = text.replace(LENGTH_LIMIT, (limit) => " ".repeat(limit.length)).replace(QUESTION_NUMBER, "$1$2");
    // A leading row-number cell (序号) is not a figure.
    text = text.replace(/^\s*\|\s*\d{1,3}\s*\|/, "|");
    for (const p of analysis.placeholders(text)) text = text.replace(p.raw, " ".repeat(p.raw.length));
    return text;
  });
  extractFiguresOfLines(texts).forEach((figures, i) => {
    const seen = new Set<string>();
    const documentDate = DOCUMENT_DATE_LINE.test(proposal.lines[i] ?? "");
    for (const f of figures) {
      if (f.kind !== "date" && f.kind !== "money" && f.kind !== "percent" && f.value <= 2) continue;
      if (documentDate && f.kind === "date") continue;
      if (f.kind === "date" && f.date!.month === undefined && f.chinese) continue;
      if (verifiedFigure(f, known) || seen.has(f.raw)) continue;
      seen.add(f.raw);
      out.push({ text: f.raw, line: i + 1, kind: f.kind });
    }
  });
  return out;
}

/** Which key figure a disagreement is about; the engine charges it to the criterion that checks it. */
export type KeyFigure = "budget" | "beneficiaries" | "period";

export interface KeyFigureFinding {
  key: KeyFigure;
  line: number;
  message: string;
  suggestion: string;
}

/** Key figures that disagree with the facts file, or that the proposal does not state. */
export function keyFigureFindings(proposal: Proposal, analysis: Analysis, loaded: LoadedFacts, language: Language): KeyFigureFinding[] {
  const out: KeyFigureFinding[] = [];
  const d = loaded.facts.derived;
  const add = (key: KeyFigure, line: number, message: string, suggestion: string) => out.push({ key, line, message, suggestion });
  const allFigures = () => proposal.lines.flatMap((text, i) => (text ? analysis.figures({ line: i + 1, text }).map((f) => ({ f, line: i + 1 })) : []));

  if (d.budgetTotal !== undefined) {
    const budget = analysis.budget();
    const total = fmt(d.budgetTotal, language);
    // The table's total row and every total stated in prose are each held to the facts.
    // "We request $101,200" is the request the facts hold, not a second total.
    const requested = funderRequest(loaded, () => null).requested;
    const isRequest = (sum: { value: number; line: number }) => requested !== null && Math.abs(sum.value - requested) <= 0.5 && !namesWholeBudget(proposal.lines[sum.line - 1] ?? "");
    const prose = statedTotals(linesOf(proposal, ["budget"]), linesOf(proposal, ["summary"]), analysis.figures).filter((sum) => !isRequest(sum));
    const stated = [...(budget.stated ? [budget.stated] : []), ...prose.filter((sum) => sum.line !== budget.stated?.line)];
    // One finding per wrong value, at its first line, naming the others: the fix is one edit repeated.
    const wrong = new Map<number, number[]>();
    for (const s of stated) {
      if (Math.abs(s.value - d.budgetTotal) <= 0.5) continue;
      wrong.set(s.value, [...(wrong.get(s.value) ?? []), s.line]);
    }
    for (const [value, found] of wrong) {
      const lines = [...found].sort((a, b) => a - b);
      // The facts' own items add up to this figure and not to their total: the facts file is what
      // disagrees with itself, and changing the proposal to the total would make its items wrong.
      if (d.budgetGap !== undefined && d.itemsTotal !== undefined && Math.abs(value - d.itemsTotal) <= 0.5) {
        const items = fmt(d.itemsTotal, language);
        add("budget", lines[0]!, t("provenance.budgetFactsGap", { value: fmt(value, language), lines, total, items }, language), t("provenance.budgetFactsGapFix", { total, items }, language));
        continue;
      }
      add("budget", lines[0]!, t("provenance.budgetDiffers", { value: fmt(value, language), lines, total }, language), t("provenance.budgetDiffersFix", { total }, language));
    }
    if (stated.length === 0 && !allFigures().some(({ f }) => f.kind !== "date" && figureMatches(f, d.budgetTotal!))) {
      add("budget", 1, t("provenance.budgetMissing", { total }, language), t("provenance.budgetMissingFix", { total }, language));
    }
  }
  if (d.directBeneficiaries !== undefined) {
    const counts = analysis.beneficiaries();
    // Held to the facts' total of the same kind (people with people): kinds are never summed.
    const sameKind = d.directByKind?.find((k) => k.kind === (counts.direct?.kind ?? "people"));
    const expected = d.directByKind && d.directByKind.length > 1 ? (sameKind?.value ?? d.directBeneficiaries) : d.directBeneficiaries;
    const n = fmt(expected, language);
    if (counts.direct && Math.abs(counts.direct.value - expected) > 0.5) {
      const count = fmt(counts.direct.value, language);
      add("beneficiaries", counts.direct.line, t("provenance.beneficiariesDiffer", { count, expected: n }, language), t("provenance.beneficiariesDifferFix", { expected: n }, language));
    } else if (!counts.direct && !allFigures().some(({ f }) => isPersonCount(f) && figureMatches(f, expected))) {
      add("beneficiaries", 1, t("provenance.beneficiariesMissing", { expected: n }, language), t("provenance.beneficiariesMissingFix", { expected: n }, language));
    }
  }
  const start = dateFromFacts(loaded.facts.period?.start);
  const end = dateFromFacts(loaded.facts.period?.end);
  if (start?.month && end?.month) {
    const stated = analysis.statedPeriod();
    const range = `${showDate(start, language)}—${showDate(end, language)}`;
    const same = (a: { year: number; month?: number }, b: { year: number; month?: number }) => a.year === b.year && a.month === b.month;
    if (stated && (!same(stated.start, start) || !same(stated.end, end))) {
      const from = showDate(stated.start, language);
      const to = showDate(stated.end, language);
      add("period", stated.line, t("provenance.periodDiffers", { from, to, range }, language), t("provenance.periodDiffersFix", { range }, language));
    } else if (!stated) {
      add("period", 1, t("provenance.periodMissing", { range }, language), t("provenance.periodMissingFix", { range }, language));
    }
  }
  return out;
}

/** What figures the facts do not hold cost the criterion whose sections hold them: each a share, at most a bound. */
export const UNVERIFIED_LOSS = { each: 0.05, most: 0.25 };

export interface UnverifiedCharge {
  loss: number;
  line: number;
  message: string;
  suggestion: string;
}

/** The charge to a criterion looking at these sections for the unverified figures in them, if any. */
export function unverifiedCharge(proposal: Proposal, unverified: readonly UnverifiedFigure[], sections: readonly string[], language: Language): UnverifiedCharge | undefined {
  if (unverified.length === 0 || sections.length === 0) return undefined;
  const ranges = proposal.sections.filter((s) => s.id !== undefined && sections.includes(s.id)).map((s) => [s.line, s.end] as const);
  const inside = unverified.filter((u) => ranges.some(([from, to]) => u.line > from && u.line <= to));
  if (inside.length === 0) return undefined;
  const figures = inside.slice(0, 5).map((u) => ({ text: u.text, line: u.line }));
  return {
    loss: Math.min(UNVERIFIED_LOSS.most, inside.length * UNVERIFIED_LOSS.each),
    line: inside[0]!.line,
    message: t("provenance.unverified", { count: inside.length, figures }, language),
    suggestion: t("provenance.unverifiedFix", undefined, language),
  };
}
