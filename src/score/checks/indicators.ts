// indicators: monitoring names enough indicators, each with a target value.
import type { LineRef } from "../read/markdown.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, count, headingLine, type CheckContext } from "./context.js";
import { itemsOf, quantities } from "./items.js";
import { wordPattern } from "../words/lists.js";

/**
 * Where one indicator of a line ends: "借阅率≥80%；满意度≥90%", "attendance (…) and completion (…)".
 * Not a word list: clause punctuation and the conjunctions that join two clauses are grammar, which
 * no rubric's domain changes.
 */
const INDICATOR_BREAK = /[；;，。]|,(?!\d)|\s(?:and|as well as|plus)\s|以及|和|及/;

/** How many indicators with a target an item holds: one, or each of several clauses that set a target. */
function targetsIn(ctx: CheckContext, item: LineRef, target: RegExp): number {
  const figures = quantities(ctx, item);
  if (figures.length === 0) return 0;
  if (figures.length === 1) return 1;
  let n = 0;
  for (const clause of item.text.split(INDICATOR_BREAK)) {
    if (target.test(clause) && ctx.analysis.figures({ line: item.line, text: clause }).some((f) => f.kind !== "date" && f.value > 0)) n++;
  }
  return Math.max(1, n);
}

export const indicatorsCheck = defineCheck({
  type: "indicators",
  description: "Monitoring lists enough indicators with target values",
  options: ({ z, words }) => ({ min_items: z.number().int().positive().default(2), words: words("targets") }),
  messages: {
    few: message<{ targets: number; min: number }>("warning", {
      zh: {
        message: (p) => (p.targets === 0 ? `监测评估没有带目标值的指标（建议至少 ${p.min} 个）。` : `监测评估只有 ${p.targets} 个带目标值的指标（建议至少 ${p.min} 个）。`),
        suggestion: `列出监测指标并给出目标值和数据来源，如「送餐准时率≥95%（每月送餐记录）」。`,
      },
      en: {
        message: (p) => (p.targets === 0 ? `Monitoring has no indicator with a target; at least ${p.min} are expected.` : `Monitoring has ${count(p.targets, "indicator")} with a target; at least ${p.min} are expected.`),
        suggestion: `List indicators with target values and where the data come from, e.g. "attendance ≥ 80% (club registers, monthly)".`,
      },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    const items = itemsOf(bodyLines(ctx), ctx.analysis.tables(bodyLines(ctx))).filter((i) => i.text.length > 3 && ctx.analysis.placeholders(i.text).length === 0);
    const target = wordPattern("targets", options.words);
    let targets = 0;
    for (const item of items) {
      targets += targetsIn(ctx, item, target);
      if (targets >= options.min_items) return [];
    }
    return [{ message: "few", params: { targets, min: options.min_items }, loss: 1 - targets / options.min_items, line: headingLine(ctx) }];
  },
});
