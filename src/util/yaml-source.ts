// Parse YAML (or JSON) and validate it with a zod schema so that every error points into the file:
// `facts.yaml:12:3: budget.items[2].amount: expected a number, got "五千"`. Used for facts,
// rubrics and config files alike.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { t, uiLang, type Lang } from "../i18n/index.js";
import { readPlainYaml } from "./plain-yaml.js";
import { punctuationHints, valueWithFieldsHints, type ValueWithFields } from "./yaml-hints.js";
import { describeYamlError } from "./yaml-errors.js";
import { editDistance as distance } from "./edit-distance.js";
import { schemaAt, schemaDef, unwrapSchema } from "./schema-def.js";

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The text parsed (without a byte-order mark): node ranges are offsets into it. */
  text: string;
}

/** Facts, rubrics and config files are a few KB; anything near this is the wrong file or an attack. */
export const YAML_MAX_BYTES = 1024 * 1024;
/** Aliases a file may expand; a real facts file has none or a few, a "billion laughs" has thousands. */
export const YAML_MAX_ALIASES = 100;

/** 700 KB, 1.2 MB: a file size as a person reads it. */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Parses text; throws an InputError listing every syntax error with its line and column. A
 * full-width colon after a key, or a full-width space in the indentation, is named with its fix
 * instead of yaml's own words for what it caused ("Implicit keys need to be on a single line").
 */
export function parseYamlSource(file: string, text: string, lang: Lang = uiLang()): YamlSource {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_MAX_BYTES) {
    throw new InputError(`${file}: ${t("facts.yaml.tooLarge", { size: sizeLabel(bytes), limit: sizeLabel(YAML_MAX_BYTES) }, lang)}`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const options = { prettyErrors: false, uniqueKeys: true };
  // The plain block YAML of a typical facts file is read by the fast reader; anything else, and
  // every error, by yaml itself (the same document either way: test/util/plain-yaml.test.ts).
  const plain = readPlainYaml(body, options);
  if (plain !== undefined) return { file, doc: plain.doc, lineCounter: plain.lineCounter, text: body };
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { ...options, lineCounter });
  // An unknown tag (!!js/function, !custom) is only a warning to yaml, which then drops the value.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  if (problems.length > 0) {
    const hints = punctuationHints(body, lang);
    // Errors from the first hinted line on are what the punctuation caused: the hints replace them.
    const firstHinted = hints.errors[0]?.line ?? Infinity;
    // A value on a key's line with fields below it: one line for the key, none for each field.
    const valueWithFields = valueWithFieldsHints(body, lang);
    const byMistake = (line: number) => valueWithFields.find((hint) => line >= hint.line && line <= hint.until);
    const told = new Set<ValueWithFields>();
    const lines = problems.flatMap((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      if (error.code === "TAG_RESOLVE_FAILED") {
        const tag = (/tag: (\S+)/.exec(error.message)?.[1] ?? "").replace(/^tag:yaml\.org,2002:/, "!!");
        return [`${file}:${pos.line}:${pos.col}: ${t("facts.yaml.unknownTag", { tag }, lang)}`];
      }
      const problem = describeYamlError(body, error, lineCounter, lang);
      if (problem.line >= firstHinted) return [];
      const mistake = byMistake(problem.line);
      if (mistake) {
        if (told.has(mistake)) return [];
        told.add(mistake);
        return [`${file}:${mistake.line}:${mistake.col}: ${mistake.message}`];
      }
      const quote = hints.quoteOn(problem.line);
      if (quote) return [`${file}:${quote.line}:${quote.col}: ${quote.message}`];
      return [`${file}:${problem.line}:${problem.col}: ${problem.message}`];
    });
    lines.push(...hints.errors.map((hint) => `${file}:${hint.line}:${hint.col}: ${hint.message}`));
    const unique = [...new Set(lines)];
    throw new InputError(unique[0]!, unique.slice(1));
  }
  return { file, doc, lineCounter, text: body };
}

/** The document as plain data; too many alias expansions are bad input, not an internal error. */
export function toData(source: YamlSource, lang: Lang = uiLang()): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let offset = 0;
    visit(source.doc, { Alias: (_key, node) => { offset = node.range?.[0] ?? 0; return visit.BREAK; } });
    const pos = source.lineCounter.linePos(offset);
    throw new InputError(`${source.file}:${pos.line}:${pos.col}: ${t("facts.yaml.aliases", { max: YAML_MAX_ALIASES }, lang)}`);
  }
}

/** The position of the value at `path`, or of the closest ancestor that exists. */
export function locate(source: YamlSource, path: readonly PropertyKey[], keyOf?: string): Position {
  let node: unknown = source.doc.contents;
  let offset = 0;
  const offsetOf = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    return range ? range[0] : offset;
  };
  offset = offsetOf(node);
  for (const key of [...path, ...(keyOf === undefined ? [] : [keyOf])]) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      if (key === keyOf) {
        offset = offsetOf(pair.key);
        break;
      }
      node = pair.value;
      offset = node ? offsetOf(node) : offsetOf(pair.key);
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (!item) break;
      node = item;
      offset = offsetOf(item);
    } else {
      break;
    }
  }
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, col: pos.col };
}

/** `budget.items[2].amount` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

function show(value: unknown, lang: Lang): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return t("facts.schema.null", undefined, lang);
  if (Array.isArray(value)) return t("facts.schema.aList", undefined, lang);
  if (typeof value === "object") return t("facts.schema.aMapping", undefined, lang);
  return String(value);
}

/** A group of thousands read as a key: "500" of `{ unit_cost: 18,500 }`, "000.50" of 45,000.50. */
const THOUSANDS_KEY = /^\d{3}(?:\.\d+)?$/;

/**
 * `{ unit_cost: £18,500 }`: inside { } the comma separates fields, so YAML reads `unit_cost: £18`
 * and a key `500`. For such a key, the field whose figure was split, the figure as written and
 * where it starts; "continued" for the later groups of one figure (1,200,000), told once.
 */
function splitNumber(source: YamlSource, path: readonly PropertyKey[], key: string): { field: string; written: string; offset: number } | "continued" | undefined {
  const map = source.doc.getIn(path as unknown[], true);
  if (!isMap(map) || !map.flow) return undefined;
  const pairs = map.items.filter(isPair);
  // A group as typed (000 is the key 0 to YAML), with no value of its own.
  const groupAt = (i: number) => {
    const k = pairs[i]?.key;
    const range = isScalar(k) ? k.range : undefined;
    return range && pairs[i]!.value === null && THOUSANDS_KEY.test(source.text.slice(range[0], range[1])) ? range : undefined;
  };
  const at = pairs.findIndex((p, i) => isScalar(p.key) && String(p.key.value) === key && groupAt(i));
  if (at <= 0) return undefined;
  const follows = (from: number, i: number) => /^\s*,\s*$/.test(source.text.slice(from, groupAt(i)![0]));
  // The first group after the field's value tells the whole figure; the later ones (1,200,000) are part of it.
  let first = at;
  while (first > 0 && groupAt(first - 1) && follows(groupAt(first - 1)![1], first)) first--;
  if (first !== at) return splitNumber(source, path, String((pairs[first]!.key as { value: unknown }).value)) ? "continued" : undefined;
  const previous = pairs[at - 1]!;
  const value = previous.value;
  if (!isScalar(value) || !value.range || !isScalar(previous.key)) return undefined;
  if (!follows(value.range[1], at) || !/\d$/.test(source.text.slice(value.range[0], value.range[1]))) return undefined;
  let end = groupAt(at)![1];
  for (let i = at + 1; groupAt(i) && follows(end, i); i++) end = groupAt(i)![1];
  return { field: String(previous.key.value), written: source.text.slice(value.range[0], end), offset: value.range[0] };
}

/** The field names an object schema accepts at `path`, for "did you mean" hints. */
export function knownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  const def = schemaDef(unwrapSchema(schemaAt(schema, path)));
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** The known field an unknown key stands for: another name the caller knows of, else a close spelling. */
export type FieldFor = (key: string, known: readonly string[]) => string | undefined;

export function closestField(key: string, known: readonly string[], synonymFor?: FieldFor): string | undefined {
  const named = synonymFor?.(key, known);
  if (named) return named;
  let best = "";
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function suggest(key: string, known: string[], lang: Lang, synonymFor?: FieldFor, missing = false): string {
  const best = closestField(key, known, synonymFor);
  if (best && missing) return t("facts.schema.renameField", { key, name: best }, lang);
  if (best) return t("facts.schema.didYouMeanField", { name: best }, lang);
  return known.length > 0 ? t("facts.schema.knownFields", { names: known.join(", ") }, lang) : "";
}

function issueLines(source: YamlSource, schema: z.ZodType, issue: z.core.$ZodIssue, data: unknown, lang: Lang, renamed: Renamed): string[] {
  const at = (path: readonly PropertyKey[], key?: string) => {
    const pos = locate(source, path, key);
    return `${source.file}:${pos.line}:${pos.col}`;
  };
  // A missing field is reported at the key of the mapping that should hold it.
  const atParent = (path: readonly PropertyKey[]) => {
    const parent = path.slice(0, -1);
    const last = parent[parent.length - 1];
    return typeof last === "string" ? at(parent.slice(0, -1), last) : at(parent);
  };
  const path = issue.path as PropertyKey[];
  const line = (message: string, where = at(path)) => `${where}: ${formatPath(path)}: ${message}`;
  const typeName = (type: string) => t("facts.schema.type", { type }, lang);
  const inputOf = () => ("input" in issue ? issue.input : valueAt(data, path));
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.flatMap((key) => {
        const split = splitNumber(source, path, key);
        if (split === "continued") return [];
        if (split) {
          const pos = source.lineCounter.linePos(split.offset);
          return [`${source.file}:${pos.line}:${pos.col}: ${formatPath([...path, split.field])}: ${t("facts.yaml.splitNumber", { written: split.written, joined: split.written.replace(/,\s*/g, "") }, lang)}`];
        }
        const field = renamed.fieldOf.get(formatPath([...path, key]));
        const missing = field !== undefined && renamed.missing.has(formatPath([...path, field]));
        return `${at(path, key)}: ${formatPath([...path, key])}: ${t("facts.schema.unknownField", undefined, lang)}${suggest(key, knownKeys(schema, path), lang, renamed.synonymFor, missing)}`;
      });
    case "invalid_type": {
      const input = inputOf();
      const expected = typeName(issue.expected);
      // A mapping missing, or fundraising: 线上募捐 where fields are wanted: which fields to write, below the key.
      const fields = issue.expected === "object" && path.length > 0 && (input === undefined || (input !== null && typeof input !== "object")) ? knownKeys(schema, path).filter((k) => k !== "$schema") : [];
      const fieldList = fields.slice(0, 5).join(", ") + (fields.length > 5 ? ", …" : "");
      const key = String(path[path.length - 1] ?? "");
      if (input === undefined && fields.length > 0) return [line(t("facts.schema.missingFields", { key, fields: fieldList }, lang), atParent(path))];
      if (input === undefined) return [line(t("facts.schema.missing", { expected }, lang), atParent(path))];
      if (fields.length > 0) return [line(t("facts.schema.expectedFields", { got: show(input, lang), key, fields: fieldList }, lang))];
      return [line(t("facts.schema.expected", { expected, got: show(input, lang) }, lang))];
    }
    case "invalid_value": {
      const values = issue.values.map((v) => String(v)).join(", ");
      return [line(t("facts.schema.oneOf", { values, got: show(inputOf(), lang) }, lang))];
    }
    case "invalid_union": {
      const input = inputOf();
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch) if (sub.code === "invalid_type") expected.add(typeName(sub.expected));
      }
      const what = expected.size > 0 ? [...expected].join(t("facts.schema.or", undefined, lang)) : t("facts.schema.differentValue", undefined, lang);
      if (input === undefined) return [line(t("facts.schema.missing", { expected: what }, lang), atParent(path))];
      return [line(t("facts.schema.expected", { expected: what, got: show(input, lang) }, lang))];
    }
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return [line(t("facts.schema.empty", undefined, lang))];
      if (issue.origin === "number" && /^Too small/.test(issue.message)) {
        return [line(t(issue.inclusive ? "facts.schema.atLeast" : "facts.schema.moreThan", { n: String(issue.minimum) }, lang))];
      }
      return [line(t("facts.schema.message", { message: issue.message }, lang))];
    case "too_big":
      if (issue.origin === "number" && /^Too big/.test(issue.message)) {
        return [line(t(issue.inclusive ? "facts.schema.atMost" : "facts.schema.lessThan", { n: String(issue.maximum) }, lang))];
      }
      return [line(t("facts.schema.message", { message: issue.message }, lang))];
    case "invalid_format":
      if (issue.format === "url") return [line(t("facts.schema.url", { got: show(valueAt(data, path), lang) }, lang))];
      return [line(t("facts.schema.message", { message: issue.message }, lang))];
    default:
      return [line(t("facts.schema.message", { message: issue.message }, lang))];
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: any = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = current[key as string];
  }
  return current;
}

/** `file:line:col: …` lines in the order of their place in the file; each line once. */
export function sortByPosition(file: string, lines: string[]): string[] {
  return [...new Set(lines)].sort((a, b) => placeOrder(file, a) - placeOrder(file, b));
}

/** Where a message line points (`file:7:13` or `file 第 7 行第 13 列`), as one sortable number. */
export function placeOrder(file: string, line: string): number {
  const m = /^:(\d+):(\d+)|^ 第 (\d+) 行第 (\d+) 列/.exec(line.slice(file.length));
  if (!m) return 0;
  return Number(m[1] ?? m[3]) * 10000 + Number(m[2] ?? m[4]);
}

/** Sorted `file:line:col: path: message` lines for every issue of a failed parse. */
/** Unknown keys that stand for a known field, and the required fields they leave missing. */
interface Renamed {
  synonymFor?: FieldFor;
  /** Path of an unknown key → the field it stands for. */
  fieldOf: Map<string, string>;
  /** Paths of required fields that are missing because the key above is written under another name. */
  missing: Set<string>;
}

function renamedFields(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], synonymFor?: FieldFor): Renamed {
  const fieldOf = new Map<string, string>();
  const fieldPaths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = issue.path as PropertyKey[];
    const known = knownKeys(schema, path);
    for (const key of issue.keys) {
      const field = closestField(key, known, synonymFor);
      if (!field) continue;
      fieldOf.set(formatPath([...path, key]), field);
      fieldPaths.add(formatPath([...path, field]));
    }
  }
  const missing = new Set<string>();
  for (const issue of issues) {
    const at = formatPath(issue.path as PropertyKey[]);
    if (issue.code === "invalid_type" && !("input" in issue && issue.input !== undefined) && fieldPaths.has(at)) missing.add(at);
  }
  return { ...(synonymFor ? { synonymFor } : {}), fieldOf, missing };
}

/**
 * Sorted `file:line:col: path: message` lines for every issue of a failed parse. A key written
 * under another name of a required field (item: for name:) is one line that says to rename it, not
 * that line and a "name is missing".
 */
export function describeIssues(source: YamlSource, schema: z.ZodType, issues: z.core.$ZodIssue[], data: unknown, lang: Lang = uiLang(), synonymFor?: FieldFor): string[] {
  const renamed = renamedFields(schema, issues, synonymFor);
  const told = issues.filter((issue) => !(issue.code === "invalid_type" && renamed.missing.has(formatPath(issue.path as PropertyKey[]))));
  return sortByPosition(source.file, told.flatMap((issue) => issueLines(source, schema, issue, data, lang, renamed)));
}

/** The source text of the scalar at `path` (a number's digits as typed: 2025.10, 45.000), if there is one. */
export function scalarText(source: YamlSource, path: readonly PropertyKey[]): string | undefined {
  const node = source.doc.getIn(path as unknown[], true);
  return isScalar(node) && node.range ? source.text.slice(node.range[0], node.range[1]) : undefined;
}

/**
 * Parses and validates a YAML/JSON document. On failure throws one InputError carrying every
 * problem, each as `file:line:col: path: message`.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  prepare: (data: unknown, source: YamlSource) => unknown = (data) => data,
  lang?: Lang,
): { value: z.output<S>; source: YamlSource } {
  const source = parseYamlSource(file, text, lang);
  const data = prepare(toData(source, lang) ?? {}, source);
  // One parse per file: zod's eval-built fast path would cost more to compile than it saves.
  const result = schema.safeParse(data, { reportInput: true, jitless: true });
  if (!result.success) {
    const lines = describeIssues(source, schema, result.error.issues, data, lang);
    throw new InputError(lines[0]!, lines.slice(1));
  }
  return { value: result.data, source };
}
