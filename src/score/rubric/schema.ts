// The rubric file format (YAML), validated by zod so every mistake is reported as
// `rubric.yaml:12:5: criteria[3].weight: expected a number`. `rubricJsonSchema()` is what
// `grantsmith schema rubric` prints.
import { z } from "zod";
import type { CheckModule, OptionsOf } from "../checks/check.js";
import { CHECKS } from "../checks/registry.js";
import { commonFields, optionKit } from "./option-kit.js";
import { KINDS } from "../../kinds/index.js";
import { t } from "../../i18n/index.js";

const { text, perLanguage } = optionKit;

type AnyCheck = CheckModule<string, z.ZodRawShape, any>;

/** One check type's fields: its type, the common ones (an llm check: only the weight), then its own. */
function checkBranch(module: AnyCheck) {
  const common = module.judged ? { weight: commonFields.weight } : commonFields;
  return z.strictObject({ type: z.literal(module.type), ...common, ...module.options(optionKit) }).describe(module.description);
}

const branches = (CHECKS as readonly AnyCheck[]).map(checkBranch);
const checkUnion = z.discriminatedUnion("type", branches as [ReturnType<typeof checkBranch>, ...ReturnType<typeof checkBranch>[]]);

type SpecOf<M> = M extends { type: infer T; options: (kit: never) => infer S extends z.ZodRawShape } ? { type: T } & OptionsOf<S> : never;
/** A check as a rubric gives it, by type (an llm check has no severity or sections). */
export type CheckSpec = SpecOf<(typeof CHECKS)[number]>;
export type CheckType = CheckSpec["type"];

export const CHECK_TYPES = CHECKS.map((m) => m.type);

/** The fields a check of this type takes ([] for an unknown type). */
export function checkFields(type: unknown): string[] {
  const branch = branches.find((o) => o.shape.type.value === type);
  return branch ? Object.keys(branch.shape) : [];
}

/** The type is checked first, so a misspelt type reads "expected one of section, evidence, …". */
const typeFirst = z.looseObject({ type: z.enum(CHECK_TYPES as [string, ...string[]]) });
export const checkSchema = typeFirst.pipe(checkUnion) as unknown as z.ZodType<CheckSpec>;

const criterion = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, "use lowercase letters, digits, - and _"),
  title: perLanguage,
  description: perLanguage.optional(),
  weight: z.number().positive().describe("Points this criterion is worth; a rubric's weights add up to 100"),
  sections: z.array(text).default([]).describe("Canonical section ids this criterion looks at"),
  must: z.boolean().default(false).describe("A hard floor: failing this criterion fails the gate whatever the total"),
  required: z
    .boolean()
    .default(false)
    .describe("Readiness: a proposal without any of this criterion's sections is not ready to submit (the gate is not affected)"),
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
      ctx.addIssue({ code: "custom", path: ["criteria"], message: t("score.weightsTotal", { total: Math.round(total * 100) / 100 }) });
    }
    const seen = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: t("score.duplicateCriterion", { id: c.id }) });
      seen.add(c.id);
    });
  });

export type RubricInput = z.output<typeof rubricSchema>;
export type CriterionSpec = RubricInput["criteria"][number];
export type PerLanguage = z.output<typeof perLanguage>;

/** The JSON Schema of a rubric file, for editors (`grantsmith schema rubric`). */
export function rubricJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rubricSchema, {
    io: "input",
    unrepresentable: "any",
    // An editor is shown every check type's own fields, not only the type tested first.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== typeFirst) return;
      const { $schema: _, ...union } = z.toJSONSchema(checkUnion, { io: "input", unrepresentable: "any" });
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, union);
    },
  }) as Record<string, unknown>;
  return { ...schema, title: "grantsmith rubric" };
}
