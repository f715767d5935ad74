// vague: vague quantifiers (大量, many…) instead of numbers; a few are tolerated.
import { defineCheck, message } from "./check.js";
import { quote } from "./context.js";
import { MAX_LISTED, proseLines, sectionAt } from "./prose.js";
import { builtinVaguePatternFor, customVaguePattern } from "./vague-words.js";

type Vague = { word: string; text: string; index: number };

export const vagueCheck = defineCheck({
  type: "vague",
  description: "Vague quantifiers instead of numbers; missing and empty sections cost their share",
  options: ({ z, text, words }) => ({
    allowed: z.number().int().nonnegative().default(2).describe("Vague quantifiers tolerated before points are lost"),
    terms: z.array(text).optional().describe("Extra vague words to flag (literal words; English ones match whole words)"),
    words: words("vague"),
  }),
  messages: {
    vague: message<Vague>("warning", {
      zh: {
        message: (p) => `「${p.word}」是模糊的数量词：「${quote(p.text.slice(Math.max(0, p.index - 8), p.index + 16))}」。`,
        suggestion: `换成具体的数字和单位（例如「约120户」），并注明数据来源；没有数据就删去这个词。`,
      },
      en: {
        message: (p) => `"${p.word}" is a vague quantifier: "${quote(p.text.slice(Math.max(0, p.index - 20), p.index + 30), 50)}".`,
        suggestion: `Give the number and unit instead (for example "about 120 households") with its source, or drop the word.`,
      },
    }),
  },
  // Wording is credited only for text that is there.
  needs: { text: "share" },
  run(ctx, options) {
    const own = customVaguePattern(options, { change: options.words?.vague, terms: options.terms ?? [] });
    const out = [];
    let seen = 0;
    for (const ref of proseLines(ctx, options.sections)) {
      const re = own ?? builtinVaguePatternFor(ref.text);
      re.lastIndex = 0;
      for (let m = re.exec(ref.text); m !== null; m = re.exec(ref.text)) {
        // A rubric's own entry may match nothing at all ("x*"): step past it.
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        seen++;
        if (out.length >= MAX_LISTED) break;
        out.push({ message: "vague", params: { word: m[0], text: ref.text, index: m.index }, loss: seen > options.allowed ? 0.1 : 0, line: ref.line, section: sectionAt(ctx, ref.line) } as const);
      }
    }
    return out;
  },
});
