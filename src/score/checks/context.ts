// What every check receives, and the finding it returns. A check is a pure function of the parsed
// proposal (plus facts when given) and its parameters from the rubric.
import type { LoadedFacts } from "../../facts/load.js";
import type { Analysis } from "../analysis.js";
import { linesOf, sectionsWithId, type Proposal } from "../proposal.js";
import { sectionTitle } from "../aliases.js";
import type { LineRef } from "../markdown.js";
import type { Language, Severity } from "../types.js";

export interface Finding {
  /** Share of the check's points this finding costs (0–1); the engine turns it into points. */
  loss: number;
  severity: Severity;
  message: string;
  suggestion: string;
  line: number;
  section?: string;
}

export interface CheckContext {
  proposal: Proposal;
  language: Language;
  facts?: LoadedFacts;
  /** Sections the check looks at (the check's own, else its criterion's). */
  sections: string[];
  /** Expected order of sections, to say where a missing one belongs. */
  order: readonly string[];
  analysis: Analysis;
}

/** The proposal's language picks the text. */
export function say(ctx: Pick<CheckContext, "language">, zh: string, en: string): string {
  return ctx.language === "zh" ? zh : en;
}

export function present(ctx: CheckContext, id: string): boolean {
  return sectionsWithId(ctx.proposal, id).length > 0;
}

export function bodyLines(ctx: CheckContext, ids: readonly string[] = ctx.sections): LineRef[] {
  return linesOf(ctx.proposal, ids);
}

/** The line where a missing section belongs: the last line of the section before it in the order. */
export function insertionLine(ctx: CheckContext, id: string): number {
  const at = ctx.order.indexOf(id);
  for (let k = at - 1; k >= 0; k--) {
    const before = sectionsWithId(ctx.proposal, ctx.order[k]!);
    if (before.length > 0) {
      const last = before[before.length - 1]!;
      let end = last.end;
      while (end > last.start && ctx.proposal.lines[end - 1]!.trim() === "") end--;
      return Math.max(last.line, end);
    }
  }
  const first = ctx.proposal.sections.find((s) => s.id !== undefined);
  return first ? Math.max(1, first.line - 1) : 1;
}

/** The heading line of the first section with one of these ids, or 1. */
export function headingLine(ctx: CheckContext, ids: readonly string[] = ctx.sections): number {
  for (const id of ids) {
    const s = sectionsWithId(ctx.proposal, id)[0];
    if (s) return s.line;
  }
  return 1;
}

/** One finding per missing section; the same text the `section` check gives, so the engine merges them. */
export function missingSections(ctx: CheckContext, ids: readonly string[] = ctx.sections): Finding[] {
  if (ids.length === 0 || ids.some((id) => present(ctx, id))) return [];
  const id = ids[0]!;
  const title = sectionTitle(id, ctx.language);
  return [
    {
      loss: 1,
      severity: "error",
      message: say(ctx, `缺少「${title}」部分。`, `The "${title}" section is missing.`),
      suggestion: say(
        ctx,
        `在此处之后新增一节「${title}」，按评审要点写清内容。`,
        `Add a "${title}" section after this line, covering what reviewers look for in it.`,
      ),
      line: insertionLine(ctx, id),
      section: id,
    },
  ];
}

export function finding(
  ctx: CheckContext,
  loss: number,
  severity: Severity,
  line: number,
  message: [string, string],
  suggestion: [string, string],
  section?: string,
): Finding {
  const f: Finding = { loss, severity, line, message: say(ctx, ...message), suggestion: say(ctx, ...suggestion) };
  const s = section ?? ctx.sections[0];
  if (s !== undefined) f.section = s;
  return f;
}

export function fmt(n: number, language: Language): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded.toLocaleString(language === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 2 });
}

/** A short quote of a line for messages. */
export function quote(text: string, max = 24): string {
  const t = text.replace(/\s+/g, " ").replace(/[|*#>]/g, "").trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : t;
}
