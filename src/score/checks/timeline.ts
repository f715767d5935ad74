// timeline: activities carry dates, the project period is stated, and every dated activity falls
// inside the period (from the facts file when given, else as the proposal states it).
import type { FigureDate } from "../../text/numbers.js";
import { showDate } from "../analysis/show.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine } from "./context.js";
import { wordPattern, type PatternShape } from "../words/lists.js";
import { zhNumber } from "../../text/heading-marks.js";

const monthIndex = (d: FigureDate) => d.year * 12 + (d.month ?? 1) - 1;

type Outside = { raw: string; start: FigureDate; end: FigureDate };


/**
 * A place in a schedule without a calendar year: relative ("Week 1-4", "Month 2", "Q3", "T0+3—5周",
 * "第4-5个月", "第一阶段（1-2月）") or a date without its year ("3月1日—4月30日", "3-4月"). A work plan
 * written so has a timeline, though not one the period can check.
 */
const SCHEDULE_MARK = new RegExp(
  String.raw`\b(?:weeks?|months?|quarters?|sprints?|days?)\s*#?\s*\d{1,2}(?:\s*[-–—~]\s*\d{1,2})?\b|\b[WMQ]\d{1,2}\s*[-–—]\s*[WMQ]?\d{1,2}\b|\bQ[1-4]\b|第\s*${zhNumber({ digits: true })}(?:\s*[-–—~至到]\s*${zhNumber({ digits: true })})?\s*个?(?:周|月|季度|天)|(?:T0\s*\+\s*)?\d{1,2}\s*[-–—~至到]\s*\d{1,2}\s*周|T0\s*\+\s*\d{1,2}\s*周|(?<![\d年.])\d{1,2}\s*(?:[-–—~至到]\s*\d{1,2}\s*)?月(?:份|\s*\d{1,2}\s*[日号]|[上中下]旬)?(?![份内底]|以[内来])`,
  "i",
);
/** A date without its year, the month named in English: "May 25 - June 25", "5 May". */
const YEARLESS_DATE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*\d{4})|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

/** What a duration says: "Estimated duration: 6 weeks" (a duration_labels word), "(3 weeks)", "预计用时：2周". */
const DURATION: PatternShape = (labels) => String.raw`(?:${labels})[^:：\n]{0,12}[:：]\s*\d|[(（]\s*\d{1,2}\s*(?:weeks?|months?|days?|周|个月|天)\s*[)）]`;

export const timelineCheck = defineCheck({
  type: "timeline",
  description: "Activities are dated, the project period is stated, and every date falls inside it",
  options: ({ words }) => ({ words: words("before_start", "after_end", "duration_labels") }),
  messages: {
    noDates: message("warning", {
      zh: { message: `实施计划没有具体时间。`, suggestion: `为每项活动写明起止时间（年月），或附上时间进度表。` },
      en: { message: `The work plan has no dates.`, suggestion: `Give each activity a start and end month, or add a timeline table.` },
    }),
    noPeriod: message("warning", {
      zh: { message: `没有写明项目周期（起止时间）。`, suggestion: `在项目概述中写明「项目周期：2025年3月至2026年2月」这样的起止时间。` },
      en: { message: `The project period (start and end) is not stated.`, suggestion: `State the period in the summary, e.g. "Project period: March 2025 to February 2026".` },
    }),
    outside: message<Outside>("error", {
      zh: { message: (p) => `时间「${p.raw}」在项目周期（${showDate(p.start, "zh")}—${showDate(p.end, "zh")}）之外。`, suggestion: `把这项活动安排在项目周期内，或相应调整项目周期。` },
      en: {
        message: (p) => `The date "${p.raw}" falls outside the project period (${showDate(p.start, "en")}—${showDate(p.end, "en")}).`,
        suggestion: `Move this activity inside the project period, or change the period.`,
      },
    }),
  },
  // The period is stated wherever the proposal gives its dates: its finding names no section.
  needs: { text: "any", keyFigure: { figure: "period" } },
  run(ctx, options) {
    const dated = bodyLines(ctx).flatMap((l) =>
      ctx.analysis.figures(l).filter((f) => f.kind === "date" && f.date!.month !== undefined).map((f) => ({ line: l.line, figure: f })),
    );
    const out = [];
    if (dated.length === 0) {
      // A relative schedule or dates without a year are a timeline; durations alone half of one.
      const lines = bodyLines(ctx);
      const duration = wordPattern("duration_labels", options.words, DURATION);
      const loss = lines.some((l) => SCHEDULE_MARK.test(l.text) || YEARLESS_DATE.test(l.text)) ? 0 : lines.some((l) => duration.test(l.text)) ? 0.25 : 0.5;
      if (loss > 0) out.push({ message: "noDates", loss, line: headingLine(ctx) } as const);
    }
    const period = ctx.analysis.period();
    if (!period) {
      out.push({ message: "noPeriod", loss: 0.3, line: headingLine(ctx, ["summary", ...ctx.sections]), section: "summary" } as const);
      return out;
    }
    const from = monthIndex(period.start);
    const to = monthIndex(period.end);
    let outside = 0;
    const text = new Map(bodyLines(ctx).map((l) => [l.line, l.text]));
    // What is done before a project starts (or has already happened), and what follows its end.
    const beforeStart = wordPattern("before_start", options.words);
    const afterEnd = wordPattern("after_end", options.words);
    for (const { line, figure } of dated) {
      const m = monthIndex(figure.date!);
      if (m >= from && m <= to) continue;
      // A baseline survey or preparation before the start, a final audit or report after the end,
      // and what already happened are not activities of the period.
      const said = text.get(line) ?? "";
      if (m < from && beforeStart.test(said)) continue;
      if (m > to && afterEnd.test(said)) continue;
      if (++outside > 10) break;
      out.push({ message: "outside", params: { raw: figure.raw, start: period.start, end: period.end }, loss: 0.25, line } as const);
    }
    return out;
  },
});
