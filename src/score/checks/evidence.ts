// evidence: the need is shown with figures, and the figures have a source. A statistic with no
// source in its sentence or the next is no evidence: it costs points and is listed by its figure.
import type { Figure } from "../../text/numbers.js";
import { knownFiguresOf, verifiedFigure } from "../analysis/provenance.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, count, headingLine, placeholdersRemoved, quote, type CheckContext } from "./context.js";
import { quantities } from "./items.js";
import { hasSource, sourceWords, unsourcedStatistics } from "./sources.js";
import { wordPattern } from "../words/lists.js";

/** Unsourced statistics: what each costs, and at most, when the need cites a source elsewhere or none. */
const LOSS = { each: 0.15, most: 0.45, eachWithoutAnySource: 0.1, mostWithoutAnySource: 0.25 };

/** A figure the facts file holds (with its source there) is supported. */
export function supportedByFacts(ctx: CheckContext): ((f: Figure) => boolean) | undefined {
  if (!ctx.facts) return undefined;
  const known = knownFiguresOf(ctx.facts);
  return (f) => verifiedFigure(f, known);
}

export const evidenceCheck = defineCheck({
  type: "evidence",
  description: "The need is backed by quantified figures with their sources",
  options: ({ z, words }) => ({
    min_figures: z.number().int().nonnegative().default(2),
    sources: z.boolean().default(true),
    words: words("sources", "findings", "plans", "citations", "attributions", "source_bodies", "first_person", "listed_things"),
  }),
  messages: {
    fewFigures: message<{ figures: number; min: number }>("warning", {
      zh: {
        message: (p) => (p.figures === 0 ? `需求分析没有量化数据（建议至少 ${p.min} 个）。` : `需求分析只有 ${p.figures} 个量化数据（建议至少 ${p.min} 个）。`),
        suggestion: `用带单位的数据说明问题的规模，例如「辖区内独居老人1,280人，其中约三成就餐困难」，并注明出处。`,
      },
      en: {
        message: (p) => (p.figures === 0 ? `The need is backed by no figure; at least ${p.min} are expected.` : `The need is backed by ${count(p.figures, "figure")}; at least ${p.min} are expected.`),
        suggestion: `Show the size of the problem with figures and units (e.g. "1,280 older people live alone; about 30% struggle to get a hot meal") and cite where they come from.`,
      },
    }),
    noSource: message("warning", {
      zh: { message: `需求分析中的数据没有注明来源。`, suggestion: `为每个关键数据注明来源：调查（时间、样本）、统计公报、政府或研究报告。` },
      en: { message: `The figures in the need statement have no source.`, suggestion: `Give a source for each key figure: a survey (when, sample size), official statistics or a published report.` },
    }),
    unsourced: message<{ figure: string; sentence: string }>("warning", {
      zh: {
        message: (p) => `需求分析中的数据「${p.figure}」在本句和下一句都没有注明来源：「${quote(p.sentence, 30)}」。`,
        suggestion: (p) => `写明「${p.figure}」的出处（调查机构、时间和样本，或报告名称）；无法说明出处的数据请删去。`,
      },
      en: {
        message: (p) => `The figure "${p.figure}" in the need statement has no source in its sentence or the next: "${quote(p.sentence, 50)}".`,
        suggestion: (p) => `Say where "${p.figure}" comes from (who collected it, when, from how many people, or the report's title), or remove it.`,
      },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    // A line the writer wrote keeps its figures when a placeholder asks for more on it ("约六成孩子家里没有课外书
    // 【待补充：该数据的来源】"): the figures are read, the placeholder's own words are not.
    const lines = bodyLines(ctx).map((l) => ({ ...l, text: placeholdersRemoved(ctx, l.text) }));
    const read = sourceWords(options.words);
    const unsourced = unsourcedStatistics(ctx, lines, false, supportedByFacts(ctx), read);
    // An unsourced statistic is no evidence: it does not count towards the figures expected.
    const unsourcedLines = new Set(unsourced.map((u) => u.line));
    const figures = lines.reduce((n, l) => n + (unsourcedLines.has(l.line) ? 0 : quantities(ctx, l).length), 0);
    const line = headingLine(ctx);
    const out = [];
    if (figures < options.min_figures) {
      out.push({ message: "fewFigures", params: { figures, min: options.min_figures }, loss: 0.45 * (1 - figures / options.min_figures), line } as const);
    }
    if (!options.sources) return out;
    const source = wordPattern("sources", options.words);
    // A rubric's own list of source words decides: replaced, only its words count; added, its words count too.
    const change = options.words?.sources;
    const anySource = lines.some((l) => (change?.replace ? source.test(l.text) : hasSource(l.text, read) || (change?.add !== undefined && source.test(l.text))));
    // Room is left under the check's points for the unsourced statistics: an invented figure never helps.
    if (!anySource) out.push({ message: "noSource", loss: 0.3, line } as const);
    const each = anySource ? LOSS.each : LOSS.eachWithoutAnySource;
    const most = anySource ? LOSS.most : LOSS.mostWithoutAnySource;
    unsourced.forEach((u, k) => {
      out.push({ message: "unsourced", params: { figure: u.figure, sentence: u.sentence }, loss: Math.min(each, Math.max(0, most - k * each)), line: u.line } as const);
    });
    return out;
  },
});
