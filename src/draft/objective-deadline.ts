// The deadline an objective's own words state ("… by March 2027", "2026年6月底前…"), for the
// objectives table when the facts give no `deadline`: the writer said it, so the table shows it
// instead of asking for it again. Only a date the text ties to completion counts (by, before,
// until, no later than; 前, 之前, 以前, 底前); "from April 2026" is a start, not a deadline.
import { MONTH_WORD, readDate } from "../facts/typed.js";

const EN_DEADLINE = new RegExp(String.raw`\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_WORD}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}|\d{4}-\d{1,2}(?:-\d{1,2})?)\b`, "i");
const ZH_DEADLINE = /(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)\s*(?:底|末)?\s*(?:之前|以前|前)/u;

/** The YYYY-MM(-DD) the text gives as its deadline, or undefined. */
export function deadlineInText(text: string): string | undefined {
  const written = EN_DEADLINE.exec(text)?.[1] ?? ZH_DEADLINE.exec(text)?.[1];
  if (written === undefined) return undefined;
  const date = readDate(written.replace(/\s+/g, " ").trim());
  return date.error === undefined ? date.value : undefined;
}
