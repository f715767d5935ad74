// What the wording checks (placeholders, vague, sentence_length) share: the lines of running text,
// and which section a line is in.
import { allLines, type Section } from "../read/proposal.js";
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
  return (ctx.memo.innermost ??= sectionOfEachLine(ctx.proposal.sections, "innermost"))[line];
}

/** The top-level section a line is in ("机构基本信息" under 执行机构介绍 belongs to the latter). */
export function outermostSectionAt(ctx: CheckContext, line: number): string | undefined {
  return (ctx.memo.outermost ??= sectionOfEachLine(ctx.proposal.sections, "outermost"))[line];
}

/**
 * sectionAtReference (or outermostSectionAtReference) for every line at once, by line number: the
 * checks ask for each line of a file, and a scan of every section per line made a file of 40,000
 * sections quadratic. Sections nest (one ends before the next of its rank or higher), so filling each
 * one's lines costs the lines times the depth of headings.
 */
export function sectionOfEachLine(sections: readonly Section[], which: "innermost" | "outermost"): Array<string | undefined> {
  const table: Array<string | undefined> = [];
  for (const s of sections) {
    if (s.id === undefined) continue;
    for (let line = table.length; line <= s.end; line++) table.push(undefined);
    for (let line = s.line + 1; line <= s.end; line++) if (which === "innermost" || table[line] === undefined) table[line] = s.id;
  }
  return table;
}

/** The plain twin of sectionAt: the last section in order that holds the line. */
export function sectionAtReference(sections: readonly Section[], line: number): string | undefined {
  let id: string | undefined;
  for (const s of sections) {
    if (s.id !== undefined && line > s.line && line <= s.end) id = s.id;
  }
  return id;
}

/** The plain twin of outermostSectionAt: the first section in order that holds the line. */
export function outermostSectionAtReference(sections: readonly Section[], line: number): string | undefined {
  return sections.find((s) => s.id !== undefined && line > s.line && line <= s.end)?.id;
}
