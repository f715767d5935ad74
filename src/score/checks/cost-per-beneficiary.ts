// cost_per_beneficiary: the cost per direct beneficiary is stated, and within a reference.
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine } from "./context.js";
import { money } from "./money.js";
import { perBeneficiary } from "../analysis/per-beneficiary.js";
import { wordPattern } from "../words/lists.js";

export const costPerBeneficiaryCheck = defineCheck({
  type: "cost_per_beneficiary",
  description: "The cost per direct beneficiary is stated and within a reference",
  options: ({ z, words }) => ({
    max: z.number().positive().optional().describe("Largest acceptable cost per direct beneficiary"),
    words: words("unit_cost"),
  }),
  messages: {
    cannotCompute: message<{ missing: "total" | "count" }>("warning", {
      zh: { message: (p) => `无法计算人均成本：缺少${p.missing === "total" ? "预算总额" : "受益人数"}。`, suggestion: `写明预算总额和直接受益人数，并给出人均成本。` },
      en: {
        message: (p) => `The cost per beneficiary cannot be computed: the ${p.missing === "total" ? "total budget" : "number of beneficiaries"} is missing.`,
        suggestion: `State the total budget and the number of direct beneficiaries, and give the cost per beneficiary.`,
      },
    }),
    notStated: message<{ cost: string }>("info", {
      zh: { message: (p) => `没有写明人均成本（按预算和受益人数约为 ${p.cost}/人）。`, suggestion: `在预算说明中写明人均成本及其合理性，例如与同类项目比较。` },
      en: {
        message: (p) => `The cost per beneficiary is not stated (about ${p.cost} per person from the budget and the count).`,
        suggestion: `State the cost per beneficiary in the budget narrative and why it is reasonable, e.g. compared with similar programmes.`,
      },
    }),
    high: message<{ cost: string; max: string }>("warning", {
      zh: { message: (p) => `人均成本约 ${p.cost}，高于 ${p.max} 的参考上限。`, suggestion: `说明成本较高的原因，或扩大覆盖人数、压缩非必要开支。` },
      en: { message: (p) => `The cost per beneficiary is about ${p.cost}, above the reference of ${p.max}.`, suggestion: `Explain why the cost is high, or reach more people or trim non-essential costs.` },
    }),
  },
  // A missing budget is reported as such only when it leaves the cost unknown: a total stated in the summary is enough.
  needs: { text: "to-compute", sections: ["budget"] },
  run(ctx, options) {
    const { total, people, cost } = perBeneficiary(ctx.analysis);
    const line = headingLine(ctx, ["budget"]);
    if (total === undefined || !people || cost === undefined) {
      // Only a missing total can be a missing budget section (costed milestones are a budget).
      if (total !== undefined) return [{ message: "cannotCompute", params: { missing: "count" }, loss: 1, line, section: "budget" } as const];
      return [{ message: "cannotCompute", params: { missing: "total" }, loss: 1, line, section: "budget", unmeasured: true } as const];
    }
    const out = [];
    const states = wordPattern("unit_cost", options.words);
    if (!bodyLines(ctx, ["budget", "summary", "beneficiaries"]).some((l) => states.test(l.text))) {
      out.push({ message: "notStated", params: { cost: money(ctx, cost) }, loss: 0.3, line, section: "budget" } as const);
    }
    if (options.max !== undefined && cost > options.max) {
      out.push({ message: "high", params: { cost: money(ctx, cost), max: money(ctx, options.max) }, loss: 0.7, line, section: "budget" } as const);
    }
    return out;
  },
});
