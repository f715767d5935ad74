// Currencies a proposal may be written in: which one a symbol, code or unit word names, and how to
// write an amount in it. ¥ is both the yuan and the yen; it reads as CNY unless the text around it
// says yen (see budget-table.ts).
import type { TextLanguage } from "./language.js";

export type Currency = "CNY" | "USD" | "EUR" | "GBP" | "HKD" | "JPY";

/** The currency a symbol, code or unit word names ("HK$", "£", "GBP", "英镑", "元"); undefined when none. */
export function currencyOf(text: string): Currency | undefined {
  // Every money figure asks, and the texts are few (元, 万元, $, USD…): each is answered once.
  if (known.has(text)) return known.get(text);
  const t = text.toUpperCase();
  // The order matters: HK$ and US$ before $, 港元/美元/欧元/日元 before 元.
  const currency = NAMES.find(([, re]) => re.test(t))?.[0];
  if (known.size >= 256) known.clear();
  known.set(text, currency);
  return currency;
}

const known = new Map<string, Currency | undefined>();
const NAMES: readonly (readonly [Currency, RegExp])[] = [
  ["HKD", /HK\$|HKD|港元|港币|港幣/],
  ["EUR", /€|EUR|欧元|歐元/],
  ["GBP", /£|GBP|英镑|英鎊/],
  ["JPY", /JPY|日元|日圆|日圓|円|YEN/],
  ["USD", /\$|USD|美元|DOLLAR/],
  ["CNY", /[¥￥]|CNY|RMB|人民币|元|YUAN/],
];

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
