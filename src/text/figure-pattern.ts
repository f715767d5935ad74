// The words a figure is written with, the one regex that finds figures, and the character tables
// that say where that regex can match, all built from the same named lists. Each shortcut has its
// plain version beside it (…Reference), and test/text/fast-paths.test.ts compares the two.
import { CHINESE_NUMERALS, CHINESE_NUMERALS_BELOW_WAN } from "./chinese-numerals.js";
import { ASCII_DIGITS, ASCII_LOWER, ASCII_UPPER, charClass, charTable, CJK_UNIFIED, code, isAsciiLetter, isSpace } from "./chars.js";
import { alternatives, CURRENCY_SPELLINGS } from "./currency.js";
import { MONTHS } from "./dates.js";

/** Month names (text/dates.ts); besides these, their first three letters and the abbreviations below are read. */
export { MONTHS };
const MONTH_ABBREVIATIONS: Record<string, string> = { September: "Sept" };

/** Measure words that make a Chinese numeral a figure (and count as a unit after any number). */
const ZH_MEASURE_WORDS = [
  "人次", "人天", "平方米", "公里", "公斤", "千克", "小时", "个月", "学期", "课时", "人", "名", "位", "户", "个", "次", "场", "所",
  "家", "项", "期", "批", "份", "套", "台", "件", "本", "册", "箱", "袋", "吨", "斤", "米", "天", "日", "周", "月", "年", "岁",
  "间", "张", "餐", "元", "篇", "条", "节", "门", "组", "支", "辆", "座", "村", "镇", "街道", "社区", "区", "县", "省", "市", "倍",
  "成", "万", "亿",
];

/** The multipliers after a number: 27.2万, 3亿, 1.2 million. */
export const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, million: 1e6, billion: 1e9, thousand: 1e3,
};
const ZH_MULTIPLIERS = Object.keys(MULTIPLIERS).filter((word) => !/[a-z]/.test(word));
const EN_MULTIPLIERS = Object.keys(MULTIPLIERS).filter((word) => /[a-z]/.test(word));

/** Where a figure's parts may be apart: any space. */
const SPACE = String.raw`\s`;
/** Any space but a line end: a match of the lines' pattern never spans two lines. */
const SPACE_IN_LINE = String.raw`[^\S\n]`;

const PERCENT_SIGNS = ["%", "％"];
/** "percent", "per cent": the space is the pattern's (see figureSource). */
const percentWords = (space: string) => String.raw`percent|per${space}?cent`;
const PERCENT_WORDS = percentWords(SPACE);
export const PERMILLE = "‰";
/** A unit that makes a figure a percentage. */
export const PERCENT_UNIT = new RegExp(`^(?:${alternatives(PERCENT_SIGNS)}|${PERCENT_WORDS})$`);

/** 百分之三十: a Chinese percentage. */
const ZH_PERCENT = "百分之";
/** 第二十四条: an ordinal, not a quantity. */
const ORDINAL = "第";

const SIGNS = CURRENCY_SPELLINGS.flatMap((c) => c.signs);
const NON_LATIN_SIGNS = SIGNS.filter((sign) => !isAsciiLetter(code(sign)));
const CODES = CURRENCY_SPELLINGS.flatMap((c) => c.codes);
const ZH_BEFORE = CURRENCY_SPELLINGS.flatMap((c) => c.zhBefore);
const ZH_MONEY_UNITS = CURRENCY_SPELLINGS.flatMap((c) => c.zhUnits);
const EN_MONEY_UNITS = CURRENCY_SPELLINGS.flatMap((c) => c.enUnits);

/** Jan, Jan., January…; Sep, Sept, September. */
const MONTH_NAME = MONTHS.map((name) => {
  const rest = [name.slice(3), MONTH_ABBREVIATIONS[name]?.slice(3) ?? ""].filter((r) => r !== "");
  return rest.length > 0 ? `${name.slice(0, 3)}(?:${rest.join("|")})?` : name;
}).join("|");
const MONTH_BY_PREFIX = new Map(MONTHS.map((name, i) => [name.slice(0, 3), i + 1]));

/** The month a matched month name stands for (1-12). */
export function monthOf(name: string): number {
  return MONTH_BY_PREFIX.get(name.slice(0, 3))!;
}

const NUMERAL = `[${CHINESE_NUMERALS}]`;
/**
 * A day of the month before its name (5 June 2025): 1 to 31 only, so a count before a month ("80
 * March 2027", a table row read as one line) is read as that count and the month, not dropped as a
 * day that does not exist.
 */
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?!\d)`;
/**
 * The figure pattern, with `s` where it allows a space: \s for a text searched on its own, or \s
 * but a line end, for a search over many lines at once that must find what each line's search finds.
 */
function figureSource(s: string): string {
  return [
    String.raw`(?<zhYear>\d{4})${s}*年${s}*(?<zhMonth>\d{1,2})${s}*月(?:${s}*(?<zhDay>\d{1,2})${s}*[日号])?`,
    String.raw`(?<![\d.])(?<isoYear>(?:19|20)\d{2})[-/](?<isoMonth>\d{1,2})(?:[-/](?<isoDay>\d{1,2}))?(?![\d])`,
    String.raw`(?<![A-Za-z])(?:(?<enDay>${DAY})(?:st|nd|rd|th)?${s}+)?(?<enMonth>${MONTH_NAME})\.?${s}+(?:(?<enDayAfter>\d{1,2})(?:st|nd|rd|th)?,?${s}+)?(?<enYear>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<yearOnly>\d{4})${s}*年(?!${s}*\d)`,
    // Not inside a word, a longer number or an amount already read.
    `(?<![${charClass(`_.,${NON_LATIN_SIGNS.map((sign) => sign[0]).join("")}`, [ASCII_UPPER, ASCII_LOWER, ASCII_DIGITS])}])` +
      String.raw`(?<currency>${alternatives(SIGNS)}|(?:${alternatives(CODES)})${s}?|${alternatives(ZH_BEFORE)})?` +
      String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
      String.raw`(?<multiplier>${s}*(?:${alternatives(ZH_MULTIPLIERS)})|${s}+(?:${alternatives(EN_MULTIPLIERS)})\b)?` +
      String.raw`(?<unit>${s}*(?:${alternatives([...PERCENT_SIGNS, PERMILLE, ...ZH_MONEY_UNITS])}|(?:${alternatives([...CODES, ...EN_MONEY_UNITS])}|${percentWords(s)})\b))?`,
    // Not inside a longer numeral run (十四 of 二十四) and not an ordinal (第二十四条).
    String.raw`(?<![${ORDINAL}${CHINESE_NUMERALS}])(?:(?<zhPercent>${ZH_PERCENT})(?<zhPercentNumeral>[${CHINESE_NUMERALS_BELOW_WAN}]+)|(?<zhNumeral>${NUMERAL}+)(?=${alternatives(ZH_MEASURE_WORDS)}))`,
  ].join("|");
}
const SOURCE = figureSource(SPACE);

const NAMED_GROUP = /\(\?<([A-Za-z0-9]+)>/g;
const GROUP_NUMBERS = new Map([...SOURCE.matchAll(NAMED_GROUP)].map((m, i) => [m[1]!, i + 1]));
// Every group is named, so its number is its place among the names.
if (new RegExp(`${SOURCE}|`).exec("")!.length - 1 !== GROUP_NUMBERS.size) throw new Error("figure pattern: a capturing group without a name");

/** The number of a named group of FIGURE, for reading a match by number. */
export function group(name: string): number {
  const n = GROUP_NUMBERS.get(name);
  if (n === undefined) throw new Error(`figure pattern: no group named ${name}`);
  return n;
}

/** Every figure, found by a global search. */
export const FIGURE_GLOBAL = new RegExp(SOURCE, "g");
/** The same pattern, tried at one position (sticky), with plain groups: a match then allocates no groups object. */
export const FIGURE_AT = new RegExp(SOURCE.replace(NAMED_GROUP, "("), "y");
/** FIGURE_AT whose spaces are no line ends, for lines joined by \n: what it matches lies in one line. */
export const FIGURE_IN_LINE_AT = new RegExp(figureSource(SPACE_IN_LINE).replace(NAMED_GROUP, "("), "y");

// Where FIGURE can match. A cheap scan finds where a figure can begin, and the large regex is tried
// only there. A figure begins with a digit or a currency sign; with a Latin word (a month name, a
// currency code, US$ or HK$), told by its first three characters; or with a Chinese word: 人民币, or a
// numeral run that a measure word may follow.
const ALWAYS = 1;
const LATIN_WORD = 2;
const CHINESE_WORD = 3;
const LATIN_WORDS = [...MONTHS, ...CODES, ...SIGNS.filter((sign) => isAsciiLetter(code(sign)))];
const MAY_START = charTable(ALWAYS, NON_LATIN_SIGNS.map((sign) => sign[0]).join(""), [ASCII_DIGITS]);
charTable(LATIN_WORD, LATIN_WORDS.map((word) => word[0]).join(""), [], MAY_START);
charTable(CHINESE_WORD, CHINESE_NUMERALS + ZH_BEFORE.map((word) => word[0]).join(""), [], MAY_START);

/** The first three characters at pos as one number when they are ASCII, else -1 (a Set key that allocates nothing). */
function asciiTriple(text: string, pos: number): number {
  const a = text.charCodeAt(pos);
  const b = text.charCodeAt(pos + 1);
  const c = text.charCodeAt(pos + 2);
  return a < 128 && b < 128 && c < 128 ? (a << 14) | (b << 7) | c : -1;
}
const LATIN_STARTS = new Set(LATIN_WORDS.map((word) => asciiTriple(word, 0)));

const ZH_NUMERAL = charTable(1, CHINESE_NUMERALS);
const MEASURE_FIRST = charTable(1, ZH_MEASURE_WORDS.map((word) => word[0]).join(""));
const ORDINAL_CODE = code(ORDINAL);

/**
 * Whether FIGURE can match at pos, which holds a Chinese character that MAY_START marks: a currency
 * name (人民币); 百分之; or a numeral run, not inside a longer one or after 第, with a measure word after
 * it or after a part of it (its 千, 万 or 亿 may begin 千克, 万 or 亿).
 */
function chineseWordMayStart(text: string, pos: number): boolean {
  if (ZH_NUMERAL[text.charCodeAt(pos)] !== 1) {
    for (const word of ZH_BEFORE) if (text.startsWith(word, pos)) return true;
    return false;
  }
  if (pos > 0) {
    const before = text.charCodeAt(pos - 1);
    if (ZH_NUMERAL[before] === 1 || before === ORDINAL_CODE) return false;
  }
  if (text.startsWith(ZH_PERCENT, pos)) return true;
  let k = pos + 1;
  for (; k < text.length && ZH_NUMERAL[text.charCodeAt(k)] === 1; k++) {
    if (MEASURE_FIRST[text.charCodeAt(k)] === 1) return true;
  }
  return k < text.length && MEASURE_FIRST[text.charCodeAt(k)] === 1;
}

/** The first position from `from` where FIGURE can match (text.length when none); it may still not match there. */
export function nextFigureStart(text: string, from: number): number {
  const length = text.length;
  for (let pos = from; pos < length; pos++) {
    const start = MAY_START[text.charCodeAt(pos)];
    if (start === 0) continue;
    if (start === ALWAYS) return pos;
    if (start === LATIN_WORD ? LATIN_STARTS.has(asciiTriple(text, pos)) : chineseWordMayStart(text, pos)) return pos;
  }
  return length;
}

/** The characters every figure holds one of: digits and Chinese numerals. */
const FIGURE_CHAR = charTable(1, CHINESE_NUMERALS, [ASCII_DIGITS]);
/** A loop rather than a regex test: most lines are short, where calling a regex costs more than the scan. */
export function mayHoldFigure(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FIGURE_CHAR[text.charCodeAt(i)] === 1) return true;
  return false;
}

// References and labels: 第24条, Article 24, Section 3, Table 2, Phase 1, Objective 2.
/** Words before a number that make it a reference or a label, anywhere. */
const ZH_REFERENCE_WORDS = [ORDINAL, "§", "附件", "附表", "附录", "编号", "步骤"];
/** The same, only when not the end of a longer Chinese word (表 and 图 end many: 列表, 地图). */
const ZH_REFERENCE_LABELS = ["表", "图"];
const EN_REFERENCE_WORDS = String.raw`art(?:icle)?|sec(?:tion)?|chapter|clause|para(?:graph)?|no|nos|rule|part|annex|appendix|table|fig(?:ure)?|phase|grade|module|step|stage|level|lesson|cohort|objective|activity|output|outcome|indicator|goal`;
/** How much of the text before a number is looked at. */
const REFERENCE_WINDOW = 12;
export const REFERENCE_BEFORE = new RegExp(
  `(?:${alternatives(ZH_REFERENCE_WORDS)}|(?<![${charClass("", [CJK_UNIFIED])}])(?:${alternatives(ZH_REFERENCE_LABELS)})|(?:^|[^A-Za-z])(?:${EN_REFERENCE_WORDS})\\.?)\\s*$`,
  "i",
);
/** A quoted numbered heading ("7. Monitoring and Evaluation", “3、项目目标”) is a cross-reference. */
const QUOTE_MARKS = "“\"「『‘'";
const QUOTE_BEFORE = new RegExp(`[${charClass(QUOTE_MARKS)}]$`);
const QUOTE = charTable(1, QUOTE_MARKS);
const HEADING_NUMBER_AFTER = /^[.、．]\s*[A-Za-z\u4e00-\u9fff]/;
/** The last characters of the Chinese reference words; every English one ends in a letter. */
const REFERENCE_END = charTable(1, [...ZH_REFERENCE_WORDS, ...ZH_REFERENCE_LABELS].map((word) => word[word.length - 1]).join(""));
const DOT = code(".");

/** Whether the text just before index names a reference (see REFERENCE_BEFORE). */
export function referenceBefore(text: string, index: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, index - REFERENCE_WINDOW), index));
}

/** A section, article or label number rather than a quantity; `raw` is the number as matched. */
export function isReference(text: string, index: number, raw: string, currency: string | undefined): boolean {
  if (currency || index === 0) return false;
  // Every reference word ends in a letter or one of REFERENCE_END, before an optional "." and spaces.
  let k = index - 1;
  while (k > 0 && isSpace(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) === DOT) k--;
  const c = text.charCodeAt(k);
  // Most numbers in Chinese prose follow a character that ends no reference word: decided here.
  if (QUOTE[text.charCodeAt(index - 1)] !== 1 && !isAsciiLetter(c) && REFERENCE_END[c] !== 1) return false;
  return isReferenceReference(text, index, raw, currency);
}

export function isReferenceReference(text: string, index: number, raw: string, currency: string | undefined): boolean {
  if (currency || index === 0) return false;
  if (referenceBefore(text, index)) return true;
  const before = text.slice(Math.max(0, index - REFERENCE_WINDOW), index);
  return QUOTE_BEFORE.test(before) && HEADING_NUMBER_AFTER.test(text.slice(index + raw.length, index + raw.length + 4));
}

// The unit after a number: a Chinese measure word, or an English word that is not a function word.
const ZH_MEASURE_AT = new RegExp(`(?:${alternatives(ZH_MEASURE_WORDS)})`, "y");
const EN_UNIT = String.raw`\s?([a-z][a-z-]{1,20})`;
const EN_UNIT_AT = new RegExp(EN_UNIT, "iy");
const EN_NOT_UNIT = new Set([
  "and", "or", "to", "of", "the", "in", "on", "at", "by", "for", "from", "with", "a", "an", "is", "are", "was", "were",
  "will", "be", "per", "than", "as", "that", "this", "these", "those", "through", "across", "into", "during",
  "over", "under", "within", "after", "before", "until", "while", "which", "who", "where", "when", "it", "its", "not",
]);

/** The measure word or unit at `end` ("" when none). */
export function unitAfter(text: string, end: number): string {
  // Most figures are followed by neither a Chinese measure word nor an English word; say so cheaply.
  const c = text.charCodeAt(end);
  if (MEASURE_FIRST[c] !== 1 && !isAsciiLetter(c) && !(isSpace(c) && isAsciiLetter(text.charCodeAt(end + 1)))) return "";
  // Sticky at end: the same as anchored on the next characters, without the slice.
  ZH_MEASURE_AT.lastIndex = end;
  const zh = ZH_MEASURE_AT.exec(text);
  if (zh) return zh[0];
  EN_UNIT_AT.lastIndex = end;
  const en = EN_UNIT_AT.exec(text);
  if (en && !EN_NOT_UNIT.has(en[1]!.toLowerCase())) return en[1]!.toLowerCase();
  return "";
}

const ZH_MEASURE_START = new RegExp(`^(?:${alternatives(ZH_MEASURE_WORDS)})`);
const EN_UNIT_START = new RegExp(`^${EN_UNIT}`, "i");

export function unitAfterReference(text: string, end: number): string {
  const rest = text.slice(end);
  const zh = ZH_MEASURE_START.exec(rest);
  if (zh) return zh[0];
  const en = EN_UNIT_START.exec(rest);
  return en && !EN_NOT_UNIT.has(en[1]!.toLowerCase()) ? en[1]!.toLowerCase() : "";
}
