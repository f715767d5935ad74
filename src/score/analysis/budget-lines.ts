// Reading one budget line the way a program officer does: which amount is the line's (the one after
// "=", else the one outside parentheses), whether the line shows its own arithmetic ("6 weeks x 8 hours
// x € 75 = € 3600", "800元/次×12次=9,600元", "(5 devices) @ $20 each = $100") and whether that
// arithmetic holds, and whether the amount is a rate ("€200/workshop") rather than a cost.
import type { Figure } from "../../text/numbers.js";

const SIGN = /[$€£¥￥]/;
const SUFFIX = /[kKmM]/;

/**
 * Budget amounts as people type them, made readable to the figure pattern: "€ 3 560" → "€3560",
 * "$10k" → "$10000", "28.400,00" (a European decimal comma) → "28400.00".
 */
export function normalizeAmounts(text: string): string {
  if (!/\d/.test(text)) return text;
  // Each rewrite is tried only on a text holding the marks it needs (a currency sign; a point and a
  // comma; a k or an m): most cells hold none of them.
  let out = text;
  if (SIGN.test(out)) {
    out = out.replace(/([$€£¥￥])\s+(?=\d)/g, "$1");
    out = out.replace(/([$€£¥￥])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d,.])/g, (_m, sign: string, digits: string) => sign + digits.replace(/[ \u00a0\u202f]/g, ""));
  }
  if (out.includes(".") && out.includes(",")) out = out.replace(/(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?!\d)/g, (_m, whole: string, cents: string) => `${whole.replace(/\./g, "")}.${cents}`);
  if (!SUFFIX.test(out)) return out;
  out = out.replace(/((?:[$€£¥￥]|\b(?:USD|EUR|GBP|HKD|CNY|RMB)\s?)\d+(?:\.\d+)?)\s?([kKmM])(?![A-Za-z])/g, (_m, amount: string, suffix: string) => {
    const digits = /\d+(?:\.\d+)?$/.exec(amount)![0];
    const factor = suffix.toLowerCase() === "k" ? 1e3 : 1e6;
    return amount.slice(0, amount.length - digits.length) + String(Math.round(Number(digits) * factor * 100) / 100);
  });
  // A bare "30k" in a budget is thirty thousand: written so, the figure pattern reads its multiplier.
  return out.replace(/(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?[kK](?![A-Za-z0-9-])/g, "$1 thousand");
}

const PLUS = /[+＋]|加上/;
const TIMES = /(?<![A-Za-z])[xX](?![A-Za-z])|[×*＊@]|\b(?:per|each|of|at)\b|每|乘/;
const EQUALS = /[=＝]/g;
/** After an amount: it is a rate, not a cost ("€200/workshop", "$75 per hour", "每人每天"). */
const RATE_AFTER = /^\s*(?:\/\s*[\p{L}]|per\b|each\b|an?\s+(?:hour|day|week|month|session|person)\b|每)/iu;

const usable = (f: Figure) => f.kind === "money" || f.kind === "number" || f.kind === "percent";
const valueOf = (f: Figure) => (f.kind === "percent" ? f.value / 100 : f.value);

/**
 * The value of "a x b @ c + d x e" over these figures of the text, or undefined when something other
 * than a multiplication or an addition stands between two of them (then the line shows no arithmetic).
 */
export function evaluate(text: string, figures: readonly Figure[]): { value: number; terms: number[][] } | undefined {
  const list = figures.filter(usable);
  if (list.length < 2) return undefined;
  const terms: number[][] = [[valueOf(list[0]!)]];
  for (let k = 1; k < list.length; k++) {
    const prev = list[k - 1]!;
    const gap = text.slice(prev.index + prev.raw.length, list[k]!.index);
    if (PLUS.test(gap)) terms.push([valueOf(list[k]!)]);
    else if (TIMES.test(gap)) terms[terms.length - 1]!.push(valueOf(list[k]!));
    else return undefined;
  }
  const value = terms.reduce((s, t) => s + t.reduce((p, x) => p * x, 1), 0);
  return { value: Math.round(value * 100) / 100, terms };
}

/** How a product is written in a message: "6 × 8 × 75 + 10 × 89". */
export function showTerms(terms: readonly number[][], show: (n: number) => string): string {
  return terms.map((t) => t.map(show).join(" × ")).join(" + ");
}

export interface LineAmount {
  /** The figure that is the line's amount. */
  figure: Figure;
  /** The line's own arithmetic, when it shows one. */
  arithmetic?: { value: number; terms: number[][] };
  /** A range ("$3,000–5,000"): the largest value. */
  max?: number;
  /** Only a rate ("€200/workshop"): not a cost to add. */
  rate: boolean;
}

function insideParentheses(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
  }
  return depth > 0;
}

/** The amount of a budget line (its label already cut off), read from its figures. */
export function lineAmount(text: string, figures: readonly Figure[], plainNumbers: boolean): LineAmount | undefined {
  const amounts = figures.filter((f) => f.kind === "money" || (plainNumbers && f.kind === "number" && f.unit === "" && f.value >= 10));
  if (amounts.length === 0) return undefined;
  let eq = -1;
  EQUALS.lastIndex = 0;
  for (let m = EQUALS.exec(text); m !== null; m = EQUALS.exec(text)) eq = m.index;
  if (eq >= 0) {
    const after = amounts.find((f) => f.index > eq);
    if (after) {
      const left = figures.filter((f) => f.index < eq);
      const arithmetic = evaluate(text.slice(0, eq), left);
      return arithmetic ? { figure: after, arithmetic, rate: false } : { figure: after, rate: false };
    }
  }
  const outside = amounts.filter((f) => !insideParentheses(text, f.index));
  let figure = outside[0] ?? amounts[0]!;
  // "$500 x 3 $1,500": the last of amounts joined by arithmetic is the line's.
  if (outside.length > 1) {
    const last = outside[outside.length - 1]!;
    if (TIMES.test(text.slice(figure.index + figure.raw.length, last.index))) figure = last;
  }
  const out: LineAmount = { figure, rate: false };
  // "($50 per session x 12 sessions) $600": the parenthesis shows how the amount is made up.
  if (outside.length > 0 && amounts.length > outside.length) {
    const open = Math.max(text.lastIndexOf("(", figure.index), text.lastIndexOf("（", figure.index));
    const inner = figures.filter((f) => f.index > open && f.index < figure.index && insideParentheses(text, f.index));
    const arithmetic = evaluate(text, inner);
    if (arithmetic) out.arithmetic = arithmetic;
  }
  const next = figures[figures.indexOf(figure) + 1];
  const between = next ? text.slice(figure.index + figure.raw.length, next.index) : "";
  if (next && (next.kind === "money" || next.kind === "number") && /^\s*[-–—~～至到]\s*$/.test(between) && next.value > figure.value) out.max = next.value;
  if (RATE_AFTER.test(text.slice(figure.index + figure.raw.length)) && amounts.length === 1) out.rate = true;
  return out;
}
