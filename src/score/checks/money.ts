// Budget checks: a readable itemized budget whose items add up to the stated total, the
// management/admin share against a limit, and the cost per direct beneficiary.
import type { CheckSpec } from "../rubric/schema.js";
import { formatMoney } from "../../text/currency.js";
import { absentSections, bodyLines, finding, headingLine, type CheckContext, type Finding } from "./context.js";

type Spec<T extends CheckSpec["type"]> = Extract<CheckSpec, { type: T }>;

/** An amount in the budget's own currency (元 when a Chinese budget names none). */
function money(ctx: CheckContext, value: number): string {
  return formatMoney(value, ctx.analysis.budget().currency ?? (ctx.language === "zh" ? "CNY" : undefined), ctx.language, "report");
}

function noItems(ctx: CheckContext): Finding[] {
  const missing = absentSections(ctx, ["budget"]);
  if (missing.length > 0) return missing;
  return [
    finding(ctx, 1, "error", headingLine(ctx, ["budget"]),
      [`预算部分没有可读的预算明细。`, `The budget has no itemized lines that can be read.`],
      [`用表格列出每个预算科目的单价、数量和金额，并给出合计行。`, `Add a table with each budget line's unit cost, quantity and amount, and a total row.`],
      "budget"),
  ];
}

export function budgetCheck(ctx: CheckContext, spec: Spec<"budget">): Finding[] {
  const budget = ctx.analysis.budget();
  if (budget.items.length === 0) return noItems(ctx);
  const out: Finding[] = [];
  const sum = budget.itemsTotal!;
  const tolerance = spec.tolerance;
  if (budget.items.length < 2) {
    out.push(
      finding(ctx, 0.2, "warning", budget.line || headingLine(ctx),
        [`预算只有 1 个科目，过于笼统。`, `The budget has a single line; it is not itemized.`],
        [`按用途拆分预算（人员、物资、活动、管理等），每项写明计算依据。`, `Break the budget down by use (staff, supplies, activities, admin), each with how it is calculated.`]),
    );
  }
  if (budget.stated && Math.abs(budget.stated.value - sum) > tolerance) {
    const gap = budget.stated.value - sum;
    out.push(
      finding(ctx, 0.5, "error", budget.stated.line,
        [`预算各项相加为 ${money(ctx, sum)}，与合计 ${money(ctx, budget.stated.value)} 不符（相差 ${money(ctx, Math.abs(gap))}）。`, `The budget lines add up to ${money(ctx, sum)}, not the stated total of ${money(ctx, budget.stated.value)} (a difference of ${money(ctx, Math.abs(gap))}).`],
        [`逐项核对金额，使合计等于各项之和；如有未列出的费用，补充为单独的科目。`, `Check each line so the total equals the sum of the items; add any missing cost as its own line.`]),
    );
  }
  if (budget.statedText && Math.abs(budget.statedText.value - sum) > tolerance && budget.statedText.value !== budget.stated?.value) {
    out.push(
      finding(ctx, 0.3, "error", budget.statedText.line,
        [`文中所述总预算 ${money(ctx, budget.statedText.value)} 与预算明细之和 ${money(ctx, sum)} 不一致。`, `The total stated in the text (${money(ctx, budget.statedText.value)}) differs from the sum of the budget lines (${money(ctx, sum)}).`],
        [`统一全文的预算总额，与预算表合计保持一致。`, `Use one total throughout, equal to the budget table's total.`]),
    );
  }
  if (!budget.stated && !budget.statedText) {
    out.push(
      finding(ctx, 0.2, "warning", budget.line || headingLine(ctx),
        [`预算没有写明合计金额。`, `The budget states no total.`],
        [`在预算表末尾加一行「合计 ${money(ctx, sum)}」。`, `Add a total row (${money(ctx, sum)}) at the end of the budget table.`]),
    );
  }
  let wrongProducts = 0;
  for (const item of budget.items) {
    if (item.quantity === undefined || item.unitPrice === undefined) continue;
    const product = Math.round(item.quantity * item.unitPrice * 100) / 100;
    if (Math.abs(product - item.amount) <= tolerance) continue;
    if (++wrongProducts > 5) break;
    out.push(
      finding(ctx, 0.1, "warning", item.line,
        [`「${item.name}」单价×数量为 ${money(ctx, product)}，但金额写的是 ${money(ctx, item.amount)}。`, `"${item.name}": unit cost × quantity is ${money(ctx, product)}, but the amount says ${money(ctx, item.amount)}.`],
        [`更正单价、数量或金额，使三者一致。`, `Correct the unit cost, quantity or amount so they agree.`]),
    );
  }
  return out;
}

export function adminShareCheck(ctx: CheckContext, spec: Spec<"admin_share">): Finding[] {
  const budget = ctx.analysis.budget();
  if (budget.items.length === 0) return noItems(ctx);
  const total = budget.itemsTotal!;
  if (total <= 0) return [];
  const overhead = budget.admin + (spec.include_fundraising ? budget.fundraising : 0);
  const share = overhead / total;
  if (share <= spec.max + 1e-9) return [];
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const line = budget.items.find((i) => /管理|行政|办公|admin|overhead|indirect|间接/i.test(i.category || i.name))?.line ?? budget.line;
  return [
    finding(ctx, 1, "error", line || headingLine(ctx, ["budget"]),
      [`管理费用占预算的 ${pct(share)}，超过 ${pct(spec.max)} 的上限。`, `Management/admin costs are ${pct(share)} of the budget, over the ${pct(spec.max)} limit.`],
      [`将管理费用降到 ${money(ctx, total * spec.max)} 以内，或把可直接归入活动的费用列为直接费用并说明依据。`, `Bring admin costs to ${money(ctx, total * spec.max)} or less, or move costs that serve activities directly into direct costs, with a justification.`],
      "budget"),
  ];
}

const STATES_UNIT_COST = /人均|每人|每户|每名|单位成本|per (?:beneficiary|person|participant|household|student|child|family|girl)|cost per|unit cost per/i;

export function costPerBeneficiaryCheck(ctx: CheckContext, spec: Spec<"cost_per_beneficiary">): Finding[] {
  const budget = ctx.analysis.budget();
  const total = budget.stated?.value ?? budget.statedText?.value ?? budget.itemsTotal;
  const counts = ctx.analysis.beneficiaries();
  const people = counts.direct?.value ?? counts.any?.value;
  const at = headingLine(ctx, ["budget"]);
  if (total === undefined || !people) {
    const missing = absentSections(ctx, ["budget"]);
    if (missing.length > 0) return missing;
    return [
      finding(ctx, 1, "warning", at,
        [`无法计算人均成本：缺少${total === undefined ? "预算总额" : "受益人数"}。`, `The cost per beneficiary cannot be computed: the ${total === undefined ? "total budget" : "number of beneficiaries"} is missing.`],
        [`写明预算总额和直接受益人数，并给出人均成本。`, `State the total budget and the number of direct beneficiaries, and give the cost per beneficiary.`],
        "budget"),
    ];
  }
  const cost = total / people;
  const out: Finding[] = [];
  const lines = [...bodyLines(ctx, ["budget", "summary", "beneficiaries"])];
  if (!lines.some((l) => STATES_UNIT_COST.test(l.text))) {
    out.push(
      finding(ctx, 0.3, "info", at,
        [`没有写明人均成本（按预算和受益人数约为 ${money(ctx, cost)}/人）。`, `The cost per beneficiary is not stated (about ${money(ctx, cost)} per person from the budget and the count).`],
        [`在预算说明中写明人均成本及其合理性，例如与同类项目比较。`, `State the cost per beneficiary in the budget narrative and why it is reasonable, e.g. compared with similar programmes.`],
        "budget"),
    );
  }
  if (spec.max !== undefined && cost > spec.max) {
    out.push(
      finding(ctx, 0.7, "warning", at,
        [`人均成本约 ${money(ctx, cost)}，高于 ${money(ctx, spec.max)} 的参考上限。`, `The cost per beneficiary is about ${money(ctx, cost)}, above the reference of ${money(ctx, spec.max)}.`],
        [`说明成本较高的原因，或扩大覆盖人数、压缩非必要开支。`, `Explain why the cost is high, or reach more people or trim non-essential costs.`],
        "budget"),
    );
  }
  return out;
}
