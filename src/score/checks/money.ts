// What the budget checks share: amounts shown in the budget's own currency.
import { formatMoney } from "../../text/currency.js";
import type { CheckContext } from "./context.js";

/** An amount in the budget's own currency (元 when a Chinese budget names none). */
export function money(ctx: CheckContext, value: number): string {
  return formatMoney(value, ctx.analysis.budget().currency ?? (ctx.language === "zh" ? "CNY" : undefined), ctx.language, "report");
}

/** When the budget has no lines to read. */
export const NO_ITEMS = {
  zh: { message: `预算部分没有可读的预算明细。`, suggestion: `用表格列出每个预算科目的单价、数量和金额，并给出合计行。` },
  en: { message: `The budget has no itemized lines that can be read.`, suggestion: `Add a table with each budget line's unit cost, quantity and amount, and a total row.` },
};
