// A date as the proposal writes it, in its locale: the templates, the Word title page and the
// scorer's key figures share one month list and one format.
import { describe, expect, it } from "vitest";
import { formatDate, MONTHS } from "../../src/text/dates.js";
import { MONTHS as FIGURE_MONTHS } from "../../src/text/figure-pattern.js";

describe("formatDate", () => {
  it.each([
    ["2026-12-04", "zh", "2026年12月4日"],
    ["2026-12", "zh-CN", "2026年12月"],
    ["2026-12-04", "en-GB", "4 December 2026"],
    ["2026-12-04", "en-US", "December 4, 2026"],
    ["2026-12-04", "en", "December 4, 2026"],
    ["2026-03", "en-GB", "March 2026"],
    ["not a date", "en", "not a date"],
  ] as const)("%s in %s → %s", (date, lang, shown) => {
    expect(formatDate(date, lang)).toBe(shown);
  });

  it("the figure reader reads the months the writer writes", () => {
    expect(FIGURE_MONTHS).toBe(MONTHS);
  });
});
