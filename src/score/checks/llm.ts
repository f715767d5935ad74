// llm: a question the judge model answers with a score (score --judge; the asking is in src/judge/).
// It has no run function: without the judge it is reported as not assessed, and with the judge's
// verdict its median score is converted from the check's scale into its share of the points.
import { defineCheck, message } from "./check.js";

type Scale = { min: number; max: number };

/** A scale written as a maximum means 0..max. */
export function judgeScale(spec: { scale: number | Scale }): Scale {
  return typeof spec.scale === "number" ? { min: 0, max: spec.scale } : { min: spec.scale.min, max: spec.scale.max };
}

interface VerdictParams {
  /** The score as the judge gave it, with its scale: 6/10, or 3 (1–5). */
  shown: string;
  reasons: string[];
  suggestions: string[];
}

export const llmCheck = defineCheck({
  type: "llm",
  description: "A question the judge model answers with a score (score --judge)",
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
  messages: {
    // A verdict is an opinion: it informs, and --fail-on stays a decision of the deterministic checks.
    verdict: message<VerdictParams>("info", {
      zh: {
        message: (p) => `模型评审给出 ${p.shown} 分：${p.reasons.join(" ")}`,
        suggestion: (p) => (p.suggestions.length > 0 ? p.suggestions.join(" ") : "请针对上述理由修改相关部分。"),
      },
      en: {
        message: (p) => `The judge gave ${p.shown}: ${p.reasons.join(" ")}`,
        suggestion: (p) => (p.suggestions.length > 0 ? p.suggestions.join(" ") : "Revise the sections concerned to answer the reasons given."),
      },
    }),
  },
  judged: {
    ask: (options) => ({
      question: options.question,
      scale: judgeScale(options),
      guidance: options.guidance,
      needsFunder: options.needs?.includes("funder") ?? false,
    }),
    verdict: (verdict, options) => {
      const scale = judgeScale(options);
      const share = Math.min(1, Math.max(0, (verdict.score - scale.min) / (scale.max - scale.min)));
      if (share === 1 && verdict.suggestions.length === 0) return { share, scale };
      const shown = scale.min === 0 ? `${verdict.score}/${scale.max}` : `${verdict.score} (${scale.min}–${scale.max})`;
      return { share, scale, report: { message: "verdict", params: { shown, reasons: verdict.reasons, suggestions: verdict.suggestions } } };
    },
  },
});
