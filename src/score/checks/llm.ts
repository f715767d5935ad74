// llm: a question the judge model answers with a score (score --judge; see llm-checks.ts and
// src/judge/). Without the judge it is reported as not assessed, so it has no run function.
import { defineCheck } from "./check.js";

export const llmCheck = defineCheck({
  type: "llm",
  description: "A question the judge model answers with a score (score --judge)",
  judged: true,
  options: ({ z, perLanguage }) => ({
    question: perLanguage.describe("What the judge model is asked"),
    scale: z
      .union([
        z.number().int().positive(),
        z
          .strictObject({ min: z.number().int(), max: z.number().int() })
          .refine((scale) => scale.max > scale.min, { message: "max must be above min (the judge answers from min to max)", path: ["max"] }),
      ])
      .default(10)
      .describe("The score range the judge answers in: a maximum (0..max) or {min, max}"),
    guidance: perLanguage.optional().describe("What a high and a low score look like"),
    needs: z
      .array(z.enum(["funder"]))
      .optional()
      .describe("Inputs the question needs besides the proposal: funder = the priorities given with --funder (not assessed without them)"),
  }),
  messages: {},
});
