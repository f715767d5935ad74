// An objective that states its own deadline ("by March 2027", "2026年6月底前") shows it in the
// objectives table instead of asking for it again; a start date or a bare year is no deadline.
import { describe, expect, it } from "vitest";
import { deadlineInText } from "../../src/draft/objective-deadline.js";

describe("deadlineInText", () => {
  it.each([
    ["60 young people complete a 10-week coding course by March 2027", "2027-03"],
    ["Open 12 reading corners before 30 June 2026", "2026-06-30"],
    ["Train 40 volunteers no later than the end of Sept 2026", "2026-09"],
    ["Deliver 5,000 meals by 2026-11", "2026-11"],
    ["2026年6月底前建成12个村级阅读角", "2026-06"],
    ["在2027年3月之前培训志愿者40名", "2027-03"],
  ])("%s → %s", (text, date) => {
    expect(deadlineInText(text)).toBe(date);
  });

  it.each([
    "From April 2026, run weekly coding sessions",
    "Reach 300 children in 2026",
    "2026年3月起每月开展4次周末共读",
    "建成12个村级阅读角",
  ])("%s → none", (text) => {
    expect(deadlineInText(text)).toBeUndefined();
  });
});
