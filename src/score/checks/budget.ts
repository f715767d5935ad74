// budget: a readable itemized budget whose items add up to the stated total.
import { defineCheck, message } from "./check.js";
import { headingLine } from "./context.js";
import { formatDecimal } from "../../text/decimal.js";
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
      zh: { message: (p) => `预算各项相加为 ${p.sum}，写明的合计为 ${p.total}，相差 ${p.gap}。`, suggestion: `逐项核对金额，使合计等于各项之和；如有未列出的费用，补充为单独的科目。` },
      en: {
        message: (p) => `The budget lines add up to ${p.sum}; the stated total is ${p.total}; a difference of ${p.gap}.`,
        suggestion: `Check each line so the total equals the sum of the items; add any missing cost as its own line.`,
      },
    }),
    subtotalDiffers: message<{ sum: string; total: string; gap: string }>("error", {
      zh: { message: (p) => `小计之前的各项相加为 ${p.sum}，小计写的是 ${p.total}，相差 ${p.gap}。`, suggestion: `核对这一组的各项金额和小计，使小计等于各项之和，合计随之更正。` },
      en: {
        message: (p) => `The lines above this subtotal add up to ${p.sum}; the subtotal says ${p.total}; a difference of ${p.gap}.`,
        suggestion: `Check the lines of this group and its subtotal so the subtotal equals their sum, and correct the total with it.`,
      },
    }),
    textDiffers: message<{ sum: string; total: string; gap: string }>("error", {
      zh: { message: (p) => `文中所述总预算为 ${p.total}，预算各项相加为 ${p.sum}，相差 ${p.gap}。`, suggestion: `统一全文的预算总额，与预算各项之和保持一致。` },
      en: {
        message: (p) => `The total stated in the text is ${p.total}; the budget lines add up to ${p.sum}; a difference of ${p.gap}.`,
        suggestion: `Use one total throughout, equal to the sum of the budget lines.`,
      },
    }),
    noTotal: message<{ sum: string }>("warning", {
      zh: { message: `预算没有写明合计金额。`, suggestion: (p) => `在预算表末尾加一行「合计 ${p.sum}」。` },
      en: { message: `The budget states no total.`, suggestion: (p) => `Add a total row (${p.sum}) at the end of the budget table.` },
    }),
    product: message<{ name: string; expression: string; product: string; amount: string; gap: string }>("warning", {
      zh: { message: (p) => `「${p.name}」：${p.expression} = ${p.product}，但金额写的是 ${p.amount}（相差 ${p.gap}）。`, suggestion: `更正单价、数量或金额，使三者一致。` },
      en: {
        message: (p) => `"${p.name}": ${p.expression} = ${p.product}, but the amount says ${p.amount} (a difference of ${p.gap}).`,
        suggestion: `Correct the unit cost, quantity or amount so they agree.`,
      },
    }),
    unpriced: message<{ names: string; count: number; sum: string }>("warning", {
      zh: { message: (p) => `${p.names}没有写费用，其余里程碑的费用相加为 ${p.sum}。`, suggestion: `为每个里程碑写明费用，使各里程碑之和等于总预算。` },
      en: {
        message: (p) => `${p.names} ${p.count > 1 ? "have" : "has"} no cost, while the other milestones are costed (they add up to ${p.sum}).`,
        suggestion: `State the cost of every milestone so the milestones add up to the total budget.`,
      },
    }),
    organisationOnly: message<{ total: string }>("error", {
      zh: { message: (p) => `预算部分只有机构的年度预算（${p.total}），没有本项目的预算明细；机构预算不能当作项目预算。`, suggestion: `单独列出本项目的预算科目、金额和合计，机构年度预算可作为背景保留。` },
      en: {
        message: (p) => `The budget shown is the organisation's annual budget (${p.total}), not the project's; it is not counted as the project's budget.`,
        suggestion: `Add the project's own budget lines with amounts and a total; keep the organisation's budget as background if you wish.`,
      },
    }),
  },
  // Lines that do not add up to the total: not ready to submit, whatever the score.
  blocks: ["sumDiffers", "textDiffers", "product"],
  // Costed milestones or a costed table elsewhere are the budget even without a budget section.
  needs: { text: "to-compute", sections: ["budget"], keyFigure: { figure: "budget", section: "budget" }, foundWithoutHeading: (ctx) => ctx.analysis.budget().items.length > 0 },
  run(ctx, options) {
    const budget = ctx.analysis.budget();
    if (budget.items.length === 0) {
      const organisation = budget.setAside.filter((a) => a.why === "organisation").sort((a, b) => b.value - a.value)[0];
      if (organisation) return [{ message: "organisationOnly", params: { total: money(ctx, organisation.value) }, loss: 1, line: organisation.line, section: "budget", unmeasured: true }];
      return [{ message: "noItems", loss: 1, line: headingLine(ctx, ["budget"]), section: "budget", unmeasured: true }];
    }
    const out = [];
    const sum = budget.itemsTotal!;
    const tolerance = options.tolerance;
    const line = budget.line || headingLine(ctx);
    const gap = (a: number, b: number) => money(ctx, Math.round(Math.abs(a - b) * 100) / 100);
    if (budget.items.length < 2) out.push({ message: "single", loss: 0.2, line } as const);
    let reported = 0;
    for (const m of budget.mismatches) {
      if (Math.abs(m.stated - m.computed) <= tolerance) continue;
      const params = { sum: money(ctx, m.computed), total: money(ctx, m.stated), gap: gap(m.stated, m.computed) };
      out.push({ message: m.kind === "subtotal" ? "subtotalDiffers" : "sumDiffers", params, loss: reported++ === 0 ? 0.5 : 0.2, line: m.line } as const);
    }
    const text = budget.statedText;
    if (text && Math.abs(text.value - sum) > tolerance && text.value !== budget.stated?.value) {
      // Without a total row of its own, the text's total is the one the lines must reach.
      out.push({ message: "textDiffers", params: { sum: money(ctx, sum), total: money(ctx, text.value), gap: gap(text.value, sum) }, loss: budget.stated ? 0.3 : 0.5, line: text.line } as const);
    }
    if (budget.unpriced) {
      const names = budget.unpriced.map((u) => (ctx.language === "zh" ? `「${u.name}」` : `"${u.name}"`)).join(ctx.language === "zh" ? "、" : ", ");
      out.push({ message: "unpriced", params: { names, count: budget.unpriced.length, sum: money(ctx, sum) }, loss: 0.2, line: budget.unpriced[0]!.line } as const);
    }
    if (!budget.stated && !text) out.push({ message: "noTotal", params: { sum: money(ctx, sum) }, loss: 0.2, line } as const);
    const wrong = [
      ...budget.arithmetic,
      ...budget.items.flatMap((item) => {
        if (item.quantity === undefined || item.unitPrice === undefined) return [];
        const product = Math.round(item.quantity * item.unitPrice * 100) / 100;
        return [{ line: item.line, name: item.name, terms: [[item.unitPrice, item.quantity]], product, amount: item.amount }];
      }),
    ].filter((a) => Math.abs(a.product - a.amount) > tolerance);
    for (const a of wrong.slice(0, 5)) {
      const expression = a.terms.map((t) => t.map((x) => (x >= 1 ? formatDecimal(x, 0, 2) : `${Math.round(x * 1000) / 10}%`)).join(" × ")).join(" + ");
      out.push({ message: "product", params: { name: a.name, expression, product: money(ctx, a.product), amount: money(ctx, a.amount), gap: gap(a.product, a.amount) }, loss: 0.1, line: a.line } as const);
    }
    return out;
  },
});
