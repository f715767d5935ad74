// A required section that is there but holds next to nothing: a line or two, short, no figure
// ("[replay] no prepared answers for this project", "Please refer to the Google Doc supplied in
// the form."). For readiness it is as good as missing: a draft whose need statement is one empty
// line must not read "84.6 B, ready to submit" because its tables earned the other criteria's points.
import { extractFigures, type Figure } from "../text/numbers.js";
import { stripMarkup } from "../text/count.js";
import { sectionTitle } from "./aliases.js";
import { bodyLines, headingLine, present, type CheckContext } from "./checks/context.js";
import { sectionCount, unitFor } from "./checks/section-length.js";

/**
 * A section is near-empty when it is shorter than this (the section check's count: Chinese
 * characters in zh, words in en), has at most NEAR_EMPTY_LINES lines of text and no figure. A
 * concise section of a few sentences is longer; a list of three steps, or one figure, says something.
 */
export const NEAR_EMPTY_BELOW = { zh: 60, en: 30 } as const;
export const NEAR_EMPTY_LINES = 2;

const ATX = /^\s{0,3}#/;
const WRITTEN = /[\p{L}\p{N}]/u;

/** A figure that says something: not the 一 of 一个 or 一项 ("作为一个AI语言模型" holds no figure). */
const says = (f: Figure) => !(f.chinese && f.value === 1);

/**
 * The sections' length (the section check's count, placeholders left out) when, together, they are
 * near-empty; undefined when they are not. Lines and figures are looked at only for a short
 * section, so a proposal of full sections costs one cached count per required section.
 */
export function nearEmptyLength(ctx: CheckContext, ids: readonly string[]): number | undefined {
  const unit = unitFor("auto", ctx);
  let length = 0;
  for (const id of ids) length += sectionCount(ctx, id, unit);
  if (length >= NEAR_EMPTY_BELOW[ctx.language]) return undefined;
  let lines = 0;
  for (const id of ids) {
    for (const l of bodyLines(ctx, [id])) {
      if (ATX.test(l.text)) continue;
      let text = l.text;
      for (const p of ctx.analysis.placeholders(text)) text = text.replace(p.raw, " ");
      const plain = stripMarkup(text);
      if (!WRITTEN.test(plain)) continue;
      if (++lines > NEAR_EMPTY_LINES || extractFigures(plain).some(says)) return undefined;
    }
  }
  return length;
}

export interface NearEmptySection {
  section: string;
  /** The section's title as the rubric's kind names it. */
  title: string;
  criterion: string;
  /** The heading line of its first section. */
  line: number;
  length: number;
}

/**
 * The required criteria whose sections are there but near-empty, each section named once (two
 * criteria may look at one section). Criteria none of whose sections is there are missing, not
 * near-empty (readiness says so apart).
 */
export function nearEmptyRequired(ctx: CheckContext, criteria: readonly { id: string; required: boolean; sections: readonly string[] }[]): NearEmptySection[] {
  const out: NearEmptySection[] = [];
  for (const c of criteria) {
    if (!c.required) continue;
    const ids = c.sections.filter((id) => present(ctx, id));
    if (ids.length === 0) continue;
    if (out.some((s) => s.section === ids[0])) continue;
    const length = nearEmptyLength(ctx, ids);
    if (length === undefined) continue;
    out.push({ section: ids[0]!, title: sectionTitle(ids[0]!, ctx.language, ctx.kind), criterion: c.id, line: headingLine(ctx, ids), length });
  }
  return out;
}
