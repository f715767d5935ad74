// A check type that is not built in, for new-check.test.ts: the contact section gives an email address.
import { defineCheck, message } from "../../src/score/checks/check.js";
import { bodyLines, headingLine } from "../../src/score/checks/context.js";

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;

export const contactEmailCheck = defineCheck({
  type: "contact_email",
  description: "The contact section gives at least `min` email addresses",
  options: ({ z }) => ({ min: z.number().int().positive().default(1).describe("Email addresses expected") }),
  messages: {
    few: message<{ found: number; min: number }>("warning", {
      zh: { message: (p) => `联系方式只有 ${p.found} 个电子邮箱（至少 ${p.min} 个）。`, suggestion: "写明负责人的电子邮箱。" },
      en: { message: (p) => `The contact section gives ${p.found} email addresses; ${p.min} expected.`, suggestion: "Give the contact person's email address." },
    }),
  },
  needs: { text: "any" },
  run(ctx, options) {
    let found = 0;
    for (const ref of bodyLines(ctx)) found += ref.text.match(EMAIL)?.length ?? 0;
    return found >= options.min ? [] : [{ message: "few", params: { found, min: options.min }, loss: 1 - found / options.min, line: headingLine(ctx) }];
  },
});
