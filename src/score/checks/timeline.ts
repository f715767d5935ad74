// The timeline: activities carry dates, the project period is stated, and every dated activity
// falls inside the period (from the facts file when given, else as the proposal states it).
import type { FigureDate } from "../../text/numbers.js";
import type { CheckSpec } from "../rubric/schema.js";
import { absentSections, bodyLines, finding, headingLine, type CheckContext, type Finding } from "./context.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

const monthIndex = (d: FigureDate) => d.year * 12 + (d.month ?? 1) - 1;

export function showDate(d: FigureDate, language: "zh" | "en"): string {
  if (language === "zh") return `${d.year}年${d.month !== undefined ? `${d.month}月` : ""}`;
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return d.month !== undefined ? `${names[d.month - 1]} ${d.year}` : String(d.year);
}

export function timelineCheck(ctx: CheckContext, _spec: Spec<"timeline">): Finding[] {
  const missing = absentSections(ctx);
  if (missing.length > 0) return missing;
  const lines = bodyLines(ctx);
  const dated = lines.flatMap((l) => ctx.analysis.figures(l).filter((f) => f.kind === "date" && f.date!.month !== undefined).map((f) => ({ line: l.line, figure: f })));
  const out: Finding[] = [];
  const at = headingLine(ctx);
  if (dated.length === 0) {
    out.push(
      finding(ctx, 0.5, "warning", at,
        [`实施计划没有具体时间。`, `The work plan has no dates.`],
        [`为每项活动写明起止时间（年月），或附上时间进度表。`, `Give each activity a start and end month, or add a timeline table.`]),
    );
  }
  const period = ctx.analysis.period();
  if (!period) {
    out.push(
      finding(ctx, 0.3, "warning", headingLine(ctx, ["summary", ...ctx.sections]),
        [`没有写明项目周期（起止时间）。`, `The project period (start and end) is not stated.`],
        [`在项目概述中写明「项目周期：2025年3月至2026年2月」这样的起止时间。`, `State the period in the summary, e.g. "Project period: March 2025 to February 2026".`],
        "summary"),
    );
    return out;
  }
  const from = monthIndex(period.start);
  const to = monthIndex(period.end);
  const range = `${showDate(period.start, ctx.language)}—${showDate(period.end, ctx.language)}`;
  let outside = 0;
  for (const { line, figure } of dated) {
    const m = monthIndex(figure.date!);
    if (m >= from && m <= to) continue;
    if (++outside > 10) break;
    out.push(
      finding(ctx, 0.25, "error", line,
        [`时间「${figure.raw}」在项目周期（${range}）之外。`, `The date "${figure.raw}" falls outside the project period (${range}).`],
        [`把这项活动安排在项目周期内，或相应调整项目周期。`, `Move this activity inside the project period, or change the period.`]),
    );
  }
  return out;
}
