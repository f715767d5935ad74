// admin_share: management/admin costs (and fundraising, when asked) within a share of the budget.
import { defineCheck, message } from "./check.js";
import { headingLine } from "./context.js";
import { managementCostRule, organisationType, type ManagementCostRule } from "./management-cost-rules.js";
import { money, NO_ITEMS } from "./money.js";
import { isAdminLine } from "../analysis/budget-table.js";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

const TYPE_NAMES = {
  "public-foundation": { zh: "具有公开募捐资格的基金会", en: "a foundation with public-fundraising status" },
  "public-other": { zh: "具有公开募捐资格的慈善组织", en: "a charity with public-fundraising status" },
  foundation: { zh: "不具有公开募捐资格的基金会", en: "a foundation without public-fundraising status" },
  social: { zh: "不具有公开募捐资格的社会团体或社会服务机构", en: "a social organisation or social service organisation without public-fundraising status" },
} as const;

type RuleParams = { share: number; rule: ManagementCostRule; type: keyof typeof TYPE_NAMES; cap: string };

function ruleTier(p: RuleParams, language: "zh" | "en"): string {
  if (p.rule.tier) return language === "zh" ? `（${p.rule.tier.zh}）` : ` (${p.rule.tier.en})`;
  if (p.rule.loosest) return language === "zh" ? `（按上年末净资产分档为13%至20%，未提供净资产，按最宽的一档参照）` : ` (13% to 20% by net assets at the end of last year; none were given, so the loosest tier is used)`;
  return "";
}

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
        suggestion: (p) => `将管理费用降到 ${p.cap}以内，或把可直接归入活动的费用列为直接费用并说明依据。`,
      },
      en: {
        message: (p) => `Management/admin costs are ${pct(p.share)} of the budget, over the ${pct(p.max)} limit.`,
        suggestion: (p) => `Bring admin costs to ${p.cap} or less, or move costs that serve activities directly into direct costs, with a justification.`,
      },
    }),
    typeRule: message<RuleParams>("warning", {
      zh: {
        message: (p) => `按机构类型（${TYPE_NAMES[p.type].zh}），${p.rule.cites.zh}规定年度管理费用不得超过当年总支出的 ${pct(p.rule.cap)}${ruleTier(p, "zh")}；本项目预算中管理费用占 ${pct(p.share)}。该规定针对机构全年支出，此处仅作参照。`,
        suggestion: (p) => `核对机构全年管理费用是否在上限以内（年度管理费用低于20万元的不受比例限制）；项目预算中的管理费用宜控制在 ${p.cap}以内，超出时说明依据。`,
      },
      en: {
        message: (p) => `For ${TYPE_NAMES[p.type].en}, ${p.rule.cites.en} caps annual management costs at ${pct(p.rule.cap)} of the year's total spending${ruleTier(p, "en")}; this budget's management share is ${pct(p.share)}. The rule is about the organisation's annual spending; it is a benchmark here.`,
        suggestion: (p) => `Check that the organisation's annual management costs stay within the cap (an organisation spending under 200,000 yuan a year on management is exempt); keep this budget's management costs to ${p.cap} or explain why not.`,
      },
    }),
  },
  // Like the budget check: costed milestones are a budget without a budget section.
  needs: { text: "to-compute", sections: ["budget"] },
  run(ctx, options) {
    const budget = ctx.analysis.budget();
    if (budget.items.length === 0) return [{ message: "noItems", loss: 1, line: headingLine(ctx, ["budget"]), section: "budget", unmeasured: true }];
    const total = budget.itemsTotal!;
    if (total <= 0) return [];
    const share = (budget.admin + (options.include_fundraising ? budget.fundraising : 0)) / total;
    // At the first line counted as admin, the same words that counted it.
    const line = budget.items.find((i) => isAdminLine(i))?.line ?? budget.line;
    const at = line || headingLine(ctx, ["budget"]);
    const out = [];
    if (share > options.max + 1e-9) out.push({ message: "over", params: { share, max: options.max, cap: money(ctx, total * options.max) }, loss: 1, line: at, section: "budget" } as const);
    // The rule for the organisation's type (facts' organization.type), as a benchmark.
    const org = ctx.facts?.facts.organization;
    const type = organisationType(org?.type, org?.description);
    const rule = type ? managementCostRule(type, org?.net_assets) : undefined;
    if (type && rule && share > rule.cap + 1e-9) {
      out.push({ message: "typeRule", params: { share, rule, type, cap: money(ctx, total * rule.cap) }, loss: out.length > 0 ? 0 : 0.3, line: at, section: "budget" } as const);
    }
    return out;
  },
});
