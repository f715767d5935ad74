// What every check receives, and the finding it returns. A check is a pure function of the parsed
// proposal (plus facts when given) and its parameters from the rubric.
import type { LoadedFacts } from "../../facts/load.js";
import type { Analysis } from "../analysis/analysis.js";
import { linesOf, sectionsWithId, type Proposal } from "../read/proposal.js";
import { sectionTitle } from "../aliases.js";
import type { LineRef } from "../read/markdown.js";
import type { Language, Severity } from "../types.js";
import { placeholdersIn } from "./placeholders.js";

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
  /** Every section the rubric's criteria look at, in order (what a whole-text check covers). */
  expected: readonly string[];
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
  return [missingFinding(ctx, ids[0]!, 1)];
}

function missingFinding(ctx: CheckContext, id: string, loss: number): Finding {
  const title = sectionTitle(id, ctx.language);
  return {
    loss,
    severity: "error",
    message: say(ctx, `缺少「${title}」部分。`, `The "${title}" section is missing.`),
    suggestion: say(
      ctx,
      `在此处之后新增一节「${title}」，按评审要点写清内容。`,
      `Add ${/^[AEIOU]/i.test(title) ? "an" : "a"} "${title}" section after this line, covering what reviewers look for in it.`,
    ),
    line: insertionLine(ctx, id),
    section: id,
  };
}

function emptyFinding(ctx: CheckContext, id: string, loss: number): Finding {
  const title = sectionTitle(id, ctx.language);
  return {
    loss,
    severity: "error",
    message: say(ctx, `「${title}」部分只有标题或占位符，没有内容。`, `The "${title}" section has a heading but no text (or only placeholders).`),
    suggestion: say(
      ctx,
      `写出「${title}」的实际内容，替换其中的占位符。`,
      `Write the "${title}" section itself, replacing any placeholders with the real content.`,
    ),
    line: headingLine(ctx, [id]),
    section: id,
  };
}

const WRITTEN = /[\p{L}\p{N}]/u;
const ATX_MARK = /^\s{0,3}#/;

/** Whether a section holds any text of its own: not only its heading, sub-headings, markup and placeholders. */
export function hasText(ctx: CheckContext, id: string): boolean {
  const memo = (ctx.proposal.written ??= new Map());
  let known = memo.get(id);
  if (known === undefined) {
    const sections = ctx.proposal.sections;
    known = bodyLines(ctx, [id]).some((l) => {
      if (l.text.length === 0 || !WRITTEN.test(l.text) || ATX_MARK.test(l.text) || sections.some((s) => s.line === l.line)) return false;
      const found = placeholdersIn(ctx.proposal, l.text);
      if (found.length === 0) return true;
      let text = l.text;
      for (const p of found) text = text.replace(p.raw, " ");
      return WRITTEN.test(text);
    });
    memo.set(id, known);
  }
  return known;
}

/**
 * A check has nothing to look at when none of its sections is there, or none holds any text: it
 * earns nothing (one finding with the whole loss, the same text every check gives so the engine
 * merges them). [] when there is something to assess.
 */
export function absentSections(ctx: CheckContext, ids: readonly string[] = ctx.sections): Finding[] {
  if (ids.length === 0) return [];
  const missing = missingSections(ctx, ids);
  if (missing.length > 0) return missing;
  if (ids.some((id) => present(ctx, id) && hasText(ctx, id))) return [];
  return [emptyFinding(ctx, ids.find((id) => present(ctx, id))!, 1)];
}

/**
 * For checks over the whole text (placeholders, wording): the share of the expected sections that
 * is missing or empty, one finding per such section, each worth its share. Clean wording is
 * credited only for text that is there: an empty file earns nothing for having no placeholders.
 */
export function coverageFindings(ctx: CheckContext, ids: readonly string[]): Finding[] {
  // The placeholder and wording checks ask the same question of the same sections: answer it once.
  const memo: Map<string, Finding[]> = (ctx.proposal.coverage ??= new Map());
  const key = ids.join(",");
  let list: Finding[] | undefined = memo.get(key);
  if (list === undefined) {
    list = [];
    for (const id of ids) {
      if (!present(ctx, id)) list.push(missingFinding(ctx, id, 1 / ids.length));
      else if (!hasText(ctx, id)) list.push(emptyFinding(ctx, id, 1 / ids.length));
    }
    memo.set(key, list);
  }
  return list.length === 0 ? [] : list.map((f) => ({ ...f }));
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
