// What the wording checks (placeholders, vague, sentence_length) share: the lines of running text,
// and which section a line is in.
import { allLines } from "../read/proposal.js";
import { isTableLine, type LineRef } from "../read/markdown.js";
import { bodyLines, type CheckContext } from "./context.js";

/** At most this many findings per wording check: a long file with many hits reads better listed in part. */
export const MAX_LISTED = 20;

/** Lines of running text (no tables, headings or blanks) of these sections, else of the whole text. */
export function proseLines(ctx: CheckContext, ids?: readonly string[]): LineRef[] {
  const memo = (ctx.memo.prose ??= new Map());
  const key = ids?.length ? ids.join(",") : "";
  let lines = memo.get(key);
  if (lines === undefined) {
    const all = ids?.length ? bodyLines(ctx, ids) : allLines(ctx.proposal);
    const headingLines = new Set(ctx.proposal.sections.map((s) => s.line));
    lines = all.filter((l) => l.text.length > 0 && !isTableLine(l.text) && !headingLines.has(l.line) && !/^\s{0,3}#/.test(l.text));
    memo.set(key, lines);
  }
  return lines;
}

/** The innermost known section a line is in. */
export function sectionAt(ctx: CheckContext, line: number): string | undefined {
  let id: string | undefined;
  for (const s of ctx.proposal.sections) {
    if (s.id !== undefined && line > s.line && line <= s.end) id = s.id;
  }
  return id;
}

/** The top-level section a line is in ("机构基本信息" under 执行机构介绍 belongs to the latter). */
export function outermostSectionAt(ctx: CheckContext, line: number): string | undefined {
  return ctx.proposal.sections.find((s) => s.id !== undefined && line > s.line && line <= s.end)?.id;
}
