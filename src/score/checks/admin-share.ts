// admin_share: management/admin costs (and fundraising, when asked) within a share of the budget.
import { defineCheck, message } from "./check.js";
import { headingLine } from "./context.js";
import { money, NO_ITEMS } from "./money.js";

const ADMIN_LINE = /管理|行政|办公|admin|overhead|indirect|间接/i;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export const adminShareCheck = defineCheck({
  type: "admin_share",
  description: "Management/admin costs stay within a share of the budget",
  options: ({ z }) => ({
    max: z.number().gt(0).lt(1).describe("Largest management/admin share of the budget, e.g. 0.1 for 10%"),
    include_fundraising: z.boolean().default(false).describe("Count fundraising costs as overhead too"),
  }),
  messages: {
    noItems: message("error", NO_ITEMS),
    over: message<{ share: number; max: number; cap: string }>("error", {
      zh: {
        message: (p) => `管理费用占预算的 ${pct(p.share)}，超过 ${pct(p.max)} 的上限。`,
        suggestion: (p) => `将管理费用降到 ${p.cap} 以内，或把可直接归入活动的费用列为直接费用并说明依据。`,
      },
      en: {
        message: (p) => `Management/admin costs are ${pct(p.share)} of the budget, over the ${pct(p.max)} limit.`,
        suggestion: (p) => `Bring admin costs to ${p.cap} or less, or move costs that serve activities directly into direct costs, with a justification.`,
      },
    }),
  },
  needs: { text: "any", sections: ["budget"] },
  run(ctx, options) {
    const budget = ctx.analysis.budget();
    if (budget.items.length === 0) return [{ message: "noItems", loss: 1, line: headingLine(ctx, ["budget"]), section: "budget" }];
    const total = budget.itemsTotal!;
    if (total <= 0) return [];
    const share = (budget.admin + (options.include_fundraising ? budget.fundraising : 0)) / total;
    if (share <= options.max + 1e-9) return [];
    const line = budget.items.find((i) => ADMIN_LINE.test(i.category || i.name))?.line ?? budget.line;
    return [{ message: "over", params: { share, max: options.max, cap: money(ctx, total * options.max) }, loss: 1, line: line || headingLine(ctx, ["budget"]), section: "budget" }];
  },
});
