// Validating rubric text with zod (through parseWithSchema, for file:line errors). Imported only
// when a rubric is not in the cache, so scoring one file does not pay for zod and yaml.
import { InputError } from "../errors.js";
import { formatPath, locate, parseWithSchema } from "../util/yaml-source.js";
import { DEFAULT_ALIASES } from "./aliases.js";
import { rubricSchema, type RubricInput } from "./rubric-schema.js";

/** Parses and validates rubric text; throws InputError with every problem as file:line:col. */
export function validateRubric(file: string, text: string): RubricInput {
  const { value, source } = parseWithSchema(rubricSchema, file, text);
  const known = new Set([...Object.keys(DEFAULT_ALIASES), ...Object.keys(value.sections)]);
  const problems: string[] = [];
  const check = (id: string, at: (string | number)[]) => {
    if (known.has(id)) return;
    const pos = locate(source, at);
    problems.push(`${file}:${pos.line}:${pos.col}: ${formatPath(at)}: unknown section id "${id}"; known: ${[...known].join(", ")} (or add it under sections:)`);
  };
  value.criteria.forEach((c, i) => {
    c.sections.forEach((id, k) => check(id, ["criteria", i, "sections", k]));
    c.checks.forEach((k, j) => {
      if ("sections" in k && k.sections) k.sections.forEach((id, m) => check(id, ["criteria", i, "checks", j, "sections", m]));
    });
  });
  if (problems.length > 0) throw new InputError(problems[0]!, problems.slice(1));
  return value;
}
