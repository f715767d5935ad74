// The rubric file format (YAML), validated by zod so every mistake is reported as
// `rubric.yaml:12:5: criteria[3].weight: expected a number`. `rubricJsonSchema()` is what
// `grantsmith schema rubric` prints.
import { z } from "zod";
import { KINDS } from "../../kinds/index.js";

const text = z.string().trim().min(1, "must not be empty");
const perLanguage = z.strictObject({ zh: text.optional(), en: text.optional() }).describe("Text per language (zh, en)");
const perLanguageNumber = z.union([z.number().positive(), z.strictObject({ zh: z.number().positive().optional(), en: z.number().positive().optional() })]);
const sectionIds = z.array(text).optional().describe("Canonical section ids to look at; default: the criterion's sections");
const countUnit = z.enum(["auto", "chars", "chars_no_spaces", "cjk", "words"]);
const severity = z.enum(["error", "warning", "info"]);

/** Fields every check may carry. */
const common = {
  weight: z.number().positive().default(1).describe("Share of the criterion's points, relative to its other checks"),
  severity: severity.optional().describe("Override the severity of this check's findings"),
  sections: sectionIds,
};

const sectionCheck = z.strictObject({
  type: z.literal("section"),
  ...common,
  min: perLanguageNumber.optional().describe("Minimum length of the section, in `unit`"),
  unit: countUnit.default("auto"),
});
const lengthLimit = z.strictObject({
  type: z.literal("length_limit"),
  ...common,
  max: perLanguageNumber.describe("Maximum length of each section, counted in `unit`"),
  unit: countUnit.default("auto"),
});
const evidence = z.strictObject({
  type: z.literal("evidence"),
  ...common,
  min_figures: z.number().int().nonnegative().default(2),
  sources: z.boolean().default(true),
});
const smart = z.strictObject({ type: z.literal("smart_objectives"), ...common, min_items: z.number().int().positive().default(2) });
const beneficiaries = z.strictObject({ type: z.literal("beneficiaries"), ...common, direct_indirect: z.boolean().default(true) });
const activities = z.strictObject({
  type: z.literal("activities"),
  ...common,
  min_items: z.number().int().positive().default(2),
  outcomes: z.boolean().default(true),
});
const timeline = z.strictObject({ type: z.literal("timeline"), ...common });
const budget = z.strictObject({
  type: z.literal("budget"),
  ...common,
  tolerance: z.number().nonnegative().default(1).describe("Largest difference (in currency units) that still counts as adding up"),
});
const adminShare = z.strictObject({
  type: z.literal("admin_share"),
  ...common,
  max: z.number().gt(0).lt(1).describe("Largest management/admin share of the budget, e.g. 0.1 for 10%"),
  include_fundraising: z.boolean().default(false).describe("Count fundraising costs as overhead too"),
});
const costPerBeneficiary = z.strictObject({
  type: z.literal("cost_per_beneficiary"),
  ...common,
  max: z.number().positive().optional().describe("Largest acceptable cost per direct beneficiary"),
});
const indicators = z.strictObject({ type: z.literal("indicators"), ...common, min_items: z.number().int().positive().default(2) });
const risks = z.strictObject({ type: z.literal("risks"), ...common, min_items: z.number().int().positive().default(2) });
const sustainability = z.strictObject({ type: z.literal("sustainability"), ...common });
const placeholders = z.strictObject({
  type: z.literal("placeholders"),
  ...common,
  per_finding: z.number().gt(0).max(1).default(0.25).describe("Share of the check lost per placeholder"),
});
const vague = z.strictObject({
  type: z.literal("vague"),
  ...common,
  allowed: z.number().int().nonnegative().default(2).describe("Vague quantifiers tolerated before points are lost"),
  terms: z.array(text).optional().describe("Extra vague words to flag"),
});
const sentenceLength = z.strictObject({
  type: z.literal("sentence_length"),
  ...common,
  max: perLanguageNumber.optional().describe("Longest sentence (Chinese characters for zh, words for en)"),
  allowed: z.number().int().nonnegative().default(1),
});
const element = z.strictObject({
  id: text,
  label: perLanguage,
  patterns: z.array(text).min(1).describe("Regular expressions, any of which marks the element as present"),
  hint: perLanguage.optional().describe("What to write, shown in the suggestion"),
});
const elements = z.strictObject({
  type: z.literal("elements"),
  ...common,
  items: z.array(element).min(1),
});
const pattern = z.strictObject({
  type: z.literal("pattern"),
  ...common,
  pattern: z.union([text, perLanguage]).describe("A regular expression (or one per language)"),
  min: z.number().int().positive().default(1),
  message: perLanguage,
  suggestion: perLanguage,
});
const llm = z.strictObject({
  type: z.literal("llm"),
  weight: common.weight,
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
});

const checkUnion = z.discriminatedUnion("type", [
  sectionCheck, lengthLimit, evidence, smart, beneficiaries, activities, timeline, budget, adminShare,
  costPerBeneficiary, indicators, risks, sustainability, placeholders, vague, sentenceLength, elements, pattern, llm,
]);
export const CHECK_TYPES = checkUnion.options.map((o) => o.shape.type.value);

/** The fields a check of this type takes ([] for an unknown type). */
export function checkFields(type: unknown): string[] {
  const branch = checkUnion.options.find((o) => o.shape.type.value === type);
  return branch ? Object.keys(branch.shape) : [];
}

/** The type is checked first, so a misspelt type reads "expected one of section, evidence, …". */
export const checkSchema = z.looseObject({ type: z.enum(CHECK_TYPES as [string, ...string[]]) }).pipe(checkUnion);

const criterion = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, "use lowercase letters, digits, - and _"),
  title: perLanguage,
  description: perLanguage.optional(),
  weight: z.number().positive().describe("Points this criterion is worth; a rubric's weights add up to 100"),
  sections: z.array(text).default([]).describe("Canonical section ids this criterion looks at"),
  must: z.boolean().default(false).describe("A hard floor: failing this criterion fails the gate whatever the total"),
  pass: z.number().min(0).max(1).default(0.6).describe("Share of the points needed for the criterion to pass"),
  checks: z.array(checkSchema).min(1),
});

const aliases = z.strictObject({ zh: z.array(text).optional(), en: z.array(text).optional() });

export const rubricSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/, "use lowercase letters, digits, - and _"),
    version: z.literal(1).default(1),
    title: perLanguage,
    description: perLanguage.optional(),
    language: z.enum(["zh", "en", "any"]).default("any"),
    kind: z.enum([...KINDS, "any"]).default("any"),
    sections: z
      .record(z.string(), aliases)
      .default({})
      .describe("Extra heading aliases per canonical section id (added to the built-in ones); new ids allowed"),
    order: z.array(text).optional().describe("The expected order of sections, used to say where a missing one belongs"),
    grades: z
      .array(z.strictObject({ min: z.number().min(0).max(100), grade: text }))
      .optional()
      .describe("Grade bands, highest first; default A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, F"),
    criteria: z.array(criterion).min(1),
  })
  .superRefine((rubric, ctx) => {
    const total = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (Math.abs(total - 100) > 0.001) {
      ctx.addIssue({ code: "custom", path: ["criteria"], message: `the weights add up to ${Math.round(total * 100) / 100}, not 100` });
    }
    rubric.criteria.forEach((c, i) =>
      c.checks.forEach((check, j) => {
        const patterns: [string, PropertyKey[]][] = [];
        if (check.type === "pattern") {
          if (typeof check.pattern === "string") patterns.push([check.pattern, ["pattern"]]);
          else for (const [lang, p] of Object.entries(check.pattern)) if (p) patterns.push([p, ["pattern", lang]]);
        }
        if (check.type === "elements") {
          check.items.forEach((item, k) => item.patterns.forEach((p, m) => patterns.push([p, ["items", k, "patterns", m]])));
        }
        for (const [p, where] of patterns) {
          try {
            new RegExp(p, "i");
          } catch (error) {
            ctx.addIssue({ code: "custom", path: ["criteria", i, "checks", j, ...where], message: `not a valid regular expression (${(error as Error).message})` });
          }
        }
      }),
    );
    const seen = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: `duplicate criterion id "${c.id}"` });
      seen.add(c.id);
    });
  });

export type RubricInput = z.output<typeof rubricSchema>;
export type CriterionSpec = RubricInput["criteria"][number];
export type CheckSpec = z.output<typeof checkSchema>;
export type CheckType = CheckSpec["type"];
export type PerLanguage = z.output<typeof perLanguage>;

/** The JSON Schema of a rubric file, for editors (`grantsmith schema rubric`). */
export function rubricJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rubricSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, title: "grantsmith rubric" };
}
