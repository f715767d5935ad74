// The readers of facts/typed.ts applied to a whole facts file before validation: every amount,
// count, date, enumeration, direct flag and currency the schema marks is read as people write it.
// The result holds the canonical values, the changes made (what `check --fix` writes back) and the
// values that could not be read with certainty (each with its suggestion).
import {
  dayFirstFor,
  fieldKind,
  readAmount,
  readCurrency,
  readEnum,
  readField,
  type FieldKind,
  type Problem,
  type Reading,
} from "./typed.js";
import type { Lang } from "../i18n/index.js";
import { categoryFromName } from "./budget-category.js";
import { expandShorthands } from "./shorthand.js";
import { schemaDef, unwrapSchema } from "../util/schema-def.js";

export type FactsPath = (string | number)[];

/** A value of a facts file: a scalar, or a mapping or list of them (a shorthand written out). */
export type FactsValue = string | number | boolean | readonly FactsValue[] | { readonly [key: string]: FactsValue };

export interface TypedChange {
  path: FactsPath;
  /** The value as written (its source text for a number), or undefined for a field added. */
  from?: string;
  /** The canonical value written back. */
  to: FactsValue;
}

export interface TypedProblem {
  path: FactsPath;
  problem: Problem;
  suggestion?: string;
  alternatives?: string[];
}

export interface TypedFacts {
  data: unknown;
  changes: TypedChange[];
  problems: TypedProblem[];
  /** Text values wrapped whole in Chinese quotes “…”, which YAML keeps as part of the text. */
  quoted: FactsPath[];
  /**
   * Amounts and quantities written as estimates (约15万): read as their number, which a budget
   * states as exact, so the user is warned. A beneficiary count records it in `approximate` instead.
   */
  estimates: { path: FactsPath; written: string; read: number }[];
  /** Budget items written without a category whose name says one (项目管理费 → admin): the category path and the name. */
  categories: { path: FactsPath; name: string; category: string }[];
}

interface Leaf {
  path: FactsPath;
  kind: FieldKind | "enum";
  values?: string[];
  value: unknown;
  /** The fields the value's mapping may have (for a count's unit). */
  siblings: string[];
}

/** Every marked field with a value in `data`, found by walking the schema beside the data. */
function leaves(schema: unknown, data: unknown, path: FactsPath, siblings: string[], out: Leaf[], quoted: FactsPath[]): void {
  const inner = unwrapSchema(schema, (s) => fieldKind(s) !== undefined);
  const kind = fieldKind(inner);
  if (kind) {
    if (data !== undefined && data !== null && data !== "") out.push({ path, kind, value: data, siblings });
    return;
  }
  const def = schemaDef(inner);
  switch (def?.type) {
    case "enum":
      if (typeof data === "string" && data !== "") out.push({ path, kind: "enum", values: Object.values(def.entries ?? {}), value: data, siblings });
      return;
    case "string":
      if (typeof data === "string" && /^“[^“”]*”$/.test(data.trim())) quoted.push(path);
      return;
    case "object":
      if (data !== null && typeof data === "object" && !Array.isArray(data)) {
        const keys = Object.keys(def.shape ?? {});
        for (const [key, child] of Object.entries(data)) {
          if (def.shape?.[key]) leaves(def.shape[key], child, [...path, key], keys, out, quoted);
        }
      }
      return;
    case "array":
      if (Array.isArray(data)) data.forEach((item, index) => leaves(def.element, item, [...path, index], [], out, quoted));
      return;
    default:
      return;
  }
}

function get(data: unknown, path: FactsPath): unknown {
  let current: any = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = current[key];
  }
  return current;
}

function set(data: unknown, path: FactsPath, value: unknown): void {
  let current: any = data;
  for (const key of path.slice(0, -1)) {
    if (current[key] === null || typeof current[key] !== "object") current[key] = {};
    current = current[key];
  }
  current[path[path.length - 1]!] = value;
}

export interface TypedOptions {
  lang?: Lang;
  /** The source text of the value at `path` (a YAML number's digits: 2025.10 is October, not 2025.1). */
  sourceText?: (path: FactsPath) => string | undefined;
}

/** A YAML number whose digits say more than the number: 45.000 (45 or 45,000?), 2025.10 (October). */
function digitsOf(value: unknown, text: string | undefined): unknown {
  return typeof value === "number" && text !== undefined && /^\d+\.\d+$/.test(text.trim()) ? text.trim() : value;
}

/** Reads every marked value of `data` (plain data from the YAML) as people write it. */
export function readTypedFacts(schema: unknown, data: unknown, options: TypedOptions = {}): TypedFacts {
  const copy = structuredClone(data);
  // period: 2025年3月-2026年2月 → { start, end }; objectives: [建成5个阅读角] → [{ text: … }].
  const { expansions, notRanges } = expandShorthands(schema, copy);
  const found: Leaf[] = [];
  const quoted: FactsPath[] = [];
  leaves(schema, copy, [], [], found, quoted);
  const lang = options.lang;
  const changes: TypedChange[] = [];
  // period: 一年: no range to read, said so (the schema would only say it wants a mapping).
  const problems: TypedProblem[] = notRanges.map((r) => ({ path: r.path, problem: { key: "facts.typed.notPeriod", params: { value: r.written } } }));
  const estimates: TypedFacts["estimates"] = [];
  const source = (leaf: Leaf) => options.sourceText?.(leaf.path);

  // The facts' currency: budget.currency as written, else the one currency the amounts name.
  const currencyLeaf = found.find((leaf) => leaf.kind === "currency" && leaf.path.join(".") === "budget.currency");
  let currency: string | undefined;
  if (currencyLeaf) {
    const read = readCurrency(currencyLeaf.value, { lang });
    if (read.error === undefined) currency = read.value;
  } else {
    const named = new Set(found.filter((leaf) => leaf.kind === "amount").map((leaf) => readAmount(leaf.value, { lang }).currency).filter((c) => c !== undefined));
    if (named.size === 1 && !named.has("CNY")) {
      currency = [...named][0]!;
      set(copy, ["budget", "currency"], currency);
      changes.push({ path: ["budget", "currency"], to: currency });
    }
  }
  const location = get(copy, ["location"]);
  const language = get(copy, ["language"]);
  const dayFirst = dayFirstFor({
    currency: currency ?? "CNY",
    location: typeof location === "string" ? location : undefined,
    language: typeof language === "string" ? language : undefined,
  });

  for (const leaf of found) {
    const raw = leaf.value;
    let reading: Reading<string | number | boolean> & { unit?: string };
    let write: string | number | boolean | undefined;
    if (leaf.kind === "enum") {
      reading = readEnum(raw, leaf.values ?? [], { lang });
    } else {
      // The one reader of each kind (facts/typed.ts readField), which `init --interactive` asks through too.
      const digits = leaf.kind === "direct" || leaf.kind === "currency" ? raw : digitsOf(raw, source(leaf));
      // A YAML number kept as a number unless its digits hold more (45.000: 45 or 45,000?).
      const numeric = leaf.kind === "amount" || leaf.kind === "count" || leaf.kind === "whole-count";
      const plain = numeric && typeof digits === "string" && typeof raw === "number" && !/^\d{1,3}\.\d{3}$/.test(digits);
      reading = plain ? { value: raw } : readField(leaf.kind, digits, { lang, currency: currency ?? "CNY", dayFirst });
      // A year is written as a number (2016), the way a person types it and the schema reads it.
      if (leaf.kind === "year-or-date" && reading.error === undefined && /^\d{4}$/.test(String(reading.value))) write = Number(reading.value);
    }
    if (reading.error !== undefined) {
      // A value of the wrong kind altogether (a list, a mapping) is the schema's to report.
      if (raw !== null && typeof raw === "object") continue;
      problems.push({
        path: leaf.path,
        problem: reading.problem,
        ...(reading.suggestion !== undefined ? { suggestion: reading.suggestion } : {}),
        ...(reading.alternatives ? { alternatives: reading.alternatives } : {}),
      });
      continue;
    }
    const value = write ?? reading.value;
    if (value !== raw) {
      set(copy, leaf.path, value);
      changes.push({ path: leaf.path, from: source(leaf) ?? String(raw), to: value });
    }
    // 约200户: the count is 200 and an estimate, said where the schema has room for it, else warned of.
    if (reading.approximate) {
      if (leaf.siblings.includes("approximate")) {
        const flagPath = [...leaf.path.slice(0, -1), "approximate"];
        if (get(copy, flagPath) === undefined) {
          set(copy, flagPath, true);
          changes.push({ path: flagPath, to: true });
        }
      } else if (typeof reading.value === "number") {
        estimates.push({ path: leaf.path, written: source(leaf) ?? String(raw), read: reading.value });
      }
    }
    // 30户 with no unit given: the unit is 户.
    if (reading.unit !== undefined && leaf.siblings.includes("unit")) {
      const unitPath = [...leaf.path.slice(0, -1), "unit"];
      const unit = get(copy, unitPath);
      if (unit === undefined || unit === null || unit === "") {
        set(copy, unitPath, reading.unit);
        changes.push({ path: unitPath, ...(unit === "" ? { from: "" } : {}), to: reading.unit });
      } else if (typeof unit === "string" && unit.trim() !== reading.unit && !(reading.unit === "人" && /^(人|名|位)$/.test(unit.trim()))) {
        problems.push({ path: leaf.path, problem: { key: "facts.typed.unitDiffers", params: { value: String(raw), unit, written: reading.unit } } });
      }
    }
  }
  const categories = readCategories(copy, changes);
  return { data: copy, changes: withShorthands(changes, expansions, copy), problems, quoted, estimates, categories };
}

/**
 * A budget item with no category whose name names one (项目管理费, Project management) takes it, as
 * a change `check --fix` writes; a category written, even one that could not be read, is left alone.
 */
function readCategories(data: unknown, changes: TypedChange[]): TypedFacts["categories"] {
  const items = get(data, ["budget", "items"]);
  if (!Array.isArray(items)) return [];
  const out: TypedFacts["categories"] = [];
  items.forEach((item: unknown, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return;
    const { name, category: written } = item as { name?: unknown; category?: unknown };
    if (typeof name !== "string" || (written !== undefined && written !== null && written !== "")) return;
    const category = categoryFromName(name);
    if (category === undefined) return;
    const path = ["budget", "items", index, "category"];
    set(data, path, category);
    changes.push({ path, ...(written === "" ? { from: "" } : {}), to: category });
    out.push({ path, name, category });
  });
  return out;
}

const within = (path: FactsPath, outer: FactsPath) => outer.every((key, i) => path[i] === key);

/**
 * A shorthand whose values were made canonical (2025年3月-2026年2月) is written back whole, in its
 * full shape ({ start: 2025-03, end: 2026-02 }), since its parts have no place of their own in the
 * file; a shorthand of one value stays short (budget: 15万 → budget: 150000, not { total: 150000 }
 * in a block file); a shorthand with nothing to change stays as the user wrote it.
 */
function withShorthands(changes: TypedChange[], expansions: readonly { path: FactsPath; written: string }[], data: unknown): TypedChange[] {
  let out = changes;
  for (const expansion of expansions) {
    if (!out.some((c) => within(c.path, expansion.path))) continue;
    out = out.filter((c) => !within(c.path, expansion.path));
    const full = get(data, expansion.path) as FactsValue;
    const only = full !== null && typeof full === "object" && !Array.isArray(full) ? Object.values(full) : [];
    const to = only.length === 1 && (typeof only[0] !== "object" || only[0] === null) ? (only[0] as FactsValue) : full;
    out.push({ path: expansion.path, from: expansion.written, to });
  }
  return out;
}
