// Finding the figures in a text: Arabic numbers with thousands separators and decimals, Chinese
// numerals, 万/亿/million multipliers, percentages, money (元/万元/英镑/¥/$/€/£/HK$ and ISO codes) and dates
// (2025年3月, 2025-03-15, March 2025). One regex pass; each figure keeps how it was written so a
// comparison can round the way the writer rounded.
import { parseChineseNumeral } from "./chinese-numerals.js";
import { isSpace } from "./count.js";
import { currencyOf, type Currency } from "./currency.js";

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

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

/** Measure words that make a Chinese numeral a figure (and count as a unit after any number). */
const ZH_MEASURE_WORDS =
  "人次|人天|平方米|公里|公斤|千克|小时|个月|学期|课时|人|名|位|户|个|次|场|所|家|项|期|批|份|套|台|件|本|册|箱|袋|吨|斤|米|天|日|周|月|年|岁|间|张|餐|元|篇|条|节|门|组|支|辆|座|村|镇|街道|社区|区|县|省|市|倍|成|万|亿";

const MASTER = new RegExp(
  [
    String.raw`(?<zy>\d{4})\s*年\s*(?<zm>\d{1,2})\s*月(?:\s*(?<zd>\d{1,2})\s*[日号])?`,
    String.raw`(?<![\d.])(?<iy>(?:19|20)\d{2})[-/](?<im>\d{1,2})(?:[-/](?<id>\d{1,2}))?(?![\d])`,
    String.raw`(?<![A-Za-z])(?:(?<ed>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<em>${MONTH_NAMES})\.?\s+(?:(?<ed2>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<ey>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<yy>\d{4})\s*年(?!\s*\d)`,
    String.raw`(?<![A-Za-z0-9_.,$¥￥€£])(?<cur>US\$|HK\$|\$|¥|￥|€|£|(?:USD|CNY|RMB|EUR|GBP|HKD|JPY)\s?|人民币)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<mult>\s*(?:万亿|千万|百万|亿|万|千)|\s+(?:million|billion|thousand)\b)?(?<unit>\s*(?:%|％|‰|元|美元|欧元|歐元|英镑|英鎊|港元|港币|日元|日圆|(?:USD|CNY|RMB|EUR|GBP|HKD|JPY|dollars?|euros?|yuan|yen|percent|per\s?cent)\b))?`,
    // Not inside a longer numeral run (十四 of 二十四) and not an ordinal (第二十四条).
    String.raw`(?<![第零〇一二两三四五六七八九十百千万亿])(?:(?<cnpct>百分之)(?<cnp>[零〇一二两三四五六七八九十百千]+)|(?<cn>[零〇一二两三四五六七八九十百千万亿]+)(?=${ZH_MEASURE_WORDS}))`,
  ]
    .join("|")
    // Plain groups: a match then allocates no groups object. Their numbers are in G below.
    .replace(/\(\?<[a-z0-9]+>/g, "("),
  "y",
);
/** Group numbers of MASTER, in the order the names appear in its source. */
const G = { zy: 1, zm: 2, zd: 3, iy: 4, im: 5, id: 6, ed: 7, em: 8, ed2: 9, ey: 10, yy: 11, cur: 12, num: 13, mult: 14, unit: 15, cnpct: 16, cnp: 17, cn: 18 } as const;
const PERCENT_UNIT = /^(?:%|％|percent|per\s?cent)$/;
const COMMAS = /,/g;
/** Every character a MASTER match can begin with: digits, currency signs and words, month names, Chinese numerals. */
const MAY_START = new Uint8Array(65536);
for (const ch of "0123456789$¥￥€£") MAY_START[ch.charCodeAt(0)] = 1;
// Letters and Chinese characters begin many more words than figures, so the next characters are
// looked at before the large regex is tried: E, G and H begin a figure only as EUR, GBP, HK$ or
// HKD; the other capitals as a month or currency code; 人 as 人民币; a Chinese numeral when a
// measure word can follow it (see hanMayStart).
for (const ch of "EGH") MAY_START[ch.charCodeAt(0)] = 2;
for (const ch of "UCRJFMASOND") MAY_START[ch.charCodeAt(0)] = 3;
for (const ch of "人零〇一二两三四五六七八九十百千万亿") MAY_START[ch.charCodeAt(0)] = 4;
/** The three letters a month name or currency code (other than EUR, GBP, HK…) begins with. */
const LATIN_STARTS = new Set(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "US$", "USD", "CNY", "RMB", "JPY"]);
const ZH_NUMERAL = new Uint8Array(65536);
for (const ch of "零〇一二两三四五六七八九十百千万亿") ZH_NUMERAL[ch.charCodeAt(0)] = 1;
/** First characters of the measure words. */
const MEASURE_FIRST = new Uint8Array(65536);
for (const word of ZH_MEASURE_WORDS.split("|")) MEASURE_FIRST[word.charCodeAt(0)] = 1;
/** EUR, GBP, HK$ or HKD at pos (pos holds E, G or H). */
function codeAt(text: string, pos: number): boolean {
  const a = text.charCodeAt(pos + 1);
  const b = text.charCodeAt(pos + 2);
  switch (text.charCodeAt(pos)) {
    case 69: return a === 85 && b === 82; // EUR
    case 71: return a === 66 && b === 80; // GBP
    default: return a === 75 && (b === 36 || b === 68); // HK$ HKD
  }
}

/**
 * Words before a number that make it a reference or a label, not a quantity: 第24条, Article 24,
 * Section 3, Table 2, Phase 1, Objective 2. Checked only where a number was found.
 */
const REFERENCE_BEFORE =
  /(?:第|§|(?<![\u4e00-\u9fff])[表图]|附件|附表|附录|编号|步骤|(?:^|[^A-Za-z])(?:art(?:icle)?|sec(?:tion)?|chapter|clause|para(?:graph)?|no|nos|rule|part|annex|appendix|table|fig(?:ure)?|phase|grade|module|step|stage|level|lesson|cohort|objective|activity|output|outcome|indicator|goal)\.?)\s*$/i;
/** A quoted numbered heading ("7. Monitoring and Evaluation", “3、项目目标”) is a cross-reference. */
const QUOTE_BEFORE = /[“"「『‘']$/;
const QUOTES = new Set([..."“\"「『‘'"].map((ch) => ch.charCodeAt(0)));
/** The last characters of REFERENCE_BEFORE's Chinese words: 第, 表, 图, 附件, 附表, 附录, 编号, 步骤. */
const REFERENCE_END_HAN = new Set([..."第表图件录号骤"].map((ch) => ch.charCodeAt(0)));
const HEADING_NUMBER_AFTER = /^[.、．]\s*[A-Za-z\u4e00-\u9fff]/;

const ZH_MEASURE_AT = new RegExp(`(?:${ZH_MEASURE_WORDS})`, "y");

/**
 * Whether MASTER can match at pos, which holds 人 or a Chinese numeral: 人民币; 百分之; or a numeral
 * run, not inside a longer one or after 第, with a measure word after it or after a part of it
 * (its 千, 万 or 亿 may begin 千克, 万 or 亿). False only where MASTER cannot match.
 */
function hanMayStart(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c === 0x4eba) return text.startsWith("民币", pos + 1); // 人
  if (pos > 0) {
    const before = text.charCodeAt(pos - 1);
    if (ZH_NUMERAL[before] === 1 || before === 0x7b2c) return false; // inside a run, or after 第
  }
  if (c === 0x767e && text.startsWith("分之", pos + 1)) return true; // 百分之
  let k = pos + 1;
  for (; k < text.length && ZH_NUMERAL[text.charCodeAt(k)] === 1; k++) {
    if (MEASURE_FIRST[text.charCodeAt(k)] === 1) return true;
  }
  return k < text.length && MEASURE_FIRST[text.charCodeAt(k)] === 1;
}
/** The characters every figure holds one of: digits and Chinese numerals. */
const FIGURE_CHAR = new Uint8Array(65536);
for (const ch of "0123456789零〇一二两三四五六七八九十百千万亿") FIGURE_CHAR[ch.charCodeAt(0)] = 1;
/** A loop rather than a regex test: most lines are short, where calling a regex costs more than the scan. */
function mayHoldFigure(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FIGURE_CHAR[text.charCodeAt(i)] === 1) return true;
  return false;
}
const EN_UNIT_AT = /\s?([a-z][a-z-]{1,20})/iy;
const EN_NOT_UNIT = new Set([
  "and", "or", "to", "of", "the", "in", "on", "at", "by", "for", "from", "with", "a", "an", "is", "are", "was", "were",
  "will", "be", "per", "than", "and", "as", "that", "this", "these", "those", "through", "across", "into", "during",
  "over", "under", "within", "after", "before", "until", "while", "which", "who", "where", "when", "it", "its", "not",
]);

const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, million: 1e6, billion: 1e9, thousand: 1e3,
};

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function unitAfter(text: string, end: number): string {
  // Most figures are followed by neither a Chinese measure word nor an English word; say so cheaply.
  const c = text.charCodeAt(end);
  if (!(c >= 0x4e00 && c <= 0x9fff) && !isLetter(c) && !(isSpace(c) && isLetter(text.charCodeAt(end + 1)))) return "";
  // Sticky at end: the same as anchored on the next 24 characters (no unit is longer), without the slice.
  ZH_MEASURE_AT.lastIndex = end;
  const zh = ZH_MEASURE_AT.exec(text);
  if (zh) return zh[0];
  EN_UNIT_AT.lastIndex = end;
  const en = EN_UNIT_AT.exec(text);
  if (en && !EN_NOT_UNIT.has(en[1]!.toLowerCase())) return en[1]!.toLowerCase();
  return "";
}

function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2200) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  return true;
}

/** A section, article or label number rather than a quantity (see REFERENCE_BEFORE). */
function isReference(text: string, index: number, raw: string, currency: string | undefined): boolean {
  if (currency || index === 0) return false;
  // Every reference word ends in a letter, a CJK character or §, before optional "." and spaces.
  let k = index - 1;
  while (k > 0 && isSpace(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) === 46) k--;
  const c = text.charCodeAt(k);
  const quoted = QUOTES.has(text.charCodeAt(index - 1));
  // Most numbers in Chinese prose follow a character that ends no reference word: decided here.
  if (!quoted && !isLetter(c) && !(c >= 0x4e00 && c <= 0x9fff && REFERENCE_END_HAN.has(c)) && c !== 0xa7) return false;
  const before = text.slice(Math.max(0, index - 12), index);
  if (REFERENCE_BEFORE.test(before)) return true;
  return QUOTE_BEFORE.test(before) && HEADING_NUMBER_AFTER.test(text.slice(index + raw.length, index + raw.length + 4));
}

/**
 * The figures of a text. `exhaustive` tries the regex at every position instead of only where the
 * character tables say a figure can begin: slower, the same result (tests compare the two).
 */
export function extractFigures(text: string, exhaustive = false): Figure[] {
  const out: Figure[] = [];
  if (!exhaustive && !mayHoldFigure(text)) return out;
  // The same matches as a global search with MASTER, found faster: a cheap character-class scan
  // finds where a figure can begin, and the large regex is tried only there (sticky).
  const length = text.length;
  let pos = 0;
  for (;;) {
    for (;;) {
      if (exhaustive) break;
      while (pos < length && MAY_START[text.charCodeAt(pos)] === 0) pos++;
      if (pos >= length) break;
      const start = MAY_START[text.charCodeAt(pos)];
      if (start === 1) break;
      if (start === 2 ? codeAt(text, pos) : start === 3 ? LATIN_STARTS.has(text.slice(pos, pos + 3)) : hanMayStart(text, pos)) break;
      pos++;
    }
    if (pos >= length) break;
    MASTER.lastIndex = pos;
    const m = MASTER.exec(text);
    if (m === null) {
      pos++;
      continue;
    }
    pos = m.index + Math.max(1, m[0].length);
    if (m[0].length === 0) continue;
    const index = m.index;
    const raw = m[0];
    const zy = m[G.zy], iy = m[G.iy], ey = m[G.ey], yy = m[G.yy];
    if (zy !== undefined || iy !== undefined || ey !== undefined || yy !== undefined) {
      const year = Number(zy ?? iy ?? ey ?? yy);
      const monthText = m[G.zm] ?? m[G.im];
      const em = m[G.em];
      const month = monthText !== undefined ? Number(monthText) : em !== undefined ? monthOf(em) : undefined;
      const dayText = m[G.zd] ?? m[G.id] ?? m[G.ed] ?? m[G.ed2];
      const day = dayText !== undefined ? Number(dayText) : undefined;
      if (!validDate(year, month, day)) continue;
      const date: FigureDate = { year };
      if (month !== undefined) date.month = month;
      if (day !== undefined) date.day = day;
      out.push({ raw, index, kind: "date", value: year, scale: 1, decimals: 0, unit: "", date });
      continue;
    }
    const num = m[G.num];
    if (num !== undefined) {
      const cur = m[G.cur];
      const mult = m[G.mult];
      const unitGroup = m[G.unit];
      if (isReference(text, index, raw, cur)) continue;
      const after = text.charCodeAt(index + raw.length);
      // Part of an identifier such as 91330100MA2H or a version number: not a figure.
      if (!unitGroup && !mult && ((after >= 65 && after <= 90) || (after >= 97 && after <= 122))) continue;
      const digits = num.includes(",") ? num.replace(COMMAS, "") : num;
      const dot = digits.indexOf(".");
      const decimals = dot >= 0 ? digits.length - dot - 1 : 0;
      const multName = mult?.trim().toLowerCase();
      const scale = multName ? (MULTIPLIERS[multName] ?? 1) : 1;
      const unitText = unitGroup?.trim().toLowerCase() ?? "";
      const percent = unitText !== "" && PERCENT_UNIT.test(unitText);
      const permille = unitText === "‰";
      const currencyText = cur || unitText ? (cur ?? "").trim().toUpperCase() + unitText.toUpperCase() : "";
      const currency = currencyText !== "" ? currencyOf(currencyText) : undefined;
      const value = Number(digits) * scale;
      // A bare 4-digit number between 1900 and 2100 with no unit is a year ("in 2023").
      if (!cur && !mult && !unitText && decimals === 0 && !num.includes(",") && digits.length === 4 && value >= 1900 && value <= 2100) {
        const unit = unitAfter(text, index + raw.length);
        if (unit === "" || unit === "年") {
          out.push({ raw, index, kind: "date", value, scale: 1, decimals: 0, unit: "", date: { year: value } });
          continue;
        }
      }
      const figure: Figure = {
        raw: raw.trimEnd(),
        index,
        kind: percent || permille ? "percent" : currency ? "money" : "number",
        value,
        scale,
        decimals,
        unit: percent ? "%" : permille ? "‰" : unitText || unitAfter(text, index + raw.length),
      };
      if (currency) figure.currency = currency;
      out.push(figure);
      continue;
    }
    const cn = m[G.cn];
    const cnp = m[G.cnp];
    if (cn !== undefined || cnp !== undefined) {
      const cnpct = m[G.cnpct];
      if (cn !== undefined && REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) continue;
      const value = parseChineseNumeral(cn ?? cnp!);
      if (value === undefined) continue;
      const unit = cnpct ? "%" : unitAfter(text, index + raw.length);
      if (!unit) continue;
      out.push({
        raw: raw + (cnpct ? "" : unit),
        index,
        kind: cnpct ? "percent" : unit === "元" ? "money" : "number",
        value,
        scale: 1,
        decimals: 0,
        unit,
        chinese: true,
        ...(unit === "元" ? { currency: "CNY" as const } : {}),
      });
    }
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
