// The facts schema as plain data: the same tree as the zod schema of facts/schema.ts (each node's
// type, fields, element, options, default, checks, and the marks of the typed readers and the
// shorthands), without zod. Building the zod schema costs more of a `check` or `draft` start than
// reading the whole facts file; the plain shape, written out once in facts/facts-shape.ts, serves
// the walks (typed values, shorthands, blanks) and a validator (facts/shape-parse.ts) that
// accepts only what zod accepts, with the same values. zod itself is loaded when a file has a
// problem, so every message stays zod's. test/facts/shape.test.ts holds facts-shape.ts to
// shapeOf(factsSchema) and the validator to zod on generated facts.
import { inCalendar } from "./fields.js";
import { markOf, RANGE } from "./shorthand.js";
import { fieldKind, type FieldKind } from "./typed.js";

/** A check of a string, number or list, as the validator applies it. */
export type PlainCheck =
  | { check: "trim" }
  | { check: "min_length"; minimum: number }
  | { check: "regex"; pattern: string }
  | { check: "in_calendar" }
  | { check: "safeint" }
  | { check: "greater_than"; value: number; inclusive: boolean };

/** One node of the plain shape; its fields are named as zod names them in a definition (util/schema-def.ts). */
export interface PlainNode {
  type: "object" | "array" | "string" | "number" | "boolean" | "enum" | "union" | "pipe" | "transform" | "optional" | "default";
  shape?: Record<string, PlainNode>;
  element?: PlainNode;
  innerType?: PlainNode;
  in?: PlainNode;
  out?: PlainNode;
  options?: PlainNode[];
  entries?: Record<string, string>;
  defaultValue?: string | number | boolean;
  transform?: "String";
  checks?: PlainCheck[];
  /** The typed reader of the field (facts/typed.ts's typedField). */
  kind?: FieldKind;
  /** The main field a line of text stands for (facts/shorthand.ts's shorthand). */
  shorthand?: string;
  /** A period that may be written as one range (facts/shorthand.ts's range). */
  range?: true;
}

interface ZodDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  transform?: unknown;
  catchall?: { _zod: { def: { type: string } } };
  checks?: { _zod: { def: Record<string, unknown> } }[];
}

const defOf = (schema: unknown): ZodDef => (schema as { _zod: { def: ZodDef } })._zod.def;

/** What zod's own trim does: checked by its effect, as zod keeps it as a function. */
const isTrim = (tx: unknown) => typeof tx === "function" && tx(" Ab c ") === "Ab c" && tx("x") === "x";

function checkOf(check: Record<string, unknown>, where: string): PlainCheck {
  const fail = () => new Error(`facts shape: ${where}: no plain form for the check ${JSON.stringify(check.check)}; add it to facts/shape.ts and facts/shape-parse.ts`);
  switch (check.check) {
    case "overwrite":
      if (isTrim(check.tx)) return { check: "trim" };
      throw fail();
    case "min_length":
      return { check: "min_length", minimum: check.minimum as number };
    case "string_format":
      if (check.format === "regex" && check.pattern instanceof RegExp && check.pattern.flags === "") return { check: "regex", pattern: check.pattern.source };
      throw fail();
    case "custom":
      if (check.fn === inCalendar) return { check: "in_calendar" };
      throw fail();
    case "number_format":
      if (check.format === "safeint") return { check: "safeint" };
      throw fail();
    case "greater_than":
      return { check: "greater_than", value: check.value as number, inclusive: check.inclusive as boolean };
    default:
      throw fail();
  }
}

/** The plain shape of a zod schema; throws, naming the place, for anything it has no plain form of. */
export function shapeOf(schema: unknown, where = "(top level)"): PlainNode {
  const def = defOf(schema);
  const node: PlainNode = { type: def.type as PlainNode["type"] };
  const kind = fieldKind(schema);
  if (kind !== undefined) node.kind = kind;
  const mark = markOf(schema);
  if (mark === RANGE) node.range = true;
  else if (mark !== undefined) node.shorthand = mark;
  const checks = (def.checks ?? []).map((check) => checkOf(check._zod.def, where));
  if (checks.length > 0) node.checks = checks;
  switch (def.type) {
    case "object":
      // A strict object's catchall is never; any other would take unknown fields the validator refuses.
      if (def.catchall?._zod.def.type !== "never") throw new Error(`facts shape: ${where}: only strict objects have a plain form`);
      node.shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, shapeOf(field, where === "(top level)" ? key : `${where}.${key}`)]));
      break;
    case "array":
      node.element = shapeOf(def.element, `${where}[]`);
      break;
    case "optional":
      node.innerType = shapeOf(def.innerType, where);
      break;
    case "default": {
      const value = def.defaultValue;
      if (!["string", "number", "boolean"].includes(typeof value)) throw new Error(`facts shape: ${where}: only a string, number or boolean default has a plain form`);
      node.defaultValue = value as string | number | boolean;
      node.innerType = shapeOf(def.innerType, where);
      break;
    }
    case "union":
      node.options = (def.options ?? []).map((option) => shapeOf(option, where));
      break;
    case "pipe":
      node.in = shapeOf(def.in, where);
      node.out = shapeOf(def.out, where);
      break;
    case "transform":
      if (def.transform !== String) throw new Error(`facts shape: ${where}: only the transform String has a plain form`);
      node.transform = "String";
      break;
    case "enum":
      node.entries = { ...def.entries };
      break;
    case "string":
    case "number":
    case "boolean":
      break;
    default:
      throw new Error(`facts shape: ${where}: no plain form for a zod ${def.type}`);
  }
  return node;
}
