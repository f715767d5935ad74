// elements: required elements are stated and filled in (the ten of Charity Law Art. 24 for a
// public fundraising plan): each item's patterns mark it as present.
import type { LineRef } from "../read/markdown.js";
import { allLines, sectionsWithId } from "../read/proposal.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine, present, type CheckContext } from "./context.js";
import { compiled } from "./regex-cache.js";
import { BRACKETED_TEXT } from "../../text/placeholders.js";
import { bracketedMark, numeralMark, PART_UNITS, partMark } from "../../text/heading-marks.js";
import { FUNDRAISING_LABELS } from "../../facts/fundraising-elements.js";

type Element = { label: string; hint: string | undefined };

/** What follows an element's label on its line: "银行账户：xx银行…" → "xx银行…"; table cells after the label. */
function valueAfterLabel(text: string, patterns: readonly RegExp[]): string {
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    return text
      .slice(m.index + m[0].length)
      .replace(/^[^|:：]{0,6}[|:：]/, "")
      .replace(/[|*\s:：]/g, "");
  }
  return text;
}

/**
 * Where the elements are looked for: the check's sections, with their headings; the whole text when
 * no such section is there, or when the plan gives each element a heading of its own (一、募捐目的 /
 * 二、募捐起止时间 / …), so that an element whose heading names no section (起止时间, 剩余财产的处理)
 * or another one (受益人) is still the plan's.
 */
function scopeOf(ctx: CheckContext): { lines: readonly LineRef[]; headings: ReadonlySet<number> } {
  const headings = new Set(ctx.proposal.sections.map((s) => s.line));
  const own = ctx.sections.flatMap((id) => sectionsWithId(ctx.proposal, id));
  if (own.length === 0 || own.length >= 2) return { lines: allLines(ctx.proposal), headings };
  const lines = [...own.map((s) => ({ line: s.line, text: ctx.proposal.lines[s.line - 1]! })), ...bodyLines(ctx)].sort((a, b) => a.line - b.line);
  return { lines, headings };
}

/** A numbered heading line that names no section ("五、活动负责人"): the scan does not take it for a section. */
/** The numbered parts of a fundraising plan also number its articles: 第三条 募捐方式. */
const PLAN_UNITS = [...PART_UNITS, "条"];
const BARE_HEADING = new RegExp(`^\\s*(?:${numeralMark()}|${bracketedMark()}|${partMark(PLAN_UNITS)})[^:：|。，,]{1,20}$`);

const isHeadingLine = (ref: LineRef, headings: ReadonlySet<number>) => headings.has(ref.line) || BARE_HEADING.test(ref.text);

/** The text under a heading that names an element: the lines after it, up to the next heading. */
function textUnder(lines: readonly LineRef[], at: number, headings: ReadonlySet<number>): string {
  let text = "";
  for (let k = at + 1; k < lines.length && !isHeadingLine(lines[k]!, headings) && text.length < 200; k++) text += lines[k]!.text.trim();
  return text;
}

/** An item's label in the language: the rubric's, else its fundraising element's, else the rubric's in the other language, else its id. */
function labelOf(item: { id: string; label?: { zh?: string; en?: string } | undefined }, language: "zh" | "en"): string {
  const element = Object.hasOwn(FUNDRAISING_LABELS, item.id) ? FUNDRAISING_LABELS[item.id as keyof typeof FUNDRAISING_LABELS] : undefined;
  return item.label?.[language] ?? element?.[language] ?? item.label?.zh ?? item.label?.en ?? item.id;
}

export const elementsCheck = defineCheck({
  type: "elements",
  description: "Required elements are stated and filled in",
  options: ({ z, text, pattern, perLanguage }) => ({
    items: z
      .array(
        z.strictObject({
          id: text,
          label: perLanguage.optional().describe("What the element is called; a fundraising element's id (purpose, bank_account…) gives its label by default"),
          patterns: z.array(pattern).min(1).describe("Regular expressions, any of which marks the element as present"),
          hint: perLanguage.optional().describe("What to write, shown in the suggestion"),
        }),
      )
      .min(1),
  }),
  messages: {
    missing: message<Element>("error", {
      zh: { message: (p) => `缺少必备要素「${p.label}」。`, suggestion: (p) => `写明「${p.label}」${p.hint ? `：${p.hint}` : ""}。` },
      en: { message: (p) => `Required element missing: ${p.label}.`, suggestion: (p) => `State the ${p.label}${p.hint ? `: ${p.hint}` : ""}.` },
    }),
    empty: message<Element>("error", {
      zh: { message: (p) => `必备要素「${p.label}」未填写。`, suggestion: (p) => `填入「${p.label}」的具体内容${p.hint ? `（${p.hint}）` : ""}。` },
      en: { message: (p) => `Required element not filled in: ${p.label}.`, suggestion: (p) => `Fill in the ${p.label}${p.hint ? ` (${p.hint})` : ""}.` },
    }),
  },
  run(ctx, options) {
    const { lines: scope, headings } = ctx.sections.some((id) => present(ctx, id)) ? scopeOf(ctx) : { lines: allLines(ctx.proposal), headings: new Set<number>() };
    const anchor = headingLine(ctx);
    const out = [];
    const n = options.items.length;
    for (const item of options.items) {
      const label = labelOf(item, ctx.language);
      const params = { label, hint: item.hint?.[ctx.language] };
      const patterns = item.patterns.map((p) => compiled(p, "i"));
      const at = scope.flatMap((ref, i) => (patterns.some((re) => re.test(ref.text)) ? [i] : []));
      if (at.length === 0) {
        out.push({ message: "missing", params, loss: 1 / n, line: anchor } as const);
        continue;
      }
      // A label's value follows it on its line; a heading's is the text under it.
      const valueAt = (i: number): string => {
        const value = valueAfterLabel(scope[i]!.text, patterns).trim();
        return value.length === 0 && isHeadingLine(scope[i]!, headings) ? textUnder(scope, i, headings) : value;
      };
      const unfilled = (i: number) => ctx.analysis.placeholders(scope[i]!.text).length > 0;
      const filled = (i: number) => {
        if (unfilled(i)) return false;
        const value = valueAt(i);
        return value.length > 0 && !(ctx.analysis.placeholders(value).length > 0 && value.replace(BRACKETED_TEXT, "").trim().length === 0);
      };
      // The label may also stand inside another element's text ("转账至基金会银行账户" in the row of
      // donation methods): a line naming it with a placeholder counts first, then one that gives a value.
      const chosen = at.find(unfilled) ?? at.find(filled) ?? at[0]!;
      if (!filled(chosen)) {
        out.push({ message: "empty", params, loss: 1 / n, line: scope[chosen]!.line } as const);
      }
    }
    return out;
  },
});
