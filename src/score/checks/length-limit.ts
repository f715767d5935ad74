// length_limit: no section over `max`, counted the way funder portals count.
import type { CountUnit } from "../../text/count.js";
import { sectionTitle } from "../aliases.js";
import { defineCheck, message } from "./check.js";
import { headingLine, perLanguage } from "./context.js";
import { sectionCount, UNIT_NAMES, unitFor } from "./section-length.js";

type Over = { title: string; count: number; max: number; unit: CountUnit };

export const lengthLimitCheck = defineCheck({
  type: "length_limit",
  description: "No section is longer than `max`, counted in `unit`",
  options: ({ perLanguageNumber, countUnit }) => ({
    max: perLanguageNumber.describe("Maximum length of each section, counted in `unit`"),
    unit: countUnit.default("auto"),
  }),
  messages: {
    over: message<Over>("warning", {
      zh: {
        message: (p) => `「${p.title}」有 ${p.count} ${UNIT_NAMES.zh[p.unit]}，超过 ${p.max} ${UNIT_NAMES.zh[p.unit]}的上限。`,
        suggestion: (p) => `删减约 ${p.count - p.max} ${UNIT_NAMES.zh[p.unit]}：保留关键事实和数据，删去重复和空泛的表述。`,
      },
      en: {
        message: (p) => `"${p.title}" has ${p.count} ${UNIT_NAMES.en[p.unit]}, over the limit of ${p.max}.`,
        suggestion: (p) => `Cut about ${p.count - p.max} ${UNIT_NAMES.en[p.unit]}: keep the key facts and figures, drop repetition and general statements.`,
      },
    }),
  },
  // A limit is kept only by text that is there: a missing or empty section earns nothing here.
  needs: { text: "each" },
  // A limit set for the other language only: nothing to assess, not even whether the section is there.
  applies: (ctx, options) => perLanguage(options.max, ctx) !== undefined,
  run(ctx, options) {
    const max = perLanguage(options.max, ctx)!;
    const id = ctx.sections[0]!;
    const unit = unitFor(options.unit, ctx);
    const count = sectionCount(ctx, id, unit);
    if (count <= max) return [];
    return [{ message: "over", params: { title: sectionTitle(id, ctx.language, ctx.kind), count, max, unit }, loss: 1, line: headingLine(ctx, [id]), section: id }];
  },
});
