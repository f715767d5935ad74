// Finding the figures in a text: Arabic numbers with thousands separators and decimals, Chinese
// numerals, 万/亿/million multipliers, percentages, money (元/万元/英镑/¥/$/€/£/HK$ and ISO codes) and dates
// (2025年3月, 2025-03-15, March 2025). One regex (figure-pattern.ts), tried only where a figure can
// begin; each figure keeps how it was written so a comparison can round the way the writer rounded.
import { isAsciiLetter } from "./chars.js";
import { parseChineseNumeral } from "./chinese-numerals.js";
import { currencyOf, type Currency } from "./currency.js";
import {
  FIGURE_AT, FIGURE_GLOBAL, FIGURE_IN_LINE_AT, group, isReference, mayHoldFigure, monthOf, MULTIPLIERS, nextFigureStart, PERCENT_UNIT, PERMILLE, referenceBefore, unitAfter,
} from "./figure-pattern.js";

export type FigureKind = "number" | "percent" | "money" | "date";

export interface FigureDate {
  year: number;
  month?: number;
  day?: number;
}

export interface Figure {
  raw: string;
  /** Offset in the text. */
  index: number;
  kind: FigureKind;
  /** The value with multipliers applied: 27.2万 → 272000; a percentage as written (8.5). */
  value: number;
  /** The multiplier applied (1, 1e4 for 万, 1e6 for million…). */
  scale: number;
  /** Decimals as written, before the multiplier. */
  decimals: number;
  /** A measure word or unit after the figure: 人, 户, %, 元, people, meals… ("" when none). */
  unit: string;
  currency?: Currency;
  date?: FigureDate;
  /** Written in Chinese numerals. */
  chinese?: boolean;
}

/** Group numbers of the figure pattern: a match is read by number (see FIGURE_AT). */
const G = {
  zhYear: group("zhYear"), zhMonth: group("zhMonth"), zhDay: group("zhDay"),
  isoYear: group("isoYear"), isoMonth: group("isoMonth"), isoDay: group("isoDay"),
  enDay: group("enDay"), enMonth: group("enMonth"), enDayAfter: group("enDayAfter"), enYear: group("enYear"),
  yearOnly: group("yearOnly"),
  currency: group("currency"), number: group("number"), multiplier: group("multiplier"), unit: group("unit"),
  zhPercent: group("zhPercent"), zhPercentNumeral: group("zhPercentNumeral"), zhNumeral: group("zhNumeral"),
};
const COMMAS = /,/g;

function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2200) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  return true;
}

/** The figure a match of the figure pattern at `index` of `text` stands for, or undefined when it is none. */
function figureOf(text: string, index: number, m: RegExpExecArray): Figure | undefined {
  const raw = m[0];
  if (raw.length === 0) return undefined;
  const zhYear = m[G.zhYear], isoYear = m[G.isoYear], enYear = m[G.enYear], yearOnly = m[G.yearOnly];
  if (zhYear !== undefined || isoYear !== undefined || enYear !== undefined || yearOnly !== undefined) {
    const year = Number(zhYear ?? isoYear ?? enYear ?? yearOnly);
    const monthText = m[G.zhMonth] ?? m[G.isoMonth];
    const monthName = m[G.enMonth];
    const month = monthText !== undefined ? Number(monthText) : monthName !== undefined ? monthOf(monthName) : undefined;
    const dayText = m[G.zhDay] ?? m[G.isoDay] ?? m[G.enDay] ?? m[G.enDayAfter];
    const day = dayText !== undefined ? Number(dayText) : undefined;
    if (!validDate(year, month, day)) return undefined;
    const date: FigureDate = { year };
    if (month !== undefined) date.month = month;
    if (day !== undefined) date.day = day;
    return { raw, index, kind: "date", value: year, scale: 1, decimals: 0, unit: "", date };
  }
  const num = m[G.number];
  if (num !== undefined) {
    const cur = m[G.currency];
    const mult = m[G.multiplier];
    const unitGroup = m[G.unit];
    if (isReference(text, index, raw, cur)) return undefined;
    // Part of an identifier such as 91330100MA2H or a version number: not a figure.
    if (!unitGroup && !mult && isAsciiLetter(text.charCodeAt(index + raw.length))) return undefined;
    const digits = num.includes(",") ? num.replace(COMMAS, "") : num;
    const dot = digits.indexOf(".");
    const decimals = dot >= 0 ? digits.length - dot - 1 : 0;
    const multName = mult?.trim().toLowerCase();
    const scale = multName ? (MULTIPLIERS[multName] ?? 1) : 1;
    const unitText = unitGroup?.trim().toLowerCase() ?? "";
    const percent = unitText !== "" && PERCENT_UNIT.test(unitText);
    const permille = unitText === PERMILLE;
    const currencyText = cur || unitText ? (cur ?? "").trim().toUpperCase() + unitText.toUpperCase() : "";
    const currency = currencyText !== "" ? currencyOf(currencyText) : undefined;
    const value = Number(digits) * scale;
    // A bare 4-digit number between 1900 and 2100 with no unit is a year ("in 2023").
    if (!cur && !mult && !unitText && decimals === 0 && !num.includes(",") && digits.length === 4 && value >= 1900 && value <= 2100) {
      const unit = unitAfter(text, index + raw.length);
      if (unit === "" || unit === "年") return { raw, index, kind: "date", value, scale: 1, decimals: 0, unit: "", date: { year: value } };
    }
    const figure: Figure = {
      raw: raw.trimEnd(),
      index,
      kind: percent || permille ? "percent" : currency ? "money" : "number",
      value,
      scale,
      decimals,
      unit: percent ? "%" : permille ? PERMILLE : unitText || unitAfter(text, index + raw.length),
    };
    if (currency) figure.currency = currency;
    return figure;
  }
  const numeral = m[G.zhNumeral];
  const percentNumeral = m[G.zhPercentNumeral];
  if (numeral === undefined && percentNumeral === undefined) return undefined;
  const zhPercent = m[G.zhPercent];
  if (numeral !== undefined && referenceBefore(text, index)) return undefined;
  const value = parseChineseNumeral(numeral ?? percentNumeral!);
  if (value === undefined) return undefined;
  const unit = zhPercent ? "%" : unitAfter(text, index + raw.length);
  if (!unit) return undefined;
  return {
    raw: raw + (zhPercent ? "" : unit),
    index,
    kind: zhPercent ? "percent" : unit === "元" ? "money" : "number",
    value,
    scale: 1,
    decimals: 0,
    unit,
    chinese: true,
    ...(unit === "元" ? { currency: "CNY" as const } : {}),
  };
}

/**
 * The next match of a sticky figure pattern at or after `from`, the pattern tried only where
 * nextFigureStart says a figure can begin: what a global search would match next, found faster.
 */
function nextFigureMatch(text: string, from: number, pattern: RegExp): RegExpExecArray | null {
  for (let pos = nextFigureStart(text, from); pos < text.length; pos = nextFigureStart(text, pos + 1)) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/** Where the search goes on after a match. */
const after = (m: RegExpExecArray) => m.index + Math.max(1, m[0].length);

/** The figures of a text, in order. */
export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (!mayHoldFigure(text)) return out;
  for (let m = nextFigureMatch(text, 0, FIGURE_AT); m !== null; m = nextFigureMatch(text, after(m), FIGURE_AT)) {
    const figure = figureOf(text, m.index, m);
    if (figure) out.push(figure);
  }
  return out;
}

/**
 * The figures of each line (extractFiguresOfLinesReference), from one search over the lines joined:
 * the pattern's spaces are no line ends there (FIGURE_IN_LINE_AT), so a match lies in one line, and
 * each figure is read against its own line, as that line's own search reads it.
 */
export function extractFiguresOfLines(lines: readonly string[]): Figure[][] {
  // A "line" holding a line end would be split by the search: such lines are read one by one.
  if (lines.some((line) => line.includes("\n"))) return lines.map(extractFigures);
  const out = lines.map((): Figure[] => []);
  const text = lines.join("\n");
  let line = 0;
  let lineStart = 0;
  let lineEnd = lines.length > 0 ? lines[0]!.length : 0;
  for (let m = nextFigureMatch(text, 0, FIGURE_IN_LINE_AT); m !== null; m = nextFigureMatch(text, after(m), FIGURE_IN_LINE_AT)) {
    while (m.index > lineEnd) {
      lineStart = lineEnd + 1;
      lineEnd = lineStart + lines[++line]!.length;
    }
    const figure = figureOf(lines[line]!, m.index - lineStart, m);
    if (figure) out[line]!.push(figure);
  }
  return out;
}

/** The plain version of extractFiguresOfLines: each line searched on its own. */
export function extractFiguresOfLinesReference(lines: readonly string[]): Figure[][] {
  return lines.map(extractFigures);
}

/** extractFigures as a plain global search. */
export function extractFiguresReference(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE_GLOBAL)) {
    const figure = figureOf(text, m.index, m);
    if (figure) out.push(figure);
  }
  return out;
}

/**
 * The amount in a budget cell or line: "272,000.00", "¥1,200", "27.2万元", "$5,000", "5万".
 * Returns undefined when the cell holds no amount.
 */
export function parseAmount(cell: string): { value: number; currency?: Currency } | undefined {
  const figure = extractFigures(cell.replace(/\*\*/g, "")).find((f) => f.kind === "money" || f.kind === "number");
  if (!figure) return undefined;
  return figure.currency ? { value: figure.value, currency: figure.currency } : { value: figure.value };
}

/** Equal as written: the known value rounded the way the figure was written matches it. */
export function figureMatches(figure: Pick<Figure, "value" | "scale" | "decimals">, known: number): boolean {
  if (Math.abs(known - figure.value) < 1e-9 * Math.max(1, Math.abs(known))) return true;
  const factor = 10 ** figure.decimals;
  const written = Math.round((figure.value / figure.scale) * factor);
  return Math.round((known / figure.scale) * factor) === written;
}
