// What every check receives, and the finding the engine makes of what it reports. A check is a
// pure function of the parsed proposal (plus facts when given) and its options from the rubric.
import type { LoadedFacts } from "../../facts/load.js";
import type { Analysis } from "../analysis/analysis.js";
import { linesOf, sectionsWithId, type Proposal } from "../read/proposal.js";
import type { LineRef } from "../read/markdown.js";
import { withoutCopies } from "./copies.js";
import type { FindingOrigin, Language, Severity } from "../types.js";

/** A finding with its text, as the engine scores it. */
export interface Finding {
  /** Share of the check's points this finding costs (0–1); the engine turns it into points. */
  loss: number;
  severity: Severity;
  message: string;
  suggestion: string;
  line: number;
  section?: string;
  /** Set when the finding makes the proposal not ready to submit (the module lists its message in `blocks`). */
  blocks?: true;
  /** The report it was made from (see check.ts findingOf); absent for a key figure's disagreement with the facts. */
  origin?: FindingOrigin;
}

/**
 * What checks work out about one proposal's text and share (a section counted by the section and
 * the length_limit checks, the prose lines the vague and sentence checks read): kept with the
 * scoring of that proposal, not with the parsed proposal.
 */
export interface CheckMemo {
  /** Whether a section (by id) holds any written text (see hasText). */
  written: Map<string, boolean> | undefined;
  /** Missing and empty sections by the ids a whole-text check covers (see sections-needed.ts). */
  coverage: Map<string, Finding[]> | undefined;
  /** Counts of section text by section id and unit. */
  counts: Map<string, number> | undefined;
  /** Text of a section by id for counting: plain (by id) and as written (by "written\u0000" + id). */
  plain: Map<string, string> | undefined;
  /** Lines of running text by section ids (see proseLines). */
  prose: Map<string, LineRef[]> | undefined;
  /** The innermost and the outermost known section of each line, by line number (see sectionAt). */
  innermost: Array<string | undefined> | undefined;
  outermost: Array<string | undefined> | undefined;
}

export function createCheckMemo(): CheckMemo {
  // Every slot is there from the start, so all memos share one shape.
  return { written: undefined, coverage: undefined, counts: undefined, plain: undefined, prose: undefined, innermost: undefined, outermost: undefined };
}

export interface CheckContext {
  proposal: Proposal;
  language: Language;
  facts?: LoadedFacts | undefined;
  /** Sections the check looks at (the check's own, else its criterion's). */
  sections: readonly string[];
  /** Expected order of sections, to say where a missing one belongs. */
  order: readonly string[];
  /** Every section the rubric's criteria look at, in order (what a whole-text check covers). */
  expected: readonly string[];
  analysis: Analysis;
  memo: CheckMemo;
  /** The rubric's kind of proposal, whose headings name the sections in messages (undefined for "any"). */
  kind?: string | undefined;
}

export function present(ctx: CheckContext, id: string): boolean {
  return sectionsWithId(ctx.proposal, id).length > 0;
}

export function bodyLines(ctx: CheckContext, ids: readonly string[] = ctx.sections): LineRef[] {
  return withoutCopies(ctx.proposal, linesOf(ctx.proposal, ids));
}

/** The heading line of the first section with one of these ids, or 1. */
export function headingLine(ctx: CheckContext, ids: readonly string[] = ctx.sections): number {
  for (const id of ids) {
    const s = sectionsWithId(ctx.proposal, id)[0];
    if (s) return s.line;
  }
  return 1;
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

const WRITTEN = /[\p{L}\p{N}]/u;
const ATX_MARK = /^\s{0,3}#/;

/**
 * Whether a section holds any text of its own: not only its heading, sub-headings, markup and
 * placeholders. (A form table's row is its own heading and text: its line is its body.)
 */
export function hasText(ctx: CheckContext, id: string): boolean {
  const memo = (ctx.memo.written ??= new Map());
  let known = memo.get(id);
  if (known === undefined) {
    const sections = ctx.proposal.sections;
    known = bodyLines(ctx, [id]).some((l) => {
      if (l.text.length === 0 || !WRITTEN.test(l.text) || ATX_MARK.test(l.text) || sections.some((s) => s.line === l.line && s.start !== l.line - 1)) return false;
      const text = placeholdersRemoved(ctx, l.text);
      return text === l.text || WRITTEN.test(text);
    });
    memo.set(id, known);
  }
  return known;
}

/** A text with each placeholder (【待补充：…】, [TODO: …]) replaced by a space: what the writer wrote. */
export function placeholdersRemoved(ctx: CheckContext, text: string): string {
  const found = ctx.analysis.placeholders(text);
  for (const p of found) text = text.replace(p.raw, " ");
  return text;
}

/** Lines without placeholders (【待补充：…】 is not something the writer wrote). */
export function withoutPlaceholders<T extends LineRef>(ctx: CheckContext, lines: readonly T[]): T[] {
  return lines.filter((l) => ctx.analysis.placeholders(l.text).length === 0);
}

/** "1 risk", "3 risks": English counts with the right noun form. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short quote of a line for messages. */
export function quote(text: string, max = 24): string {
  const t = text.replace(/\s+/g, " ").replace(/[|*#>]/g, "").trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : t;
}

/** A value per language (a number or { zh, en }) for the proposal's language. */
export function perLanguage(value: number | { zh?: number | undefined; en?: number | undefined } | undefined, ctx: Pick<CheckContext, "language">): number | undefined {
  if (value === undefined || typeof value === "number") return value;
  return value[ctx.language];
}
