// Validating rubric text with zod (through parseWithSchema, for file:line errors). The build step
// validates the built-in rubrics with it (scripts/compile-rubrics.js); at run time it is imported
// only for a user's rubric file, so scoring with a built-in rubric does not pay for zod and yaml.
import { InputError } from "../../errors.js";
import { describeIssues, formatPath, locate, parseYamlSource, placeOrder, toData, type YamlSource } from "../../util/yaml-source.js";
import { DEFAULT_ALIASES } from "../aliases.js";
import { checkFields, rubricSchema, type RubricInput } from "./schema.js";
import { t } from "../../i18n/index.js";

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * An unknown field of a check, named against that check type's own fields (the generic message
 * would list only "type", the one field all checks share).
 */
function unknownCheckField(source: YamlSource, data: unknown, path: (string | number)[], key: string): string {
  const check = path.reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Record<string | number, unknown>)[k] : undefined), data);
  const type = (check as { type?: unknown } | undefined)?.type;
  const fields = checkFields(type);
  const pos = locate(source, path, key);
  const near = fields.map((f) => ({ f, d: editDistance(key.toLowerCase(), f.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  const hint =
    near && near.d <= Math.max(2, Math.floor(key.length / 3))
      ? t("util.didYouMean", { name: near.f })
      : fields.length > 0
        ? t("score.checkTakes", { type: String(type), fields: fields.join(", ") })
        : "";
  return t("util.unknownField", { place: t("util.place", { file: source.file, ...pos }), path: formatPath([...path, key]), hint });
}

const CHECK_PATH = (path: readonly PropertyKey[]) => path.length === 4 && path[0] === "criteria" && path[2] === "checks";

function parseRubricSource(file: string, text: string): { value: RubricInput; source: YamlSource } {
  const source = parseYamlSource(file, text);
  const data = toData(source) ?? {};
  // One parse per file: zod's eval-built fast path would cost more to compile than it saves.
  const result = rubricSchema.safeParse(data, { reportInput: true, jitless: true });
  if (result.success) return { value: result.data, source };
  const lines: string[] = [];
  const rest = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys" && CHECK_PATH(issue.path)) {
      for (const key of issue.keys) lines.push(unknownCheckField(source, data, issue.path as (string | number)[], key));
    } else {
      rest.push(issue);
    }
  }
  lines.push(...describeIssues(source, rubricSchema, rest, data));
  const sorted = [...new Set(lines)].sort((a, b) => placeOrder(file, a) - placeOrder(file, b));
  throw new InputError(sorted[0]!, sorted.slice(1));
}

/** Parses and validates rubric text; throws InputError with every problem as file:line:col. */
export function validateRubric(file: string, text: string): RubricInput {
  const { value, source } = parseRubricSource(file, text);
  const known = new Set([...Object.keys(DEFAULT_ALIASES), ...Object.keys(value.sections)]);
  const problems: string[] = [];
  const check = (id: string, at: (string | number)[]) => {
    if (known.has(id)) return;
    const pos = locate(source, at);
    problems.push(t("score.unknownSection", { place: t("util.place", { file, ...pos }), path: formatPath(at), id, known: [...known].join(", ") }));
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
