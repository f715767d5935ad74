// Figures as messages show them: numbers in the reader's locale, month dates.
import { MONTHS } from "../../text/dates.js";
import { formatDecimal } from "../../text/decimal.js";
import type { FigureDate } from "../../text/numbers.js";
import type { Language } from "../types.js";

/** A number as both locales write it (zh-CN and en-US agree: "1,234.5"; see text/decimal.ts). */
export function fmt(n: number, _language: Language): string {
  return formatDecimal(Math.round(n * 100) / 100, 0, 2);
}


export function showDate(d: FigureDate, language: Language): string {
  if (language === "zh") return `${d.year}年${d.month !== undefined ? `${d.month}月` : ""}`;
  return d.month !== undefined ? `${MONTHS[d.month - 1]} ${d.year}` : String(d.year);
}
