// sourced_claims: a figure the text presents as a finding ("a 2023 survey found that 87%…",
// "研究表明…") names where it comes from, in its sentence or the next. The need statement is the
// evidence check's; this one reads the rest of the text, where an invented statistic also lands.
import { defineCheck, message } from "./check.js";
import { quote, withoutPlaceholders } from "./context.js";
import { supportedByFacts } from "./evidence.js";
import { proseLines, sectionAt } from "./prose.js";
import { sourceWords, unsourcedStatistics } from "./sources.js";

export const sourcedClaimsCheck = defineCheck({
  type: "sourced_claims",
  description: "Figures presented as findings outside the need statement name their source",
  options: ({ z, words }) => ({
    except: z.array(z.string()).default(["need"]).describe("Sections left to the evidence check"),
    words: words("findings", "claims", "plans", "citations", "attributions", "source_bodies", "first_person", "listed_things"),
  }),
  messages: {
    unsourced: message<{ figure: string; sentence: string }>("warning", {
      zh: {
        message: (p) => `「${p.figure}」作为调查或研究结果出现，但本句和下一句都没有注明来源：「${quote(p.sentence, 30)}」。`,
        suggestion: (p) => `写明「${p.figure}」的出处（调查机构、时间和样本，或报告名称）；无法说明出处的数据请删去。`,
      },
      en: {
        message: (p) => `"${p.figure}" is presented as a finding but has no source in its sentence or the next: "${quote(p.sentence, 50)}".`,
        suggestion: (p) => `Say where "${p.figure}" comes from (who collected it, when, from how many people, or the report's title), or remove it.`,
      },
    }),
  },
  // Wording is credited only for text that is there.
  needs: { text: "share" },
  run(ctx, options) {
    const skip = new Set(options.except);
    const lines = withoutPlaceholders(ctx, proseLines(ctx)).filter((l) => {
      const id = sectionAt(ctx, l.line);
      return id === undefined || !skip.has(id);
    });
    return unsourcedStatistics(ctx, lines, true, supportedByFacts(ctx), sourceWords(options.words))
      .slice(0, 4)
      .map((u) => ({ message: "unsourced", params: { figure: u.figure, sentence: u.sentence }, loss: 0.25, line: u.line, section: sectionAt(ctx, u.line) }) as const);
  },
});
