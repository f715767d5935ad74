// elements: required elements are stated and filled in (the ten of Charity Law Art. 24 for a
// public fundraising plan): each item's patterns mark it as present.
import { allLines } from "../read/proposal.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine, present } from "./context.js";
import { compiled } from "./regex-cache.js";

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

export const elementsCheck = defineCheck({
  type: "elements",
  description: "Required elements are stated and filled in",
  options: ({ z, text, pattern, perLanguage }) => ({
    items: z
      .array(
        z.strictObject({
          id: text,
          label: perLanguage,
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
    const scope = ctx.sections.length > 0 && ctx.sections.some((id) => present(ctx, id)) ? bodyLines(ctx) : allLines(ctx.proposal);
    const anchor = headingLine(ctx);
    const out = [];
    const n = options.items.length;
    for (const item of options.items) {
      const label = (ctx.language === "zh" ? item.label.zh : item.label.en) ?? item.label.zh ?? item.label.en ?? item.id;
      const params = { label, hint: item.hint?.[ctx.language] };
      const patterns = item.patterns.map((p) => compiled(p, "i"));
      const hits = scope.filter((ref) => patterns.some((re) => re.test(ref.text)));
      const unfilled = (ref: (typeof scope)[number]) => ctx.analysis.placeholders(ref.text).length > 0;
      const filled = (ref: (typeof scope)[number]) => !unfilled(ref) && valueAfterLabel(ref.text, patterns).trim().length > 0;
      // The label may also stand inside another element's text ("转账至基金会银行账户" in the row of
      // donation methods): a line naming it with a placeholder counts first, then one that gives a value.
      const hit = hits.find(unfilled) ?? hits.find(filled) ?? hits[0];
      if (!hit) out.push({ message: "missing", params, loss: 1 / n, line: anchor } as const);
      else if (!filled(hit)) {
        out.push({ message: "empty", params, loss: 1 / n, line: hit.line } as const);
      }
    }
    return out;
  },
});
