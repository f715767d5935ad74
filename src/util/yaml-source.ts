// Parse YAML (or JSON) and validate it with a zod schema so that every error points into the file:
// `facts.yaml:12:3: budget.items[2].amount: expected a number, got "五千"`. Used for facts,
// rubrics and config files alike.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { t, uiLang, type MessageKey } from "../i18n/index.js";

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Facts, rubrics and config files are a few KB; anything near this is the wrong file or an attack. */
export const YAML_MAX_BYTES = 1024 * 1024;
/** Aliases a file may expand; a real facts file has none or a few, a "billion laughs" has thousands. */
export const YAML_MAX_ALIASES = 100;

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Parses text; throws an InputError listing every syntax error with its line and column. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_MAX_BYTES) {
    throw new InputError(t("util.yamlTooLarge", { file, size: sizeLabel(bytes), limit: sizeLabel(YAML_MAX_BYTES) }));
  }
  const lineCounter = new LineCounter();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // An unknown tag (!!js/function, !custom) is only a warning to yaml, which then drops the value.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  if (problems.length > 0) {
    const lines = problems.map((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      if (error.code === "TAG_RESOLVE_FAILED") {
        const tag = (/tag: (\S+)/.exec(error.message)?.[1] ?? "").replace(/^tag:yaml\.org,2002:/, "!!");
        return t("util.yamlUnknownTag", { place: t("util.place", { file, ...pos }), tag });
      }
      const message = t("util.yamlProblem", { code: error.code, message: error.message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "") });
      return t("util.yamlSyntax", { place: t("util.place", { file, ...pos }), message });
    });
    throw new InputError(lines[0]!, lines.slice(1));
  }
  return { file, doc, lineCounter };
}

/** The document as plain data; too many alias expansions are bad input, not an internal error. */
export function toData(source: YamlSource): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let offset = 0;
    visit(source.doc, { Alias: (_key, node) => { offset = node.range?.[0] ?? 0; return visit.BREAK; } });
    const pos = source.lineCounter.linePos(offset);
    throw new InputError(t("util.yamlAliases", { place: t("util.place", { file: source.file, ...pos }), max: YAML_MAX_ALIASES }));
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
  return out || t("util.topLevel");
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return t("util.showNull");
  if (Array.isArray(value)) return t("util.showList");
  if (typeof value === "object") return t("util.showMapping");
  return String(value);
}

const TYPE_NAMES: Record<string, MessageKey> = {
  string: "util.typeString",
  number: "util.typeNumber",
  int: "util.typeInt",
  boolean: "util.typeBoolean",
  array: "util.typeArray",
  object: "util.typeObject",
};

/** "a number", "text", …: zod's name of a type, in words. */
function typeName(type: string): string {
  const key = TYPE_NAMES[type];
  return key ? t(key as "util.typeString") : type;
}

/** The field names an object schema accepts at `path`, for "did you mean" hints. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: any = schema;
  const unwrap = () => {
    for (let i = 0; i < 10 && current; i++) {
      const def = current._zod?.def;
      if (!def) return;
      if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") current = def.innerType;
      else if (def.type === "pipe") current = def.in;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = current?._zod?.def;
    if (!def) return [];
    if (def.type === "object") current = def.shape[key as string];
    else if (def.type === "array") current = def.element;
    else return [];
    unwrap();
  }
  const def = current?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function suggest(key: string, known: string[]): string {
  let best = "";
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return t("util.didYouMean", { name: best });
  return known.length > 0 ? t("util.knownFields", { names: known.join(", ") }) : "";
}

/** "place: path: message" for a schema's own message (a refinement's text), with the language's colon. */
function schemaMessage(place: string, path: string, message: string): string {
  const colon = uiLang() === "zh" ? "：" : ": ";
  return [place, path, message].join(colon);
}

function issueLines(source: YamlSource, schema: z.ZodType, issue: z.core.$ZodIssue, data: unknown): string[] {
  const at = (path: readonly PropertyKey[], key?: string) => {
    const pos = locate(source, path, key);
    return t("util.place", { file: source.file, ...pos });
  };
  // A missing field is reported at the key of the mapping that should hold it.
  const atParent = (path: readonly PropertyKey[]) => {
    const parent = path.slice(0, -1);
    const last = parent[parent.length - 1];
    return typeof last === "string" ? at(parent.slice(0, -1), last) : at(parent);
  };
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map(
        (key) => t("util.unknownField", { place: at(path, key), path: formatPath([...path, key]), hint: suggest(key, knownKeys(schema, path)) }),
      );
    case "invalid_type": {
      const input = "input" in issue ? issue.input : valueAt(data, path);
      const expected = typeName(issue.expected);
      if (input === undefined) {
        return [t("util.requiredMissing", { place: atParent(path), path: formatPath(path), expected })];
      }
      return [t("util.expectedGot", { place: at(path), path: formatPath(path), expected, got: show(input) })];
    }
    case "invalid_value": {
      const input = "input" in issue ? issue.input : valueAt(data, path);
      const values = issue.values.map((v) => String(v)).join(", ");
      return [t("util.expectedOneOf", { place: at(path), path: formatPath(path), values, got: show(input) })];
    }
    case "invalid_union": {
      const input = "input" in issue ? issue.input : valueAt(data, path);
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch) if (sub.code === "invalid_type") expected.add(typeName(sub.expected));
      }
      const what = expected.size > 0 ? [...expected].join(t("util.or")) : t("util.differentValue");
      if (input === undefined) return [t("util.requiredMissing", { place: atParent(path), path: formatPath(path), expected: what })];
      return [t("util.expectedGot", { place: at(path), path: formatPath(path), expected: what, got: show(input) })];
    }
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) {
        return [t("util.requiredEmpty", { place: at(path), path: formatPath(path) })];
      }
      if (issue.origin === "array" && /^Too small/.test(issue.message)) {
        return [t("util.tooFewItems", { place: at(path), path: formatPath(path), min: Number(issue.minimum) })];
      }
      if (issue.origin === "number" && !/^Too small/.test(issue.message)) return [schemaMessage(at(path), formatPath(path), issue.message)];
      if (issue.origin === "number") {
        return [t(issue.inclusive ? "util.atLeast" : "util.moreThan", { place: at(path), path: formatPath(path), limit: String(issue.minimum) })];
      }
      return [schemaMessage(at(path), formatPath(path), issue.message)];
    case "too_big":
      if (issue.origin === "array" && /^Too big/.test(issue.message)) {
        return [t("util.tooManyItems", { place: at(path), path: formatPath(path), max: Number(issue.maximum) })];
      }
      if (issue.origin === "number" && /^Too big/.test(issue.message)) {
        return [t(issue.inclusive ? "util.atMost" : "util.lessThan", { place: at(path), path: formatPath(path), limit: String(issue.maximum) })];
      }
      return [schemaMessage(at(path), formatPath(path), issue.message)];
    case "invalid_format":
      if (issue.format === "url") {
        return [t("util.expectedURL", { place: at(path), path: formatPath(path), got: show(valueAt(data, path)) })];
      }
      return [schemaMessage(at(path), formatPath(path), issue.message)];
    default:
      return [schemaMessage(at(path), formatPath(path), issue.message)];
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

/** Sorted `file:line:col: path: message` lines for every issue of a failed parse. */
export function describeIssues(source: YamlSource, schema: z.ZodType, issues: z.core.$ZodIssue[], data: unknown): string[] {
  const lines = issues.flatMap((issue) => issueLines(source, schema, issue, data));
  return [...new Set(lines)].sort((a, b) => placeOrder(source.file, a) - placeOrder(source.file, b));
}

/** Where a message line that starts with util.place points (either language's form), as one sortable number. */
export function placeOrder(file: string, line: string): number {
  const m = /^:(\d+):(\d+)|^ 第 (\d+) 行第 (\d+) 列/.exec(line.slice(file.length));
  if (!m) return 0;
  return Number(m[1] ?? m[3]) * 10000 + Number(m[2] ?? m[4]);
}

/**
 * Parses and validates a YAML/JSON document. On failure throws one InputError carrying every
 * problem, each as `file:line:col: path: message`.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  prepare: (data: unknown) => unknown = (data) => data,
): { value: z.output<S>; source: YamlSource } {
  const source = parseYamlSource(file, text);
  const data = prepare(toData(source) ?? {});
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const lines = describeIssues(source, schema, result.error.issues, data);
    throw new InputError(lines[0]!, lines.slice(1));
  }
  return { value: result.data, source };
}
