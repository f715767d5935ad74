// Currencies a proposal may be written in: which one a symbol, code or unit word names, and how to
// write an amount in it. ¥ is both the yuan and the yen; it reads as CNY unless the text around it
// says yen (see budget-table.ts).
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
}[] = [
  { currency: "HKD", signs: ["HK$"], codes: ["HKD"], zhUnits: ["港元", "港币"], enUnits: [], zhBefore: [], otherNames: ["港幣"] },
  { currency: "EUR", signs: ["€"], codes: ["EUR"], zhUnits: ["欧元", "歐元"], enUnits: ["euros", "euro"], zhBefore: [], otherNames: [] },
  { currency: "GBP", signs: ["£"], codes: ["GBP"], zhUnits: ["英镑", "英鎊"], enUnits: [], zhBefore: [], otherNames: [] },
  { currency: "JPY", signs: [], codes: ["JPY"], zhUnits: ["日元", "日圆"], enUnits: ["yen"], zhBefore: [], otherNames: ["日圓", "円"] },
  { currency: "USD", signs: ["US$", "$"], codes: ["USD"], zhUnits: ["美元"], enUnits: ["dollars", "dollar"], zhBefore: [], otherNames: [] },
  { currency: "CNY", signs: ["¥", "￥"], codes: ["CNY", "RMB"], zhUnits: ["元"], enUnits: ["yuan"], zhBefore: ["人民币"], otherNames: [] },
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

const ZH_UNIT: Record<Currency, string> = { CNY: "元", USD: "美元", EUR: "欧元", GBP: "英镑", HKD: "港元", JPY: "日元" };
const EN_SYMBOL: Partial<Record<Currency, string>> = { USD: "$", EUR: "€", GBP: "£", HKD: "HK$" };

/**
 * An amount as a reader of the proposal's language writes it: "1,200 英镑" / "£1,200",
 * "1,200 元" / "CNY 1,200". Without a currency, the number alone.
 */
export function formatMoney(value: number, currency: Currency | string | undefined, language: TextLanguage): string {
  const rounded = Math.round(value * 100) / 100;
  const n = rounded.toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 });
  if (!currency) return n;
  const known = currency as Currency;
  if (language === "zh") return `${n} ${ZH_UNIT[known] ?? currency}`;
  const symbol = EN_SYMBOL[known];
  return symbol ? `${symbol}${n}` : `${currency} ${n}`;
}
