// The fast validator of facts: reads data against the plain shape (facts/shape.ts) as zod's
// safeParse reads it against the schema, for data that has no problem: the same values, fields in
// the schema's order, defaults filled in, text trimmed, numbers given as text where the schema
// says so. At the first problem it stops and says only that there is one: the caller then asks zod,
// which finds every problem and words each (test/facts/shape.test.ts compares the two).
import { inCalendar } from "./fields.js";
import type { PlainCheck, PlainNode } from "./shape.js";

/** What parseByShape returns for data with a problem. */
export const PROBLEM = Symbol("problem");

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

/** The value after the checks (trim may change a text), or PROBLEM. */
function checked(checks: readonly PlainCheck[] | undefined, start: string | number | unknown[]): unknown {
  let value = start;
  for (const check of checks ?? []) {
    switch (check.check) {
      case "trim":
        value = (value as string).trim();
        break;
      case "min_length":
        if ((value as string | unknown[]).length < check.minimum) return PROBLEM;
        break;
      case "regex":
        if (!patternOf(check.pattern).test(value as string)) return PROBLEM;
        break;
      case "in_calendar":
        if (!inCalendar(value as string)) return PROBLEM;
        break;
      case "safeint":
        if (!Number.isSafeInteger(value)) return PROBLEM;
        break;
      case "greater_than":
        if (check.inclusive ? (value as number) < check.value : (value as number) <= check.value) return PROBLEM;
        break;
    }
  }
  return value;
}

/** The value zod's safeParse would give for `value` under `node`, or PROBLEM. */
export function parseByShape(node: PlainNode, value: unknown): unknown {
  switch (node.type) {
    case "optional":
      return value === undefined ? undefined : parseByShape(node.innerType!, value);
    case "default":
      return value === undefined ? node.defaultValue : parseByShape(node.innerType!, value);
    case "object": {
      if (!isObject(value)) return PROBLEM;
      const shape = node.shape!;
      for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return PROBLEM;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const present = Object.hasOwn(value, key);
        // A field there with no value is not what a YAML or JSON file gives; zod says what it makes of it.
        if (present && value[key] === undefined) return PROBLEM;
        if (!present && field.type !== "optional" && field.type !== "default") return PROBLEM;
        const parsed = parseByShape(field, value[key]);
        if (parsed === PROBLEM) return PROBLEM;
        if (parsed !== undefined) out[key] = parsed;
      }
      return out;
    }
    case "array": {
      if (!Array.isArray(value)) return PROBLEM;
      const out: unknown[] = [];
      for (const item of value) {
        const parsed = parseByShape(node.element!, item);
        if (parsed === PROBLEM) return PROBLEM;
        out.push(parsed);
      }
      return checked(node.checks, out);
    }
    case "string":
      return typeof value === "string" ? checked(node.checks, value) : PROBLEM;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? checked(node.checks, value) : PROBLEM;
    case "boolean":
      return typeof value === "boolean" ? value : PROBLEM;
    case "enum":
      return typeof value === "string" && Object.values(node.entries!).includes(value) ? value : PROBLEM;
    case "union":
      // The first option that takes the value gives it, as in zod.
      for (const option of node.options!) {
        const parsed = parseByShape(option, value);
        if (parsed !== PROBLEM) return parsed;
      }
      return PROBLEM;
    case "pipe": {
      const first = parseByShape(node.in!, value);
      return first === PROBLEM ? PROBLEM : parseByShape(node.out!, first);
    }
    case "transform":
      return String(value);
  }
}
