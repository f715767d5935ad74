// sustainability: where the money comes from after the project, and who carries the work on.
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine, withoutPlaceholders } from "./context.js";
import { wordPattern } from "../words/lists.js";

export const sustainabilityCheck = defineCheck({
  type: "sustainability",
  description: "Funding after the project and who carries the work on",
  options: ({ words }) => ({ words: words("funding", "continuity") }),
  messages: {
    noFunding: message("warning", {
      zh: {
        message: `可持续性部分没有说明项目结束后的资金来源。`,
        suggestion: `写明后续资金来源（政府购买服务、配套资金、企业合作、社区筹款或收费服务等）及已落实的部分。`,
      },
      en: {
        message: `The sustainability section does not say where funding comes from after the grant.`,
        suggestion: `Name the sources of continued funding (government contracts, matched funds, partners, earned income) and which are already secured.`,
      },
    }),
    noContinuity: message("warning", {
      zh: { message: `没有说明服务如何在项目结束后延续（人员、机制或合作方）。`, suggestion: `说明由谁接手、靠什么机制延续，如培养社区志愿者骨干、纳入社区服务体系。` },
      en: {
        message: `It does not say how the work continues after the project (people, systems or partners).`,
        suggestion: `Say who carries the work on and how: trained volunteers, a partner taking it over, a service built into local systems.`,
      },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    const lines = withoutPlaceholders(ctx, bodyLines(ctx));
    const funding = wordPattern("funding", options.words);
    const continuity = wordPattern("continuity", options.words);
    const line = headingLine(ctx);
    const out = [];
    if (!lines.some((l) => funding.test(l.text))) out.push({ message: "noFunding", loss: 0.7, line } as const);
    if (!lines.some((l) => continuity.test(l.text))) out.push({ message: "noContinuity", loss: 0.3, line } as const);
    return out;
  },
});
