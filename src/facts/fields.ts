// The facts file's vocabulary without zod: languages, budget categories, likelihoods, funding
// statuses and the date pattern, which facts/schema.ts builds its zod schema from and the drafting
// and start-up paths read without building that schema (facts/shape.ts).
import { isCalendarDate } from "./typed.js";

export { KINDS } from "../kinds/index.js";
export const LANGUAGES = ["zh", "en"] as const;
export const BUDGET_CATEGORIES = ["direct", "personnel", "admin", "fundraising", "other"] as const;
export const LIKELIHOODS = ["low", "medium", "high"] as const;
export const FUNDING_STATUSES = ["confirmed", "pending", "planned"] as const;

/** YYYY-MM-DD or YYYY-MM: the precision a proposal really knows. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** False only for a date in the pattern that the calendar does not have (2025-02-30); the pattern says the rest. */
export function inCalendar(text: string): boolean {
  return !DATE_PATTERN.test(text) || isCalendarDate(text);
}
