// Currencies a proposal may be written in: which one a symbol, code or unit word names, and how to
// write an amount in it. Every amount grantsmith writes (drafts' tables and prompts, score reports
// and findings) goes through formatMoney here. ¥ is both the yuan and the yen; it reads as CNY
// unless the text around it says yen (see budget-table.ts).
import { formatDecimal } from "./decimal.js";
import type { TextLanguage } from "./language.js";

export type Currency = "CNY" | "USD" | "EUR" | "GBP" | "HKD" | "JPY";

/**
 * How each currency is written, once for every reader: the figure pattern of numbers.ts reads the
 * signs and codes before an amount and the units after it; currencyOf reads all of them. The order
 * is currencyOf's: HK$ and US$ before $, 港元/美元/欧元/日元 before 元.
 */
export const CURRENCY_SPELLINGS: readonly {
  currency: Currency;
  /** Signs before an amount. */
  signs: readonly string[];
  /** ISO codes (and RMB), before or after an amount. */
  codes: readonly string[];
  /** Chinese unit words after an amount. */
  zhUnits: readonly string[];
  /** English unit words after an amount. */
  enUnits: readonly string[];
  /** Chinese names before an amount. */
  zhBefore: readonly string[];
  /** Names currencyOf knows besides those (traditional characters…), which figures do not read. */
  otherNames: readonly string[];
  /** How an amount is written: the unit after it in Chinese, the sign before it in English (none: the code). */
  written: { zh: string; sign?: string };
}[] = [
  { currency: "HKD", signs: ["HK$"], codes: ["HKD"], zhUnits: ["港元", "港币"], enUnits: [], zhBefore: [], otherNames: ["港幣"], written: { zh: "港元", sign: "HK$" } },
  { currency: "EUR", signs: ["€"], codes: ["EUR"], zhUnits: ["欧元", "歐元"], enUnits: ["euros", "euro"], zhBefore: [], otherNames: [], written: { zh: "欧元", sign: "€" } },
  { currency: "GBP", signs: ["£"], codes: ["GBP"], zhUnits: ["英镑", "英鎊"], enUnits: [], zhBefore: [], otherNames: [], written: { zh: "英镑", sign: "£" } },
  { currency: "JPY", signs: [], codes: ["JPY"], zhUnits: ["日元", "日圆"], enUnits: ["yen"], zhBefore: [], otherNames: ["日圓", "円"], written: { zh: "日元" } },
  { currency: "USD", signs: ["US$", "$"], codes: ["USD"], zhUnits: ["美元"], enUnits: ["dollars", "dollar"], zhBefore: [], otherNames: [], written: { zh: "美元", sign: "$" } },
  { currency: "CNY", signs: ["¥", "￥"], codes: ["CNY", "RMB"], zhUnits: ["元"], enUnits: ["yuan"], zhBefore: ["人民币"], otherNames: [], written: { zh: "元" } },
];

/** A regex alternative for each of the words, longest first, so none is cut short by a shorter one. */
export function alternatives(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&")).join("|");
}

/** The currency a symbol, code or unit word names ("HK$", "£", "GBP", "英镑", "元"); undefined when none. */
export function currencyOf(text: string): Currency | undefined {
  // Every money figure asks, and the texts are few (元, 万元, $, USD…): each is answered once.
  if (known.has(text)) return known.get(text);
  const currency = currencyOfReference(text);
  if (known.size >= 256) known.clear();
  known.set(text, currency);
  return currency;
}

/** currencyOf without the memory of earlier answers: the first currency with a name in the text. */
export function currencyOfReference(text: string): Currency | undefined {
  const t = text.toUpperCase();
  return NAMES.find(([, re]) => re.test(t))?.[0];
}

const known = new Map<string, Currency | undefined>();
const NAMES: readonly (readonly [Currency, RegExp])[] = CURRENCY_SPELLINGS.map(({ currency, signs, codes, zhUnits, enUnits, zhBefore, otherNames }) => [
  currency,
  new RegExp(alternatives([...signs, ...codes, ...zhUnits, ...enUnits.map((word) => word.toUpperCase()), ...zhBefore, ...otherNames])),
]);

type Spelling = (typeof CURRENCY_SPELLINGS)[number];
const BY_CODE = new Map<string, Spelling>(CURRENCY_SPELLINGS.map((c) => [c.currency, c]));
// A facts file may say RMB for the yuan; Chinese text writes it 元, English keeps the code as given.
BY_CODE.set("RMB", BY_CODE.get("CNY")!);

/**
 * How a kind of text writes amounts. Drafts and reports have always differed, and each keeps its
 * own look:
 * - "document", a draft's tables and prose and the prompts' facts: cents always, 元 right after the
 *   number, and in English only the one-character signs ("12,000.00元", "$12,000.00", "HKD 12,000.00");
 * - "report", score reports and findings: cents only when there are some, a space before the unit,
 *   every sign ("12,000 元", "HK$12,000", "$1,234.5");
 * - "prose", the amounts a draft's offline sentences name ({{moneyText}}): whole units, 万 from
 *   10,000 up in Chinese, 约 / "about" when rounded ("116.7万元", "约5835元", "about $382").
 */
export type MoneyStyle = "document" | "report" | "prose";

type FigureStyle = Exclude<MoneyStyle, "prose">;

const STYLES: Record<FigureStyle, { cents: "always" | "when-any"; zhGap: string; longSigns: boolean }> = {
  document: { cents: "always", zhGap: "", longSigns: false },
  report: { cents: "when-any", zhGap: " ", longSigns: true },
};

/** 1234567.5 → "1,234,567.50": two decimals, for table cells whose header names the currency. */
export function formatAmount(value: number): string {
  return formatDecimal(value, 2, 2);
}

function digits(value: number, style: FigureStyle): string {
  if (STYLES[style].cents === "always") return formatAmount(value);
  // Rounded to the cent first, as reports always have, then written without trailing zeros.
  return formatDecimal(Math.round(value * 100) / 100, 0, 2);
}

/** The sign English writes before an amount, when the style uses it: "$", "HK$" (reports only). */
function englishSign(known: Spelling | undefined, style: FigureStyle): string | undefined {
  const sign = known?.written.sign;
  return sign && (sign.length === 1 || STYLES[style].longSigns) ? sign : undefined;
}

/**
 * The unit an amount is written with: 元 / 美元 in Chinese, the sign or the code in English
 * ("$", "CNY"); a currency grantsmith does not know, by its code.
 */
export function currencyUnit(currency: string, language: TextLanguage, style: FigureStyle = "document"): string {
  const code = currency.toUpperCase();
  const known = BY_CODE.get(code);
  if (language === "zh") return known?.written.zh ?? code;
  return englishSign(known, style) ?? code;
}

/**
 * An amount as a reader of the language writes it, in the style of the text it goes into:
 * "12,000.00元" / "$12,000.00" in a draft's tables, "12,000 元" / "HK$12,000" in a report,
 * "1.2万元" / "$12,000" in a draft's sentences. Without a currency, the number alone; a currency
 * grantsmith does not know, by its code.
 */
export function formatMoney(value: number, currency: string | undefined, language: TextLanguage, style: MoneyStyle): string {
  if (style === "prose") return proseMoney(value, currency, language);
  if (value < 0) return `-${formatMoney(-value, currency, language, style)}`;
  const n = digits(value, style);
  if (!currency) return n;
  const code = currency.toUpperCase();
  const known = BY_CODE.get(code);
  if (language === "zh") return known ? `${n}${STYLES[style].zhGap}${known.written.zh}` : `${n} ${code}`;
  const sign = englishSign(known, style);
  return sign ? `${sign}${n}` : `${code} ${n}`;
}

/** The "prose" style: rounded to whole units (to hundreds in 万), saying so with 约 / "about". */
function proseMoney(value: number, currency: string | undefined, language: TextLanguage): string {
  if (language === "zh") {
    const unit = currency ? currencyUnit(currency, "zh") : "";
    if (value >= 10000) {
      const hundreds = Math.round(value / 100);
      return `${hundreds * 100 === value ? "" : "约"}${hundreds / 100}万${unit}`;
    }
    const whole = Math.round(value);
    return `${whole === value ? "" : "约"}${whole}${unit}`;
  }
  const whole = Math.round(value);
  const text = formatMoney(whole, currency, "en", "report");
  return whole === value ? text : `about ${text}`;
}
