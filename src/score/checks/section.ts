// section: each of the check's sections is there, holds text and is at least `min` long.
import type { CountUnit } from "../../text/count.js";
import { sectionTitle } from "../aliases.js";
import { defineCheck, message } from "./check.js";
import { headingLine, perLanguage } from "./context.js";
import { sectionCount, UNIT_NAMES, unitFor } from "./section-length.js";
import { nearEmptyLength } from "../near-empty.js";

type Short = { title: string; count: number; min: number; unit: CountUnit };

export const sectionCheck = defineCheck({
  type: "section",
  description: "Each section is there, holds text, and is at least `min` long",
  options: ({ perLanguageNumber, countUnit }) => ({
    min: perLanguageNumber.optional().describe("Minimum length of the section, in `unit`"),
    unit: countUnit.default("auto"),
  }),
  messages: {
    short: message<Short>("warning", {
      zh: {
        message: (p) => `「${p.title}」只有 ${p.count} ${UNIT_NAMES.zh[p.unit]}，少于建议的 ${p.min} ${UNIT_NAMES.zh[p.unit]}。`,
        suggestion: (p) => `充实「${p.title}」（约还需 ${p.min - p.count} ${UNIT_NAMES.zh[p.unit]}）：补充具体事实、数据及其来源，而不是重复其他部分。`,
      },
      en: {
        message: (p) => `"${p.title}" has ${p.count} ${UNIT_NAMES.en[p.unit]}, fewer than the ${p.min} expected.`,
        suggestion: (p) => `Expand "${p.title}" by about ${p.min - p.count} ${UNIT_NAMES.en[p.unit]}: add specific facts, figures and their sources rather than repeating other sections.`,
      },
    }),
  },
  // A heading with nothing under it is not a section that is there.
  needs: { text: "each" },
  run(ctx, options) {
    const min = perLanguage(options.min, ctx);
    if (min === undefined) return [];
    const id = ctx.sections[0]!;
    const unit = unitFor(options.unit, ctx);
    const count = sectionCount(ctx, id, unit);
    if (count >= min) return [];
    const title = sectionTitle(id, ctx.language, ctx.kind);
    // A short section keeps part of its points for what it says; a near-empty one (a line or two, no
    // figure: "We provide a drive service.") says nothing a missing one would not.
    const share = nearEmptyLength(ctx, [id]) === undefined ? 0.6 : 1;
    return [{ message: "short", params: { title, count, min, unit }, loss: (1 - count / min) * share, line: headingLine(ctx, [id]), section: id }];
  },
});
