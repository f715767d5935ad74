// A check type the judge answers that is not built in, for judged-check.isolated.test.ts: a yes (1)
// or no (0) verdict, all or none of its points.
import { defineCheck, message } from "../../src/score/checks/check.js";

export const yesNoCheck = defineCheck({
  type: "yes_no",
  description: "A yes-or-no question the judge answers",
  options: ({ perLanguage }) => ({ question: perLanguage.describe("What the judge is asked") }),
  messages: {
    no: message<{ reason: string }>("warning", {
      zh: { message: (p) => `评审答“否”：${p.reason}`, suggestion: "补上评审指出的内容。" },
      en: { message: (p) => `The judge said no: ${p.reason}`, suggestion: "Add what the judge found missing." },
    }),
  },
  judged: {
    ask: (options) => ({ question: options.question, scale: { min: 0, max: 1 } }),
    verdict: (verdict) =>
      verdict.score >= 1 ? { share: 1, scale: { min: 0, max: 1 } } : { share: 0, scale: { min: 0, max: 1 }, report: { message: "no", params: { reason: verdict.reasons.join(" ") } } },
  },
});
