// `check --fix`: the facts file rewritten with canonical values (15万 → 150000, 2025年3月 → 2025-03,
// 中 → medium). Each value is replaced where it stands, using the ranges of the parsed YAML
// document, so comments, order, quoting of other values, blank lines and long lines stay exactly as
// the user wrote them (re-serialising the whole document would re-indent and re-fold them). A value
// whose reading is not certain is never changed.
import { isMap, isPair, isScalar, isSeq, type YAMLMap } from "yaml";
import { parseYamlSource, toData, type YamlSource } from "../util/yaml-source.js";
import type { FactsPath, FactsValue, TypedChange } from "./typed-facts.js";

export interface FixLine {
  line: number;
  from: string;
  to: string;
}

interface Splice {
  start: number;
  end: number;
  text: string;
  shown: FixLine;
}

const PLAIN_SAFE = /^[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff-]*$|^\d{4}-\d{2}(-\d{2})?$/;

/** A canonical value as YAML (or JSON) writes it; a mapping or list in flow style, on its line. */
function literal(value: FactsValue, json: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v: FactsValue) => literal(v, json)).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([key, v]) => `${json ? JSON.stringify(key) : key}: ${literal(v, json)}`);
    return json ? `{${entries.join(", ")}}` : `{ ${entries.join(", ")} }`;
  }
  if (typeof value !== "string") return String(value);
  if (json) return JSON.stringify(value);
  return PLAIN_SAFE.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : JSON.stringify(value);
}

function lineOf(source: YamlSource, offset: number): number {
  return source.lineCounter.linePos(offset).line;
}

/**
 * Where the text of `node` ends: the end of its last scalar. A block mapping's or list's own range
 * runs on over the line break after it (as parseDocument sets it), which would put a field added
 * after it one line too late.
 */
function lastScalarEnd(node: unknown): number | undefined {
  let last = node;
  while (isMap(last) || isSeq(last)) {
    const item: unknown = last.items[last.items.length - 1];
    if (item === undefined) break;
    last = isPair(item) ? (item.value ?? item.key) : item;
  }
  return (last as { range?: [number, number, number] } | null)?.range?.[1];
}

/** Where a field missing from the mapping at `parent` goes: after the mapping's last entry, at its indentation. */
function insertion(source: YamlSource, parent: FactsPath, key: string, value: FactsValue, json: boolean): Splice | undefined {
  const map = (parent.length === 0 ? source.doc.contents : source.doc.getIn(parent, true)) as YAMLMap | undefined;
  const entry = `${json ? JSON.stringify(key) : key}: ${literal(value, json)}`;
  if (!isMap(map) || !map.range) {
    // budget.currency with no budget at all: a new block at the end of the file.
    if (parent.length !== 1 || source.doc.getIn(parent) !== undefined || json || !isMap(source.doc.contents)) return undefined;
    const end = source.text.length;
    const text = `${source.text.endsWith("\n") || end === 0 ? "" : "\n"}${String(parent[0])}:\n  ${entry}\n`;
    return { start: end, end, text, shown: { line: lineOf(source, Math.max(end - 1, 0)), from: "", to: `${String(parent[0])}: { ${entry} }` } };
  }
  if (map.flow || json) {
    const close = map.range[1] - 1;
    const empty = map.items.length === 0;
    return { start: close, end: close, text: `${empty ? "" : ", "}${entry}`, shown: { line: lineOf(source, close), from: "", to: entry } };
  }
  const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  const last = map.items[map.items.length - 1];
  if (!first?.range || !last) return undefined;
  const lineStart = source.text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const indent = " ".repeat(first.range[0] - lineStart);
  const after = lastScalarEnd(last.value ?? last.key) ?? first.range[1];
  const newline = source.text.indexOf("\n", after);
  const at = newline === -1 ? source.text.length : newline + 1;
  const text = `${newline === -1 ? "\n" : ""}${indent}${entry}\n`;
  // Shown under the line it follows (the one that holds the newline before `at`), as the values changed are shown under theirs.
  return { start: at, end: at, text, shown: { line: lineOf(source, Math.max(at - 1, 0)), from: "", to: entry } };
}

/**
 * The text with each change applied where its value stands (or, for a field added, after its
 * mapping's last entry), and the lines that changed for the user to see. Throws when the result
 * does not read back as the same values: a fix that cannot be verified is not written.
 */
export function applyChanges(file: string, text: string, changes: TypedChange[]): { text: string; lines: FixLine[] } {
  const source = parseYamlSource(file, text);
  const json = /\.json$/i.test(file);
  const splices: Splice[] = [];
  for (const change of changes) {
    const node = source.doc.getIn(change.path, true);
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      // `unit:` with nothing after it: the value goes after a space, and is shown as a field added.
      if (start === end && text[start - 1] === ":") {
        const shown = { line: lineOf(source, start), from: "", to: `${String(change.path[change.path.length - 1])}: ${literal(change.to, json)}` };
        splices.push({ start, end, text: ` ${literal(change.to, json)}`, shown });
        continue;
      }
      const shown = { line: lineOf(source, start), from: text.slice(start, end), to: literal(change.to, json) };
      splices.push({ start, end, text: literal(change.to, json), shown });
      continue;
    }
    if (node !== undefined) continue;
    const splice = insertion(source, change.path.slice(0, -1), String(change.path[change.path.length - 1]), change.to, json);
    if (splice) splices.push(splice);
  }
  // From the end of the file backwards, so each offset still points where it did.
  splices.sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of splices) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  const check = toData(parseYamlSource(file, out)) as unknown;
  for (const change of changes) {
    let value: unknown = check;
    for (const key of change.path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key as string] : undefined;
    const same = typeof change.to === "object" ? JSON.stringify(value) === JSON.stringify(change.to) : value === change.to;
    if (!same) throw new Error(`check --fix: ${file}: ${change.path.join(".")} would read back as ${String(value)}, not ${String(change.to)}`);
  }
  // By line; on one line, the values changed before the fields added.
  const order = (l: FixLine) => l.line * 2 + (l.from === "" ? 1 : 0);
  return { text: out, lines: splices.map((s) => s.shown).sort((a, b) => order(a) - order(b)) };
}
