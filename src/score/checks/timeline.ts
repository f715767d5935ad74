// timeline: activities carry dates, the project period is stated, and every dated activity falls
// inside the period (from the facts file when given, else as the proposal states it).
import type { FigureDate } from "../../text/numbers.js";
import { showDate } from "../analysis/show.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine } from "./context.js";

const monthIndex = (d: FigureDate) => d.year * 12 + (d.month ?? 1) - 1;

type Outside = { raw: string; start: FigureDate; end: FigureDate };

/** What is done before a project starts, or has already happened. */
const BEFORE_START = /基线|前期|筹备|摸底|申报|立项|已于|已经|曾经|以来|启动前|baseline|prepar|preliminary|pre-project|inception|since|already|previous|last year|ago\b|before the project/i;
/** What follows a project's end: the final audit or report. */
const AFTER_END = /结项|审计|总结报告|终期报告|结束后|final report|final evaluation|audit|after the project|post-project/i;

export const timelineCheck = defineCheck({
  type: "timeline",
  description: "Activities are dated, the project period is stated, and every date falls inside it",
  options: () => ({}),
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
  needs: { text: "any", keyFigure: "period" },
  run(ctx) {
    const dated = bodyLines(ctx).flatMap((l) =>
      ctx.analysis.figures(l).filter((f) => f.kind === "date" && f.date!.month !== undefined).map((f) => ({ line: l.line, figure: f })),
    );
    const out = [];
    if (dated.length === 0) out.push({ message: "noDates", loss: 0.5, line: headingLine(ctx) } as const);
    const period = ctx.analysis.period();
    if (!period) {
      out.push({ message: "noPeriod", loss: 0.3, line: headingLine(ctx, ["summary", ...ctx.sections]), section: "summary" } as const);
      return out;
    }
    const from = monthIndex(period.start);
    const to = monthIndex(period.end);
    let outside = 0;
    const text = new Map(bodyLines(ctx).map((l) => [l.line, l.text]));
    for (const { line, figure } of dated) {
      const m = monthIndex(figure.date!);
      if (m >= from && m <= to) continue;
      // A baseline survey or preparation before the start, a final audit or report after the end,
      // and what already happened are not activities of the period.
      const said = text.get(line) ?? "";
      if (m < from && BEFORE_START.test(said)) continue;
      if (m > to && AFTER_END.test(said)) continue;
      if (++outside > 10) break;
      out.push({ message: "outside", params: { raw: figure.raw, start: period.start, end: period.end }, loss: 0.25, line } as const);
    }
    return out;
  },
});
