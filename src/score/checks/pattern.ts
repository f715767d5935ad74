// pattern: a rubric's own regular expression, found at least `min` times, with its own message.
import { allLines } from "../read/proposal.js";
import { defineCheck, message } from "./check.js";
import { bodyLines, headingLine } from "./context.js";
import { compiled } from "./regex-cache.js";

type Text = { zh?: string | undefined; en?: string | undefined };
type Own = { message: Text; suggestion: Text };

export const patternCheck = defineCheck({
  type: "pattern",
  description: "A rubric's own regular expression, found at least `min` times",
  options: ({ z, pattern, perLanguage }) => ({
    pattern: z.union([pattern, z.strictObject({ zh: pattern.optional(), en: pattern.optional() })]).describe("A regular expression (or one per language)"),
    min: z.number().int().positive().default(1),
    message: perLanguage,
    suggestion: perLanguage,
  }),
  messages: {
    // The rubric's own text, in the proposal's language when it has it.
    own: message<Own>("warning", {
      zh: { message: (p) => p.message.zh ?? p.message.en ?? "", suggestion: (p) => p.suggestion.zh ?? p.suggestion.en ?? "" },
      en: { message: (p) => p.message.en ?? p.message.zh ?? "", suggestion: (p) => p.suggestion.en ?? p.suggestion.zh ?? "" },
    }),
  },
  run(ctx, options) {
    const source = typeof options.pattern === "string" ? options.pattern : (options.pattern[ctx.language] ?? options.pattern.zh ?? options.pattern.en);
    if (!source) return [];
    const re = compiled(source, "gi");
    let count = 0;
    const lines = ctx.sections.length > 0 ? bodyLines(ctx) : allLines(ctx.proposal);
    for (const ref of lines) {
      re.lastIndex = 0;
      count += ref.text.match(re)?.length ?? 0;
    }
    if (count >= options.min) return [];
    return [{ message: "own", params: { message: options.message, suggestion: options.suggestion }, loss: 1 - count / options.min, line: headingLine(ctx) }];
  },
});
