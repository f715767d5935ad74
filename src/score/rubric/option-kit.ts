// The pieces check options are built from (zod). A check module's `options` is a function of this
// kit, called only when a rubric is validated, so scoring a file never loads zod.
import { z } from "zod";
import { WORD_LISTS, type WordListId } from "../words/ids.js";
import { unsafePatternMessage } from "./regex-safety.js";
import { t } from "../../i18n/index.js";

const text = z.string().trim().min(1, "must not be empty");

/** A regular expression a rubric writes: reported where it is written when it does not compile. */
const pattern = text.superRefine((source, ctx) => {
  try {
    new RegExp(source, "i");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: t("score.badRegex", { reason: (error as Error).message }) });
    return;
  }
  const unsafe = unsafePatternMessage(source);
  if (unsafe) ctx.addIssue({ code: "custom", message: unsafe });
});

const perLanguage = z.strictObject({ zh: text.optional(), en: text.optional() }).describe("Text per language (zh, en)");

const wordListChange = z
  .strictObject({
    replace: z.array(pattern).optional().describe("Entries used instead of the built-in ones (zh and en)"),
    add: z.array(pattern).optional().describe("Entries added to the list"),
  })
  .describe("Each entry is a regular expression matched anywhere in a line, ignoring case");

export const optionKit = {
  z,
  text,
  pattern,
  perLanguage,
  perLanguageNumber: z.union([z.number().positive(), z.strictObject({ zh: z.number().positive().optional(), en: z.number().positive().optional() })]),
  countUnit: z.enum(["auto", "chars", "chars_no_spaces", "cjk", "words"]),
  /** The `words` option of a check that looks for these lists: extend or replace each. */
  words<const Ids extends readonly WordListId[]>(...ids: Ids) {
    const shape = Object.fromEntries(ids.map((id) => [id, wordListChange.optional().describe(WORD_LISTS[id])])) as {
      [K in Ids[number]]: z.ZodOptional<typeof wordListChange>;
    };
    return z
      .strictObject(shape)
      .optional()
      .describe(`Change the built-in word lists this check looks for (${ids.join(", ")}): { list: { add: [...] } } or { list: { replace: [...] } }`);
  },
};

export type OptionKit = typeof optionKit;

/** Fields every check may carry; an llm check only the weight. */
export const commonFields = {
  weight: z.number().positive().default(1).describe("Share of the criterion's points, relative to its other checks"),
  severity: z.enum(["error", "warning", "info"]).optional().describe("Override the severity of this check's findings"),
  sections: z.array(text).optional().describe("Canonical section ids to look at; default: the criterion's sections"),
};
