// Finding the figures in a text: Arabic numbers with thousands separators and decimals, Chinese
// numerals, 万/亿/million multipliers, percentages, money (元/万元/¥/$/USD/CNY) and dates
// (2025年3月, 2025-03-15, March 2025). One regex pass; each figure keeps how it was written so a
// comparison can round the way the writer rounded.
import { parseChineseNumeral } from "./chinese-numerals.js";

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
  currency?: "CNY" | "USD";
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
    String.raw`(?<![A-Za-z0-9_.,$¥￥])(?<cur>US\$|\$|¥|￥|(?:USD|CNY|RMB)\s?|人民币)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<mult>\s*(?:万亿|千万|百万|亿|万|千)|\s+(?:million|billion|thousand)\b)?(?<unit>\s*(?:%|％|‰|元|美元|(?:USD|CNY|RMB|dollars?|yuan|percent|per\s?cent)\b))?`,
    String.raw`(?<!第)(?:(?<cnpct>百分之)(?<cnp>[零〇一二两三四五六七八九十百千]+)|(?<cn>[零〇一二两三四五六七八九十百千万亿]+)(?=${ZH_MEASURE_WORDS}))`,
  ].join("|"),
  "g",
);

const ZH_MEASURE = new RegExp(`^(?:${ZH_MEASURE_WORDS})`);
const MAY_HOLD_FIGURE = /[0-9零〇一二两三四五六七八九十百千万亿]/;
const EN_UNIT = /^\s?([a-z][a-z-]{1,20})/i;
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

function unitAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 24);
  const zh = ZH_MEASURE.exec(rest);
  if (zh) return zh[0];
  const en = EN_UNIT.exec(rest);
  if (en && !EN_NOT_UNIT.has(en[1]!.toLowerCase())) return en[1]!.toLowerCase();
  return "";
}

function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2200) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  return true;
}

export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (!MAY_HOLD_FIGURE.test(text)) return out;
  // exec on the shared regex: matchAll would clone this large regex on every call.
  MASTER.lastIndex = 0;
  for (let m = MASTER.exec(text); m !== null; m = MASTER.exec(text)) {
    if (m[0].length === 0) {
      MASTER.lastIndex++;
      continue;
    }
    const g = m.groups!;
    const index = m.index;
    const raw = m[0];
    if (g.zy !== undefined || g.iy !== undefined || g.ey !== undefined || g.yy !== undefined) {
      const year = Number(g.zy ?? g.iy ?? g.ey ?? g.yy);
      const monthText = g.zm ?? g.im;
      const month = monthText !== undefined ? Number(monthText) : g.em !== undefined ? monthOf(g.em) : undefined;
      const dayText = g.zd ?? g.id ?? g.ed ?? g.ed2;
      const day = dayText !== undefined ? Number(dayText) : undefined;
      if (!validDate(year, month, day)) continue;
      const date: FigureDate = { year };
      if (month !== undefined) date.month = month;
      if (day !== undefined) date.day = day;
      out.push({ raw, index, kind: "date", value: year, scale: 1, decimals: 0, unit: "", date });
      continue;
    }
    if (g.num !== undefined) {
      const after = text.charCodeAt(index + raw.length);
      // Part of an identifier such as 91330100MA2H or a version number: not a figure.
      if (!g.unit && !g.mult && ((after >= 65 && after <= 90) || (after >= 97 && after <= 122))) continue;
      const digits = g.num.replace(/,/g, "");
      const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
      const multName = g.mult?.trim().toLowerCase();
      const scale = multName ? (MULTIPLIERS[multName] ?? 1) : 1;
      const unitText = g.unit?.trim().toLowerCase() ?? "";
      const percent = /^(?:%|％|percent|per\s?cent)$/.test(unitText);
      const permille = unitText === "‰";
      const currencyText = (g.cur ?? "").trim().toUpperCase() + unitText.toUpperCase();
      const usd = /\$|USD|美元|DOLLAR/.test(currencyText);
      const cny = !usd && /¥|￥|CNY|RMB|人民币|元|YUAN/.test(currencyText);
      const value = Number(digits) * scale;
      // A bare 4-digit number between 1900 and 2100 with no unit is a year ("in 2023").
      if (!g.cur && !g.mult && !unitText && decimals === 0 && !g.num.includes(",") && digits.length === 4 && value >= 1900 && value <= 2100) {
        const unit = unitAfter(text, index + raw.length);
        if (unit === "" || unit === "年") {
          out.push({ raw, index, kind: "date", value, scale: 1, decimals: 0, unit: "", date: { year: value } });
          continue;
        }
      }
      const figure: Figure = {
        raw: raw.trimEnd(),
        index,
        kind: percent || permille ? "percent" : usd || cny ? "money" : "number",
        value,
        scale,
        decimals,
        unit: percent ? "%" : permille ? "‰" : unitText || unitAfter(text, index + raw.length),
      };
      if (usd) figure.currency = "USD";
      else if (cny) figure.currency = "CNY";
      out.push(figure);
      continue;
    }
    if (g.cn !== undefined || g.cnp !== undefined) {
      const value = parseChineseNumeral(g.cn ?? g.cnp!);
      if (value === undefined) continue;
      const unit = g.cnpct ? "%" : unitAfter(text, index + raw.length);
      if (!unit) continue;
      out.push({
        raw: raw + (g.cnpct ? "" : unit),
        index,
        kind: g.cnpct ? "percent" : unit === "元" ? "money" : "number",
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
export function parseAmount(cell: string): { value: number; currency?: "CNY" | "USD" } | undefined {
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
