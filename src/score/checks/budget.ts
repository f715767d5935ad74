// budget: a readable itemized budget whose items add up to the stated total.
import { defineCheck, message } from "./check.js";
import { headingLine } from "./context.js";
import { money, NO_ITEMS } from "./money.js";

export const budgetCheck = defineCheck({
  type: "budget",
  description: "An itemized budget whose lines add up to the stated total",
  options: ({ z }) => ({
    tolerance: z.number().nonnegative().default(1).describe("Largest difference (in currency units) that still counts as adding up"),
  }),
  messages: {
    noItems: message("error", NO_ITEMS),
    single: message("warning", {
      zh: { message: `预算只有 1 个科目，过于笼统。`, suggestion: `按用途拆分预算（人员、物资、活动、管理等），每项写明计算依据。` },
      en: { message: `The budget has a single line; it is not itemized.`, suggestion: `Break the budget down by use (staff, supplies, activities, admin), each with how it is calculated.` },
    }),
    sumDiffers: message<{ sum: string; total: string; gap: string }>("error", {
      zh: { message: (p) => `预算各项相加为 ${p.sum}，与合计 ${p.total} 不符（相差 ${p.gap}）。`, suggestion: `逐项核对金额，使合计等于各项之和；如有未列出的费用，补充为单独的科目。` },
      en: {
        message: (p) => `The budget lines add up to ${p.sum}, not the stated total of ${p.total} (a difference of ${p.gap}).`,
        suggestion: `Check each line so the total equals the sum of the items; add any missing cost as its own line.`,
      },
    }),
    textDiffers: message<{ sum: string; total: string }>("error", {
      zh: { message: (p) => `文中所述总预算 ${p.total} 与预算明细之和 ${p.sum} 不一致。`, suggestion: `统一全文的预算总额，与预算表合计保持一致。` },
      en: { message: (p) => `The total stated in the text (${p.total}) differs from the sum of the budget lines (${p.sum}).`, suggestion: `Use one total throughout, equal to the budget table's total.` },
    }),
    noTotal: message<{ sum: string }>("warning", {
      zh: { message: `预算没有写明合计金额。`, suggestion: (p) => `在预算表末尾加一行「合计 ${p.sum}」。` },
      en: { message: `The budget states no total.`, suggestion: (p) => `Add a total row (${p.sum}) at the end of the budget table.` },
    }),
    product: message<{ name: string; product: string; amount: string }>("warning", {
      zh: { message: (p) => `「${p.name}」单价×数量为 ${p.product}，但金额写的是 ${p.amount}。`, suggestion: `更正单价、数量或金额，使三者一致。` },
      en: { message: (p) => `"${p.name}": unit cost × quantity is ${p.product}, but the amount says ${p.amount}.`, suggestion: `Correct the unit cost, quantity or amount so they agree.` },
    }),
  },
  // Lines that do not add up to the total: not ready to submit, whatever the score.
  blocks: ["sumDiffers", "textDiffers", "product"],
  needs: { text: "any", sections: ["budget"], keyFigure: "budget" },
  run(ctx, options) {
    const budget = ctx.analysis.budget();
    if (budget.items.length === 0) return [{ message: "noItems", loss: 1, line: headingLine(ctx, ["budget"]), section: "budget" }];
    const out = [];
    const sum = budget.itemsTotal!;
    const tolerance = options.tolerance;
    const line = budget.line || headingLine(ctx);
    if (budget.items.length < 2) out.push({ message: "single", loss: 0.2, line } as const);
    if (budget.stated && Math.abs(budget.stated.value - sum) > tolerance) {
      const gap = Math.abs(budget.stated.value - sum);
      out.push({ message: "sumDiffers", params: { sum: money(ctx, sum), total: money(ctx, budget.stated.value), gap: money(ctx, gap) }, loss: 0.5, line: budget.stated.line } as const);
    }
    if (budget.statedText && Math.abs(budget.statedText.value - sum) > tolerance && budget.statedText.value !== budget.stated?.value) {
      out.push({ message: "textDiffers", params: { sum: money(ctx, sum), total: money(ctx, budget.statedText.value) }, loss: 0.3, line: budget.statedText.line } as const);
    }
    if (!budget.stated && !budget.statedText) out.push({ message: "noTotal", params: { sum: money(ctx, sum) }, loss: 0.2, line } as const);
    let wrongProducts = 0;
    for (const item of budget.items) {
      if (item.quantity === undefined || item.unitPrice === undefined) continue;
      const product = Math.round(item.quantity * item.unitPrice * 100) / 100;
      if (Math.abs(product - item.amount) <= tolerance) continue;
      if (++wrongProducts > 5) break;
      out.push({ message: "product", params: { name: item.name, product: money(ctx, product), amount: money(ctx, item.amount) }, loss: 0.1, line: item.line } as const);
    }
    return out;
  },
});
