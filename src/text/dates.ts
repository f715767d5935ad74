// The English month names and a date as a proposal writes it: one list for the templates, the Word
// title page, the scorer's key figures and the figure reader.
import type { DocumentLocale } from "../facts/locale.js";

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * 2025-03 → 2025年3月 / March 2025; 2025-03-15 → 2025年3月15日, March 15, 2025 ("en", "en-US") or
 * 15 March 2025 ("en-GB"): pass the document's locale (facts.derived.locale) for English.
 */
export function formatDate(date: string, lang: "zh" | "en" | DocumentLocale): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (lang.startsWith("zh")) return d ? `${y}年${month}月${Number(d)}日` : `${y}年${month}月`;
  if (!d) return `${MONTHS[month - 1]} ${y}`;
  return lang === "en-GB" ? `${Number(d)} ${MONTHS[month - 1]} ${y}` : `${MONTHS[month - 1]} ${Number(d)}, ${y}`;
}
