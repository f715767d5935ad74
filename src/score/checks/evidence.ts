// evidence: the need is shown with figures, and the figures have a source.
import { defineCheck, message } from "./check.js";
import { bodyLines, count, headingLine, withoutPlaceholders } from "./context.js";
import { quantities } from "./items.js";
import { wordPattern } from "../words/lists.js";

export const evidenceCheck = defineCheck({
  type: "evidence",
  description: "The need is backed by quantified figures with their sources",
  options: ({ z, words }) => ({
    min_figures: z.number().int().nonnegative().default(2),
    sources: z.boolean().default(true),
    words: words("sources"),
  }),
  messages: {
    fewFigures: message<{ figures: number; min: number }>("warning", {
      zh: {
        message: (p) => `需求分析只有 ${p.figures} 个量化数据（建议至少 ${p.min} 个）。`,
        suggestion: `用带单位的数据说明问题的规模，例如「辖区内独居老人1,280人，其中约三成就餐困难」，并注明出处。`,
      },
      en: {
        message: (p) => `The need is backed by ${count(p.figures, "figure")}; at least ${p.min} are expected.`,
        suggestion: `Show the size of the problem with figures and units (e.g. "1,280 older people live alone; about 30% struggle to get a hot meal") and cite where they come from.`,
      },
    }),
    noSource: message("warning", {
      zh: { message: `需求分析中的数据没有注明来源。`, suggestion: `为每个关键数据注明来源：调查（时间、样本）、统计公报、政府或研究报告。` },
      en: { message: `The figures in the need statement have no source.`, suggestion: `Give a source for each key figure: a survey (when, sample size), official statistics or a published report.` },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    const lines = withoutPlaceholders(ctx, bodyLines(ctx));
    const figures = lines.reduce((n, l) => n + quantities(ctx, l).length, 0);
    const line = headingLine(ctx);
    const out = [];
    if (figures < options.min_figures) {
      out.push({ message: "fewFigures", params: { figures, min: options.min_figures }, loss: 0.6 * (1 - figures / options.min_figures), line } as const);
    }
    const source = wordPattern("sources", options.words);
    if (options.sources && !lines.some((l) => source.test(l.text))) out.push({ message: "noSource", loss: 0.4, line } as const);
    return out;
  },
});
