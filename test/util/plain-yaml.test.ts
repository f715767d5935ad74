// The plain-YAML reader against yaml's parseDocument on generated documents: where the reader takes
// a text, parseDocument must read it without an error into the same values, node for node at the
// same offsets, with the same line starts; where the reader declines, nothing is claimed (the caller
// parses with parseDocument). Every example facts file must be taken, or the reader
// saves nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { readPlainYaml } from "../../src/util/plain-yaml.js";
import { seeded } from "../helpers/random.js";

const OPTIONS = { prettyErrors: false, uniqueKeys: true };

/** The parts of a node that grantsmith reads: kind, start, and a scalar's value, end and quoting. */
function shape(node: unknown): unknown {
  if (isMap(node)) return { map: node.range?.[0], items: node.items.map((pair) => (isPair(pair) ? [shape(pair.key), shape(pair.value)] : "not a pair")) };
  if (isSeq(node)) return { seq: node.range?.[0], items: node.items.map(shape) };
  if (isScalar(node)) return { scalar: node.range?.slice(0, 2), value: Object.is(node.value, -0) ? "-0" : node.value, type: node.type, format: node.format };
  return { other: String(node) };
}

/** Fails unless parseDocument agrees with the reader on `text`; true when the reader took it. */
function agree(text: string): boolean {
  const fast = readPlainYaml(text, OPTIONS);
  if (fast === undefined) return false;
  const lineCounter = new LineCounter();
  const reference = parseDocument(text, { ...OPTIONS, lineCounter });
  const label = JSON.stringify(text);
  expect(reference.errors.map((e) => e.message), label).toEqual([]);
  expect(reference.warnings.map((e) => e.message), label).toEqual([]);
  expect(shape(fast.doc.contents as Node), label).toEqual(shape(reference.contents));
  expect(fast.doc.toJS(), label).toEqual(reference.toJS());
  expect(fast.lineCounter.lineStarts, label).toEqual(lineCounter.lineStarts);
  return true;
}

const KEYS = ["name", "title", "a", "b", "c", "d", "e", "count", "$schema", "unit_cost", "a.b", "a-b", "true", "null", "x1", "_"];
const ODD_KEYS = ["项目", "a b", "'q'", '"d"', "-x", "?", "Null", "1", "a:", "k".repeat(1023), "k".repeat(1025)];
/** Values as facts files have them, which the reader takes. */
const COMMON = [
  "plain text", "12", "+3", "0", "007", "0o17", "0x1F", "1e3", "1.5E-2", ".5", "1.", "1.50", "2025.10", ".inf", ".NaN", "~", "null", "NULL", "true", "False", "yes", "off", "2025-03", "2016",
  "010-6612 3456", "1,167,000", "15万", "约200户", "a:b", "a #c", "a#c", "'q''s'", '"d\\"q"', '"tab\\tand\\nline"', "'a' #c", "it's", "C#", "中文：值", "值\u3000", "http://x.y/z", "“引号”", "emoji 😀",
  "back\\slash", "0xZ", "",
];
/** Values the reader leaves to parseDocument, or that parseDocument refuses. */
const ODD = [
  "-4", "-0", "-.inf", "a: b", "a :", "ends:", "'open", '"bad\\x41"', '"open', '"a" b', "[1, 2]", "{a: 1}", "&anchor x", "*alias", "!tag x", "!!str 5", "| kept", "> folded", "- x", "? x", "%x", "@x",
  "`x", ",x", "\u3000前导", "a\tb", "a\rb",
];
const TAILS = ["", "", "", "  ", " # note", "   #note", "#no"];
const pick = <T,>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** A generated document: mostly the shapes facts files have, with now and then something off. */
function generate(next: () => number): string {
  const out: string[] = [];
  // How often something is off in this document: never in some, often in others.
  const odd = pick(next, [0, 0, 0.01, 0.03, 0.1]);
  const pad = (n: number) => " ".repeat(Math.max(0, n + (next() < odd ? pick(next, [-1, 1]) : 0)));
  const extra = () => {
    if (next() < 0.08) out.push(pick(next, ["", "   ", `${" ".repeat(Math.floor(next() * 6))}# comment`, "#"]));
    if (next() < odd) out.push(pick(next, ["---", "...", "%YAML 1.2", "\t", "x"]));
  };
  const value = (indent: number, depth: number, afterKey: boolean): string => {
    const roll = next();
    if (depth < 3 && roll < 0.15) {
      mapping(indent + pick(next, [2, 2, 4]), depth + 1);
      return pick(next, ["", "", "  # c"]);
    }
    if (depth < 3 && roll < 0.27) {
      list(afterKey && next() < 0.4 ? indent : indent + 2, depth + 1);
      return pick(next, ["", "", " "]);
    }
    return ` ${pick(next, next() < odd ? ODD : COMMON)}${pick(next, TAILS)}`.replace(/^ $/, pick(next, ["", " "]));
  };
  function mapping(indent: number, depth: number, first?: string): void {
    const count = 1 + Math.floor(next() * 4);
    for (let n = 0; n < count; n++) {
      extra();
      const at = out.length;
      out.push("");
      const head = n === 0 && first !== undefined ? first : pad(indent);
      const rest = value(indent, depth, true);
      // Mostly a key of its own; now and then one the mapping may already have.
      const key = next() < odd ? pick(next, ODD_KEYS) : `${pick(next, KEYS)}${next() < 0.85 ? n : ""}`;
      out[at] = `${head}${key}:${rest}`;
    }
  }
  function list(indent: number, depth: number): void {
    const count = 1 + Math.floor(next() * 4);
    for (let n = 0; n < count; n++) {
      extra();
      const roll = next();
      if (depth < 3 && roll < 0.3) {
        mapping(indent + 2, depth + 1, `${pad(indent)}- `);
      } else if (depth < 3 && roll < 0.35) {
        const at = out.length;
        out.push("");
        list(indent + 2, depth + 1);
        out[at] = `${pad(indent)}-`;
      } else {
        out.push(`${pad(indent)}-${value(indent, depth, false)}`);
      }
    }
  }
  if (next() < 0.85) mapping(0, 0);
  else list(0, 0);
  extra();
  return out.join("\n") + pick(next, ["\n", "\n", "", "\n\n"]);
}

describe("readPlainYaml", () => {
  it("reads what parseDocument reads, wherever it takes a generated document", () => {
    const next = seeded(15);
    let taken = 0;
    const total = 4000;
    for (let n = 0; n < total; n++) if (agree(generate(next))) taken++;
    // The generated documents are meant to be mostly plain: a reader that declines them all tests nothing.
    expect(taken).toBeGreaterThan(total / 10);
  });

  it("takes the shapes facts files are written in", () => {
    for (const text of ["a: 1\n", "a: 1", "a:\n  - x\n\n  # c\n  - y\n\n", "a:\n- b: 1\n  c: '2'\n- \"3\"\nd: # none\n"]) expect(agree(text), text).toBe(true);
  });

  it("declines what parseDocument refuses or reads otherwise", () => {
    const refused = ["a: 1\na: 2\n", "true: 1\nTrue: 2\n", `${"k".repeat(1025)}: 1\n`, `- ${"k".repeat(1025)}: 1\n`, "a: b: c\n", "a:\n  b: 1\n c: 2\n", "a: x\n  y\n", "a: 'open\n", "a: -\n", "a: @x\n"];
    const otherwise = ["a: |\n  x\n", "a: [1, 2]\n", "a: &x 1\nb: *x\n", "a: !!str 5\n", "a:\n  x\n", "---\na: 1\n", "a: \"\\u00e9\"\n", "a: 1\r\n", "a:\t1\n"];
    for (const text of [...refused, ...otherwise]) expect(readPlainYaml(text, OPTIONS), text).toBeUndefined();
  });

  it("takes every example facts file and profile, reading each as parseDocument does", () => {
    const folders = ["examples/zh", "examples/en"];
    const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(folder, name)));
    expect(files.length).toBeGreaterThan(8);
    const declined = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return !agree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    expect(declined).toEqual([]);
  });
});
