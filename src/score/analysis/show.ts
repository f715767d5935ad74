// Figures as messages show them: numbers in the reader's locale, month dates.
import type { FigureDate } from "../../text/numbers.js";
import type { Language } from "../types.js";

export function fmt(n: number, language: Language): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded.toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 });
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function showDate(d: FigureDate, language: Language): string {
  if (language === "zh") return `${d.year}年${d.month !== undefined ? `${d.month}月` : ""}`;
  return d.month !== undefined ? `${MONTHS[d.month - 1]} ${d.year}` : String(d.year);
}
