// beneficiaries: how many people benefit, direct and indirect counted apart.
import { defineCheck, message } from "./check.js";
import { headingLine } from "./context.js";

export const beneficiariesCheck = defineCheck({
  type: "beneficiaries",
  description: "The number of beneficiaries is stated, direct and indirect apart",
  options: ({ z }) => ({ direct_indirect: z.boolean().default(true) }),
  messages: {
    noCount: message("error", {
      zh: { message: `没有写明受益人数。`, suggestion: `写明受益人数和单位（人、户、人次），以及如何统计和筛选。` },
      en: { message: `The number of beneficiaries is not stated.`, suggestion: `State how many people benefit, in what unit (people, households), and how they are selected.` },
    }),
    notSplit: message("warning", {
      zh: { message: `没有区分直接受益人和间接受益人。`, suggestion: `分别写明直接受益人（直接接受服务者）和间接受益人（如家属、社区）的人数。` },
      en: {
        message: `Direct and indirect beneficiaries are not distinguished.`,
        suggestion: `Give separate counts for direct beneficiaries (who receive the service) and indirect ones (families, the wider community).`,
      },
    }),
  },
  needs: { text: "any", keyFigure: { figure: "beneficiaries", section: "beneficiaries" } },
  run(ctx, options) {
    const counts = ctx.analysis.beneficiaries();
    const line = headingLine(ctx);
    const out = [];
    if (!counts.any) out.push({ message: "noCount", loss: 0.6, line } as const);
    if (options.direct_indirect && !(counts.mentionsDirect && counts.mentionsIndirect)) out.push({ message: "notSplit", loss: 0.4, line } as const);
    return out;
  },
});
