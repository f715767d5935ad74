// Shorter shapes people type for a structured field, read as the shape the schema wants before
// anything else is read (facts/typed-facts.ts):
//   objectives: [建成5个班级阅读角]          → objectives: [{ text: 建成5个班级阅读角 }]
//   need: { evidence: 走访显示… }            → need: { evidence: [{ fact: 走访显示… }] }
//   period: 2025年3月-2026年2月              → period: { start: 2025年3月, end: 2026年2月 }
// A mapping that a line of text stands for is marked with its main field (`shorthand`); a period
// with `range`. A value that is none of these shapes is left as it is, for the schema to report.
import { readDate } from "./typed.js";
import { schemaDef, unwrapSchema, type SchemaDef } from "../util/schema-def.js";

/** Where a value is in the facts: keys and list indexes (facts/typed-facts.ts's FactsPath). */
type FactsPath = (string | number)[];

/** A period: a mapping of start and end, or one range of two dates. */
const RANGE = Symbol("range");
const MARKS = new WeakMap<object, string | typeof RANGE>();

/** Marks a mapping schema whose value may be written as one line of text: the text of `field`. */
export function shorthand<T extends object>(field: string, schema: T): T {
  MARKS.set(schema, field);
  return schema;
}

/** Marks a period schema ({ start, end }) whose value may be written as one range: "2025年3月-2026年2月". */
export function range<T extends object>(schema: T): T {
  MARKS.set(schema, RANGE);
  return schema;
}

/** Where one date of a range ends and the next begins: a range word, a dash, a tilde. */
const RANGE_SEPARATOR = /\s*(?:至|到|~|～|–|—|－|-|\bto\b|\buntil\b|\bthrough\b)\s*/giu;
/** What a range may say after its dates: "（12个月）", "(12 months)". */
const TRAILING_NOTE = /\s*[（(][^（）()]*[）)]\s*$/u;

/**
 * The two dates of a range: the split at which both sides read as dates (2025-03-2026-02 splits at
 * its middle dash, not at the first), else the one range word or dash there is, so that each side's
 * own problem is told; undefined for a text that is no range.
 */
export function splitRange(text: string): { start: string; end: string } | undefined {
  const body = text.trim().replace(TRAILING_NOTE, "");
  const splits = [...body.matchAll(RANGE_SEPARATOR)].map((m) => ({ start: body.slice(0, m.index).trim(), end: body.slice(m.index + m[0].length).trim() }));
  const whole = splits.filter((s) => s.start !== "" && s.end !== "");
  const dated = whole.find((s) => readDate(s.start).error === undefined && readDate(s.end).error === undefined);
  if (dated) return dated;
  return whole.length === 1 ? whole[0] : undefined;
}

/** A value the schema reads in place of a shorthand, and the text it was written as. */
export interface Expansion {
  path: FactsPath;
  written: string;
}

/** What the walk found: the shorthands written out, and the periods written as text that is no range ("一年"). */
export interface Shorthands {
  expansions: Expansion[];
  notRanges: Expansion[];
}

/**
 * How a schema is marked: the main field of a shorthand, or RANGE. A plain shape (facts/shape.ts)
 * carries the mark as `shorthand` or `range: true`.
 */
export function markOf(schema: unknown): string | typeof RANGE | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const plain = schema as { shorthand?: string; range?: true };
  return MARKS.get(schema) ?? (plain.range === true ? RANGE : plain.shorthand);
}

export { RANGE };

/** The schema under its wrappers (optional, default…), and how it is marked. */
function unwrap(schema: unknown): { def: SchemaDef | undefined; mark: string | typeof RANGE | undefined } {
  const inner = unwrapSchema(schema, (s) => markOf(s) !== undefined);
  return { def: schemaDef(inner), mark: markOf(inner) };
}

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The mapping a line of text stands for under `schema`, or undefined. */
function expanded(schema: unknown, value: string): Record<string, unknown> | undefined {
  const { mark } = unwrap(schema);
  if (mark === RANGE) return splitRange(value);
  return typeof mark === "string" ? { [mark]: value } : undefined;
}

/**
 * Rewrites, in `data`, each shorthand the schema allows into its full shape, and returns where and
 * from what text. A list given as one line of text is a list of that one line.
 */
export function expandShorthands(schema: unknown, data: unknown, path: FactsPath = [], out: Shorthands = { expansions: [], notRanges: [] }): Shorthands {
  const { def } = unwrap(schema);
  if (!def) return out;
  if (def.type === "object" && isMapping(data)) {
    for (const [key, child] of Object.entries(data)) {
      const field = def.shape?.[key];
      if (field === undefined) continue;
      // budget: 150000 is a number in YAML, the total all the same.
      const mark = typeof child === "number" ? unwrap(field).mark : undefined;
      const full = isText(child) ? shapeOf(field, child) : typeof mark === "string" ? { [mark]: child } : undefined;
      if (full !== undefined) {
        data[key] = full;
        out.expansions.push({ path: [...path, key], written: String(child) });
      } else if (isText(child) && unwrap(field).mark === RANGE) {
        out.notRanges.push({ path: [...path, key], written: child });
      } else {
        expandShorthands(field, child, [...path, key], out);
      }
    }
  } else if (def.type === "array" && Array.isArray(data)) {
    data.forEach((item, index) => {
      const full = isText(item) ? expanded(def.element, item) : undefined;
      if (full !== undefined) {
        data[index] = full;
        out.expansions.push({ path: [...path, index], written: item });
      } else {
        expandShorthands(def.element, item, [...path, index], out);
      }
    });
  }
  return out;
}

/** The full value a line of text stands for where `schema` is expected: a mapping, or a list of one. */
function shapeOf(schema: unknown, value: string): unknown {
  const direct = expanded(schema, value);
  if (direct !== undefined) return direct;
  const { def } = unwrap(schema);
  if (def?.type !== "array") return undefined;
  const element = unwrap(def.element);
  if (element.def?.type === "string") return [value];
  const item = expanded(def.element, value);
  return item === undefined ? undefined : [item];
}
