// Currencies a proposal may be written in: which one a symbol, code or unit word names, and how to
// write an amount in it. Every amount grantsmith writes (drafts' tables and prompts, score reports
// and findings) goes through formatMoney here. ¥ is both the yuan and the yen; it reads as CNY
// unless the text around it says yen (see budget-table.ts).
import type { TextLanguage } from "./language.js";

export type Currency = "CNY" | "USD" | "EUR" | "GBP" | "HKD" | "JPY";

interface CurrencyNames {
  code: Currency;
  /** What names it in a text, upper-cased: a sign, the code, the unit words. */
  names: RegExp;
  /** The unit a Chinese text writes after an amount. */
  zh: string;
  /** The sign an English text writes before an amount; JPY has none (¥ reads as the yuan). */
  sign?: string;
}

// The order matters for reading: HK$ and US$ before $, 港元/美元/欧元/日元 before 元.
const CURRENCIES: readonly CurrencyNames[] = [
  { code: "HKD", names: /HK\$|HKD|港元|港币|港幣/, zh: "港元", sign: "HK$" },
  { code: "EUR", names: /€|EUR|欧元|歐元/, zh: "欧元", sign: "€" },
  { code: "GBP", names: /£|GBP|英镑|英鎊/, zh: "英镑", sign: "£" },
  { code: "JPY", names: /JPY|日元|日圆|日圓|円|YEN/, zh: "日元" },
  { code: "USD", names: /\$|USD|美元|DOLLAR/, zh: "美元", sign: "$" },
  { code: "CNY", names: /[¥￥]|CNY|RMB|人民币|元|YUAN/, zh: "元" },
];
const BY_CODE = new Map<string, CurrencyNames>(CURRENCIES.map((c) => [c.code, c]));
// A facts file may say RMB for the yuan; Chinese text writes it 元, English keeps the code as given.
BY_CODE.set("RMB", { ...BY_CODE.get("CNY")!, code: "CNY" });

/** The currency a symbol, code or unit word names ("HK$", "£", "GBP", "英镑", "元"); undefined when none. */
export function currencyOf(text: string): Currency | undefined {
  // Every money figure asks, and the texts are few (元, 万元, $, USD…): each is answered once.
  if (known.has(text)) return known.get(text);
  const t = text.toUpperCase();
  const currency = CURRENCIES.find((c) => c.names.test(t))?.code;
  if (known.size >= 256) known.clear();
  known.set(text, currency);
  return currency;
}

const known = new Map<string, Currency | undefined>();

/**
 * How a kind of text writes amounts. Drafts and reports have always differed, and each keeps its
 * own look:
 * - "document", a draft's tables and prose and the prompts' facts: cents always, 元 right after the
 *   number, and in English only the one-character signs ("12,000.00元", "$12,000.00", "HKD 12,000.00");
 * - "report", score reports and findings: cents only when there are some, a space before the unit,
 *   every sign ("12,000 元", "HK$12,000", "$1,234.5").
 */
export type MoneyStyle = "document" | "report";

const STYLES: Record<MoneyStyle, { cents: "always" | "when-any"; zhGap: string; longSigns: boolean }> = {
  document: { cents: "always", zhGap: "", longSigns: false },
  report: { cents: "when-any", zhGap: " ", longSigns: true },
};

/** 1234567.5 → "1,234,567.50": two decimals, for table cells whose header names the currency. */
export function formatAmount(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function digits(value: number, style: MoneyStyle): string {
  if (STYLES[style].cents === "always") return formatAmount(value);
  // Rounded to the cent first, as reports always have, then written without trailing zeros.
  return (Math.round(value * 100) / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** The sign English writes before an amount, when the style uses it: "$", "HK$" (reports only). */
function englishSign(known: CurrencyNames | undefined, style: MoneyStyle): string | undefined {
  const sign = known?.sign;
  return sign && (sign.length === 1 || STYLES[style].longSigns) ? sign : undefined;
}

/**
 * The unit an amount is written with: 元 / 美元 in Chinese, the sign or the code in English
 * ("$", "CNY"); a currency grantsmith does not know, by its code.
 */
export function currencyUnit(currency: string, language: TextLanguage, style: MoneyStyle = "document"): string {
  const code = currency.toUpperCase();
  const known = BY_CODE.get(code);
  if (language === "zh") return known?.zh ?? code;
  return englishSign(known, style) ?? code;
}

/**
 * An amount as a reader of the language writes it, in the style of the text it goes into:
 * "12,000.00元" / "$12,000.00" in a draft, "12,000 元" / "HK$12,000" in a report. Without a
 * currency, the number alone; a currency grantsmith does not know, by its code.
 */
export function formatMoney(value: number, currency: string | undefined, language: TextLanguage, style: MoneyStyle): string {
  if (value < 0) return `-${formatMoney(-value, currency, language, style)}`;
  const n = digits(value, style);
  if (!currency) return n;
  const code = currency.toUpperCase();
  const known = BY_CODE.get(code);
  if (language === "zh") return known ? `${n}${STYLES[style].zhGap}${known.zh}` : `${n} ${code}`;
  const sign = englishSign(known, style);
  return sign ? `${sign}${n}` : `${code} ${n}`;
}
