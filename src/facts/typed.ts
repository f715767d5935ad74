// Facts as people type them: 15万, "20,000元", £45,000, 五千, 30人, 2025年3月, 01/04/2025, 中, Medium.
// Each reader returns the canonical value when the meaning is certain, or a problem with the value
// the user most likely meant ("did you mean 150000?"), never a guess passed off as the value.
// The readers are pure; facts/typed-facts.ts applies them to a whole file, init asks through them.
import { parseChineseNumeral, CHINESE_NUMERALS } from "../text/chinese-numerals.js";
import { CURRENCY_SPELLINGS, currencyOf, alternatives } from "../text/currency.js";
import { t, uiLang, type Lang } from "../i18n/index.js";
import type { Messages } from "../i18n/index.js";
import { BOUND_AFTER, BOUND_BEFORE, ESTIMATE_AFTER, ESTIMATE_BEFORE } from "../text/estimates.js";
import { editDistance as distance } from "../util/edit-distance.js";
import { KIND_DESCRIPTORS } from "../kinds/index.js";

type FactsKey = Extract<keyof Messages, `facts.typed.${string}`>;
type ParamsOf<K extends FactsKey> = Messages[K] extends (p: infer P) => string ? P : never;

/** A problem with one value, as a catalog key and its parameters, so it can be said in either language. */
export type Problem = { [K in FactsKey]: { key: K; params: ParamsOf<K> } }[FactsKey];

export type Reading<T> =
  | {
      value: T;
      /** The figure was written as an estimate (约200户, 15万左右, about 200): the value is its number. */
      approximate?: true;
      error?: undefined;
      suggestion?: undefined;
      alternatives?: undefined;
      problem?: undefined;
    }
  | {
      value?: undefined;
      approximate?: undefined;
      /** The problem in the run's language (or the one asked for). */
      error: string;
      /** The canonical value the user most likely meant; readings when two are as likely. */
      suggestion?: string;
      alternatives?: string[];
      problem: Problem;
    };

export interface ReadOptions {
  lang?: Lang;
}

function fail<K extends FactsKey>(key: K, params: ParamsOf<K>, options: ReadOptions, suggestion?: string, alternatives?: string[]): Reading<never> {
  const problem = { key, params } as Problem;
  const error = (t as (k: string, p: unknown, l: Lang) => string)(key, params, options.lang ?? uiLang());
  return { error, problem, ...(suggestion !== undefined ? { suggestion } : {}), ...(alternatives ? { alternatives } : {}) };
}

/** Renders a problem again, in another language. */
export function problemText(problem: Problem, lang: Lang): string {
  return (t as (k: string, p: unknown, l: Lang) => string)(problem.key, problem.params, lang);
}

/** Full-width digits, letters and signs as their ASCII forms (２０２５ → 2025, ，→ ,, ￥ → ¥), then trimmed. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\uffe5/g, "¥")
    .replace(/萬/g, "万")
    .replace(/億/g, "亿")
    .trim();
}

/** “…”, ‘…’, 「…」 or "…" around a whole value: quotes the user meant for YAML, not part of the value. */
export function stripQuotes(text: string): string {
  const m = /^(?:“([^“”]*)”|‘([^‘’]*)’|「([^「」]*)」|"([^"]*)"|'([^']*)')$/.exec(text.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!).trim() : text.trim();
}

function show(raw: unknown): string {
  return typeof raw === "string" ? raw : String(raw);
}

// ---------------------------------------------------------------- numbers

const WAN = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 100 } as const;
const CN = `[${CHINESE_NUMERALS}]`;
const APPROX_BEFORE = new RegExp(`^(?:${alternatives([...ESTIMATE_BEFORE])})\\s*`, "i");
const APPROX_AFTER = new RegExp(`\\s*(?:${alternatives([...ESTIMATE_AFTER])})$`);

/** The text without the words that make its figure an estimate (约, 左右, about), and whether it had any. */
function withoutApprox(text: string): { exact: string; approximate: boolean } {
  const exact = text.replace(APPROX_BEFORE, "").replace(APPROX_AFTER, "");
  return { exact, approximate: exact !== text };
}
const MORE_THAN = new RegExp(`^(?:${alternatives([...BOUND_BEFORE])})\\s*|(?:${alternatives([...BOUND_AFTER])})$`, "i");

/**
 * The value of a plain figure: 150000, 150,000, 1,200.50, 150 000, 1.5万, 15万, 3万5千, 五千,
 * 十二万三千, 1.2k, 1.5m. "grouping" when the commas are not every three digits (1,20,000),
 * "dots" when a single dot stands before three digits (45.000: 45 or 45,000?).
 */
function readFigure(text: string): { value: number } | { odd: "grouping" | "dots"; readings: number[] } | undefined {
  const s = text.replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, "");
  if (/^\d+(\.\d+)?$/.test(s)) {
    if (/^\d{1,3}\.\d{3}$/.test(s) && !/^0\./.test(s)) return { odd: "dots", readings: [Number(s), Number(s.replace(".", ""))] };
    return { value: Number(s) };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, "")) };
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return { value: Number(s.replace(/\./g, "")) };
  if (/^\d+(,\d+)+(\.\d+)?$/.test(s)) return { odd: "grouping", readings: [Number(s.replace(/,/g, ""))] };
  // Arabic figures with 万 / 亿 / 千: 1.5万, 15万, 3万5千, 3万5000, 1亿2000万.
  const mixed = /^(?:(\d+(?:\.\d+)?)亿)?(?:(\d+(?:\.\d+)?)万)?(?:(\d+(?:\.\d+)?)千)?(\d+(?:\.\d+)?)?$/.exec(s);
  if (mixed && /[亿万千]/.test(s)) {
    const [, yi, wan, qian, rest] = mixed;
    const value = Number(yi ?? 0) * WAN.亿 + Number(wan ?? 0) * WAN.万 + Number(qian ?? 0) * WAN.千 + Number(rest ?? 0);
    // 15万5 reads as 155,000 to some and 150,005 to the letter: say so rather than choose.
    if (rest !== undefined && (wan !== undefined || yi !== undefined) && qian === undefined && rest.length < 4) {
      const unit = wan !== undefined ? WAN.万 : WAN.亿;
      return { odd: "grouping", readings: [Number(yi ?? 0) * WAN.亿 + Number(wan ?? 0) * WAN.万 + Number(rest) * (unit / 10 ** rest.length)] };
    }
    return { value: round(value) };
  }
  const english = /^(\d+(?:\.\d+)?)\s*(k|m|thousand|million)$/i.exec(s);
  if (english) return { value: round(Number(english[1]) * (/^(k|thousand)$/i.test(english[2]!) ? 1e3 : 1e6)) };
  if (new RegExp(`^${CN}+$`).test(s)) {
    const value = parseChineseNumeral(s);
    return value === undefined ? undefined : { value };
  }
  return undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------- amounts

export interface AmountOptions extends ReadOptions {
  /** The facts' currency (budget.currency, ISO code); an amount written in another is a problem. */
  currency?: string;
}

interface Marked {
  figure: string;
  /** The currency the amount names, as an ISO code. */
  currency?: string;
  /** The sign or word it was named by (£, 元, USD). */
  mark?: string;
}

const SIGNS = CURRENCY_SPELLINGS.flatMap((c) => c.signs);
const CODES = CURRENCY_SPELLINGS.flatMap((c) => c.codes);
const UNITS_AFTER = CURRENCY_SPELLINGS.flatMap((c) => [...c.zhUnits, ...c.enUnits, ...c.otherNames]);
const BEFORE_RE = new RegExp(`^(${alternatives([...SIGNS, ...CODES, ...CURRENCY_SPELLINGS.flatMap((c) => c.zhBefore)])})\\s*`, "i");
const AFTER_RE = new RegExp(`\\s*(${alternatives([...CODES, ...UNITS_AFTER])})$`, "i");

/** Splits "¥20,000", "20,000元", "1.5万元", "USD 1,200", "人民币15万元" into the figure and its currency. */
function splitCurrency(text: string): Marked {
  let figure = text;
  let mark: string | undefined;
  const before = BEFORE_RE.exec(figure);
  if (before) {
    mark = before[1]!;
    figure = figure.slice(before[0].length);
  }
  const after = AFTER_RE.exec(figure);
  if (after) {
    mark = mark ?? after[1]!;
    figure = figure.slice(0, after.index);
  }
  if (mark === undefined) return { figure };
  return { figure: figure.trim(), currency: currencyOf(mark), mark };
}

/** Whether an amount marked with `mark` may be in `currency`: ¥ is also the yen, $ any dollar, 元 any yuan. */
function markFits(mark: string, named: string | undefined, currency: string): boolean {
  const code = currency.toUpperCase() === "RMB" ? "CNY" : currency.toUpperCase();
  if (named === code) return true;
  if (mark === "¥" || mark === "￥") return code === "CNY" || code === "JPY";
  if (mark === "$") return /^[A-Z]{2}D$/.test(code);
  if (mark === "元") return ["CNY", "HKD", "TWD", "MOP"].includes(code);
  return false;
}

/**
 * An amount of money: 150000, "15万", "1.5万元", "150,000元", "¥20,000", "£45,000", "$1,200.50",
 * "五千", "十二万三千". `currency` of the result is the currency the text named, if any.
 */
export function readAmount(raw: unknown, options: AmountOptions = {}): Reading<number> & { currency?: string } {
  if (typeof raw === "number") return { value: raw };
  if (typeof raw !== "string") return fail("facts.typed.notAmount", { value: show(raw) }, options);
  const text = stripQuotes(halfWidth(raw));
  const { exact, approximate } = withoutApprox(text);
  const marked = splitCurrency(exact);
  const figure = readFigure(marked.figure);
  if (figure === undefined) {
    const parts = marked.figure.split(/\s*[-–—~～至到]\s*/);
    if (parts.length === 2 && parts.every((part) => part !== "" && readFigure(part) !== undefined)) return fail("facts.typed.range", { value: raw }, options);
    return fail("facts.typed.notAmount", { value: raw }, options);
  }
  if ("odd" in figure) return oddFigure(raw, figure, options);
  if (marked.mark !== undefined && options.currency !== undefined && !markFits(marked.mark, marked.currency, options.currency)) {
    const named = marked.currency ?? marked.mark;
    return fail("facts.typed.otherCurrency", { value: raw, named, currency: options.currency.toUpperCase() }, options, `budget.currency: ${named}`);
  }
  return { value: figure.value, ...(approximate && { approximate }), ...(marked.currency !== undefined ? { currency: marked.currency } : {}) };
}

function oddFigure(raw: string, figure: { odd: "grouping" | "dots"; readings: number[] }, options: ReadOptions): Reading<never> {
  const readings = figure.readings.map(String);
  if (readings.length === 1) return fail("facts.typed.oddGrouping", { value: raw, suggestion: readings[0]! }, options, readings[0]);
  return fail("facts.typed.twoReadings", { value: raw, first: readings[0]!, second: readings[1]! }, options, undefined, readings);
}

// ---------------------------------------------------------------- counts

/** Measure words that count people: 30名 is 30 people (人). */
const PEOPLE_WORDS = new Set(["名", "位", "个人", "人"]);

/**
 * A count: 30, "30人", "约200名", "200户", "1.2万人次", "三十人", "12,000 people". `unit` is the
 * unit written after the figure (人, 户, 人次, people), for a file whose unit field is empty.
 */
export function readCount(raw: unknown, options: ReadOptions & { whole?: boolean } = {}): Reading<number> & { unit?: string } {
  if (typeof raw === "number") return { value: raw };
  if (typeof raw !== "string") return fail("facts.typed.notCount", { value: show(raw) }, options);
  const text = stripQuotes(halfWidth(raw));
  if (MORE_THAN.test(text)) {
    const inner = text.replace(MORE_THAN, "").replace(MORE_THAN, "").trim();
    const core = readCountCore(inner);
    const guess = core !== undefined && "value" in core ? String(core.value) : undefined;
    return fail("facts.typed.notExact", { value: raw, suggestion: guess ?? "" }, options, guess);
  }
  const { exact, approximate } = withoutApprox(text);
  const core = readCountCore(exact);
  if (core === undefined) return fail("facts.typed.notCount", { value: raw }, options);
  if ("odd" in core) return oddFigure(raw, core, options);
  if (options.whole !== false && !Number.isInteger(core.value)) {
    return fail("facts.typed.notWhole", { value: raw, suggestion: String(Math.round(core.value)) }, options, String(Math.round(core.value)));
  }
  return { value: core.value, ...((approximate || core.approximate) && { approximate: true as const }), ...(core.unit ? { unit: core.unit } : {}) };
}

function readCountCore(text: string): { value: number; unit?: string; approximate?: boolean } | { odd: "grouping" | "dots"; readings: number[] } | undefined {
  // The unit is what follows the figure: letters or Han characters that are not numerals.
  const m = new RegExp(`^(.*?[\\d${CHINESE_NUMERALS.replace(/[万亿]/g, "")}万亿])\\s*([^\\d${CHINESE_NUMERALS}\\s][^\\d]*)?$`, "u").exec(text);
  if (!m) return undefined;
  let [, figureText, unit] = m;
  // 30个人 / 两千多人: 多 and 余 between figure and unit mean "about".
  const approximate = unit !== undefined && /^(?:多|余)/.test(unit);
  unit = unit?.replace(/^(?:多|余)/, "").trim();
  if (unit !== undefined && (unit.length === 0 || unit.length > 12 || /[,.:;!?，。：；]/.test(unit))) return undefined;
  const figure = readFigure(figureText!.trim());
  if (figure === undefined) return undefined;
  if ("odd" in figure) return figure;
  if (unit === undefined) return { value: figure.value };
  return { value: figure.value, unit: PEOPLE_WORDS.has(unit) ? "人" : unit, ...(approximate && { approximate }) };
}

// ---------------------------------------------------------------- dates

export interface DateOptions extends ReadOptions {
  /** How the facts write 01/04/2025: day first (en-GB), month first (en-US), or not known. */
  dayFirst?: boolean;
  /** A year alone is a whole value (founded: 2016年); elsewhere a date needs its month. */
  year?: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
export const MONTH_WORD = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const pad = (n: number) => String(n).padStart(2, "0");

/** False for a day the calendar does not have (2025-02-30, 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number);
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return day! <= last;
}

/** Chinese numerals in a date as figures: 二〇二五年三月一日 → 2025年3月1日. */
function arabicDate(text: string): string {
  return text.replace(new RegExp(`${CN}+`, "g"), (run) => String(parseChineseNumeral(run) ?? run));
}

function ymd(raw: string, year: number, month: number, day: number | undefined, options: DateOptions): Reading<string> {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return fail("facts.typed.noSuchDate", { value: raw }, options);
  const value = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  if (!isCalendarDate(value)) return fail("facts.typed.noSuchDate", { value: raw }, options);
  return { value };
}

/**
 * A date as YYYY-MM-DD or YYYY-MM: "2025年3月", "2025年3月1日", "2025/03", "2025.3", "2025-3-1",
 * "March 2025", "1 March 2025", "01/04/2025" (by `dayFirst`); with `year`, "2016年" → "2016".
 */
export function readDate(raw: unknown, options: DateOptions = {}): Reading<string> {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1900 && raw <= 2100) {
    return options.year ? { value: String(raw) } : fail("facts.typed.yearOnly", { value: String(raw) }, options);
  }
  if (typeof raw !== "string" && typeof raw !== "number") return fail("facts.typed.notDate", { value: show(raw) }, options);
  const source = String(raw);
  const text = arabicDate(stripQuotes(halfWidth(source))).replace(/\s+/g, " ");
  let m = /^(\d{4}) ?(?:年|[-/.]) ?(\d{1,2}) ?(?:月)?(?: ?(?:[-/.])? ?(\d{1,2}) ?(?:日|号)?)?$/.exec(text);
  if (m) {
    return ymd(source, Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), options);
  }
  m = /^(\d{4}) ?(?:年)?$/.exec(text);
  if (m) return options.year ? { value: m[1]! } : fail("facts.typed.yearOnly", { value: source }, options);
  m = new RegExp(`^${MONTH_WORD},? (\\d{4})$`, "i").exec(text);
  if (m) return ymd(source, Number(m[2]), monthOf(m[1]!), undefined, options);
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD},? (\\d{4})$`, "i").exec(text);
  if (m) return ymd(source, Number(m[3]), monthOf(m[2]!), Number(m[1]), options);
  m = new RegExp(`^${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`, "i").exec(text);
  if (m) return ymd(source, Number(m[3]), monthOf(m[1]!), Number(m[2]), options);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) return dayMonth(source, Number(m[1]), Number(m[3]), Number(m[4]), m[2] === "." ? true : options.dayFirst, options);
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return ymd(source, Number(m[2]), Number(m[1]), undefined, options);
  return fail("facts.typed.notDate", { value: source }, options);
}

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** 01/04/2025: the first figure is the day or the month; decided by the figures, then by the locale. */
function dayMonth(raw: string, a: number, b: number, year: number, dayFirst: boolean | undefined, options: DateOptions): Reading<string> {
  const asDayFirst = ymd(raw, year, b, a, options);
  const asMonthFirst = ymd(raw, year, a, b, options);
  if (a === b || asMonthFirst.error !== undefined) return asDayFirst;
  if (asDayFirst.error !== undefined) return asMonthFirst;
  if (dayFirst === true) return asDayFirst;
  if (dayFirst === false) return asMonthFirst;
  const first = asDayFirst.value!;
  const second = asMonthFirst.value!;
  return fail("facts.typed.dayOrMonth", { value: raw, first, second }, options, undefined, [first, second]);
}

/** Day first (en-GB) or month first (en-US) for the facts, from their currency and location; undefined when they do not say. */
export function dayFirstFor(hints: { currency?: string; location?: string; language?: string }): boolean | undefined {
  const votes = new Set<boolean>();
  const code = hints.currency?.toUpperCase();
  if (code === "USD") votes.add(false);
  else if (code && ["GBP", "EUR", "AUD", "NZD", "INR", "HKD", "ZAR", "KES", "NGN", "IEP"].includes(code)) votes.add(true);
  const where = hints.location ?? "";
  if (/\b(United States|USA|U\.S\.A?\.?|America)\b|美国/i.test(where)) votes.add(false);
  if (/\b(United Kingdom|UK|U\.K\.|England|Scotland|Wales|Northern Ireland|Britain|London|Ireland|Australia|New Zealand|India|Kenya|Nigeria|Uganda|Ghana|South Africa|Hong Kong)\b|英国|香港|澳大利亚/i.test(where)) votes.add(true);
  return votes.size === 1 ? [...votes][0] : undefined;
}

// ---------------------------------------------------------------- enumerations

/** What people write for each value of the facts' enumerations besides the value itself. */
export const ENUM_SYNONYMS: Record<string, readonly string[]> = {
  low: ["低", "较低", "小", "低风险", "很低"],
  medium: ["中", "中等", "一般", "较中", "中风险", "med", "moderate"],
  high: ["高", "较高", "大", "高风险", "很高"],
  confirmed: ["已确认", "确认", "已到位", "已落实", "已批准", "已获批", "secured", "committed", "approved"],
  pending: ["申请中", "待确认", "待定", "审核中", "审批中", "applied", "submitted"],
  planned: ["计划中", "计划", "拟申请", "拟", "planning", "to apply"],
  direct: ["直接", "直接费用", "直接成本", "项目直接费用", "活动费用", "项目活动费", "活动费", "项目费用", "programme", "program"],
  personnel: ["人员", "人员费用", "人员经费", "人力", "人力成本", "人员成本", "劳务费", "工资", "staff", "staffing", "salaries"],
  admin: ["行政", "行政费用", "行政管理费", "行政办公费", "管理", "管理费", "管理费用", "administration", "administrative", "overhead", "overheads"],
  fundraising: ["筹款", "筹资", "募捐", "筹款费用", "募捐成本", "筹资费用"],
  other: ["其他", "其它", "其他费用", "其它费用"],
  ...Object.fromEntries(KIND_DESCRIPTORS.map((k) => [k.id, k.synonyms])),
  zh: ["中文", "汉语", "简体中文", "chinese", "zh-cn", "zh_cn", "zh-hans"],
  en: ["english", "英文", "英语", "en-gb", "en-us"],
  "en-GB": ["british", "british english", "uk", "英式英语", "英式"],
  "en-US": ["american", "american english", "us", "美式英语", "美式"],
};

/**
 * One of `values`: the value itself in any case (Medium, HIGH), with spaces or underscores for
 * hyphens (venture grant), or a word people use for it (中, 已确认, 管理费, 公益创投). A near miss
 * (hihg, 中等风险度) is a problem with the closest value as the suggestion.
 */
export function readEnum<T extends string>(raw: unknown, values: readonly T[], options: ReadOptions = {}): Reading<T> {
  const list = values.join(", ");
  if (typeof raw !== "string") return fail("facts.typed.notOneOf", { value: show(raw), values: list }, options);
  const text = stripQuotes(halfWidth(raw));
  const key = text.toLowerCase().replace(/[\s_]+/g, "-");
  // Case aside: en-us is en-US.
  const exact = values.find((v) => v.toLowerCase() === key);
  if (exact) return { value: exact };
  const spaced = key.replace(/-/g, " ");
  for (const value of values) {
    if ((ENUM_SYNONYMS[value] ?? []).some((word) => word.toLowerCase() === spaced || word === text)) return { value };
  }
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const value of values) {
    for (const word of [value, ...(ENUM_SYNONYMS[value] ?? [])]) {
      const d = distance(spaced, word.toLowerCase());
      const limit = /[a-z]/.test(word) ? (word.length >= 4 ? 2 : 1) : 1;
      if (d <= limit && d < bestDistance) {
        best = value;
        bestDistance = d;
      }
    }
  }
  // A Chinese word around a known one: 中等风险 → medium, 已经确认 → confirmed.
  if (best === undefined) {
    const hits = values.filter((value) => (ENUM_SYNONYMS[value] ?? []).some((word) => /[\u4e00-\u9fff]/.test(word) && word.length >= 2 && text.includes(word)));
    if (hits.length === 1) best = hits[0];
  }
  if (best !== undefined) return fail("facts.typed.nearOneOf", { value: raw, values: list, suggestion: best }, options, best);
  return fail("facts.typed.notOneOf", { value: raw, values: list }, options);
}

/** direct: true or false, also written 直接 / 间接, direct / indirect, yes / no, 是 / 否. */
export function readDirect(raw: unknown, options: ReadOptions = {}): Reading<boolean> {
  if (typeof raw === "boolean") return { value: raw };
  const text = typeof raw === "string" ? stripQuotes(halfWidth(raw)).toLowerCase() : "";
  if (["true", "yes", "y", "直接", "是", "direct", "直接受益", "直接受益人"].includes(text)) return { value: true };
  if (["false", "no", "n", "间接", "否", "indirect", "间接受益", "间接受益人"].includes(text)) return { value: false };
  return fail("facts.typed.notDirect", { value: show(raw) }, options);
}

/** A currency as its ISO code: 人民币 / 元 / RMB / ¥ → CNY, 英镑 / £ → GBP; a code grantsmith does not know, upper-cased. */
export function readCurrency(raw: unknown, options: ReadOptions = {}): Reading<string> {
  if (typeof raw !== "string") return fail("facts.typed.notCurrency", { value: show(raw) }, options);
  const text = stripQuotes(halfWidth(raw));
  if (/^[A-Z]{3}$/.test(text)) return { value: text };
  if (/^[a-z]{3}$/i.test(text) && currencyOf(text) === undefined) return { value: text.toUpperCase() };
  const named = currencyOf(text);
  if (named !== undefined) return { value: named };
  return fail("facts.typed.notCurrency", { value: raw }, options);
}

// ---------------------------------------------------------------- the fields that read these

/** How a field of the schema is read when its value is typed as people write it. */
export type FieldKind = "amount" | "count" | "whole-count" | "date" | "year-or-date" | "direct" | "currency";

const FIELD_KINDS = new WeakMap<object, FieldKind>();

/** Marks a field schema as read by one of the readers above (schema.ts wraps its fields with this). */
export function typedField<T extends object>(kind: FieldKind, schema: T): T {
  FIELD_KINDS.set(schema, kind);
  return schema;
}

/** The reader of a field schema, if it was marked (a plain shape, facts/shape.ts, carries the mark as `kind`). */
export function fieldKind(schema: unknown): FieldKind | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  return FIELD_KINDS.get(schema) ?? (schema as { kind?: FieldKind }).kind;
}

/** Reads `raw` as a field of `kind` does: what `check` applies to a file (facts/typed-facts.ts) and `init --interactive` to an answer. */
export function readField(kind: FieldKind, raw: unknown, options: AmountOptions & DateOptions = {}): Reading<string | number | boolean> & { unit?: string } {
  switch (kind) {
    case "amount":
      return readAmount(raw, options);
    case "count":
      return readCount(raw, { ...options, whole: false });
    case "whole-count":
      return readCount(raw, options);
    case "date":
      return readDate(raw, { ...options, year: false });
    case "year-or-date":
      return readDate(raw, { ...options, year: true });
    case "direct":
      return readDirect(raw, options);
    case "currency":
      return readCurrency(raw, options);
  }
}
