// The plain shape of the facts schema and its validator (facts/shape.ts, facts/shape-parse.ts)
// against zod: the written shape is the schema's, and on generated facts, valid and not, the
// validator accepts exactly what zod's safeParse accepts, with the same values in the same order.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FACTS_SHAPE } from "../../src/facts/facts-shape.js";
import { pruneBlanks } from "../../src/facts/load.js";
import { factsSchema } from "../../src/facts/schema.js";
import { parseByShape, PROBLEM } from "../../src/facts/shape-parse.js";
import { shapeOf, type PlainNode } from "../../src/facts/shape.js";
import { readTypedFacts } from "../../src/facts/typed-facts.js";
import { parseYamlSource, toData } from "../../src/util/yaml-source.js";
import { seeded } from "../helpers/random.js";

/** A value with its numbers' oddities (-0, Infinity) and its fields' order kept, for toEqual. */
function canon(value: unknown): unknown {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(canon);
  if (value !== null && typeof value === "object") return Object.entries(value).map(([key, v]) => [key, canon(v)]);
  return value;
}

/** Fails unless the validator and zod agree on `data`; true when both accept it. */
function agree(data: unknown): boolean {
  const label = JSON.stringify(data);
  const fast = parseByShape(FACTS_SHAPE, data);
  const zod = factsSchema.safeParse(data, { jitless: true });
  expect(fast !== PROBLEM, label).toBe(zod.success);
  if (zod.success) expect(canon(fast), label).toEqual(canon(zod.data));
  return zod.success;
}

const TEXTS = ["x", "老人", " 两头有空格 ", "Name", "a\u3000b", "15万", "2025-03"];
const ODD_TEXTS = ["", "   ", "\u3000"];
const DATES = ["2025-03", "2025-03-31", "2024-02-29", "2025-12"];
const ODD_DATES = ["2025-02-30", "2025-13", "2025年3月", " 2025-03", "2025-3", "2023-02-29"];
const NUMBERS = [0, 1, 3, 12, 2.5, 150000, 1e6];
const ODD_NUMBERS = [-1, -0, 0.5, Infinity, -Infinity, NaN, 2 ** 53, -2.5];
const ODD_VALUES = [null, true, "text", 5, [], {}, ["x"]];

/** Generated facts for `node`: valid values, and with chance `odd` at each step something off. */
function generate(node: PlainNode, next: () => number, odd: number, depth = 0): unknown {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const off = () => next() < odd;
  if (off() && next() < 0.3) return pick(ODD_VALUES);
  switch (node.type) {
    case "optional":
    case "default":
      return next() < 0.3 ? undefined : generate(node.innerType!, next, odd, depth);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(node.shape!)) {
        // Deep optional blocks now and then, so that a document stays small and often valid.
        if (depth > 0 && field.type === "optional" && next() < 0.5) continue;
        const value = off() ? undefined : generate(field, next, odd, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      if (off()) out[pick(["website", "titel", "notes"])] = "x";
      return out;
    }
    case "array": {
      const count = off() ? 0 : 1 + Math.floor(next() * 3);
      return Array.from({ length: count }, () => generate(node.element!, next, odd, depth + 1));
    }
    case "string": {
      const date = node.checks?.some((check) => check.check === "regex");
      if (off()) return pick(date ? ODD_DATES : ODD_TEXTS);
      return pick(date ? DATES : TEXTS);
    }
    case "number":
      return off() ? pick(ODD_NUMBERS) : pick(NUMBERS);
    case "boolean":
      return off() ? pick(["yes", 1]) : next() < 0.5;
    case "enum":
      return off() ? pick(["Medium", "bad", ""]) : pick(Object.values(node.entries!));
    case "union":
      return generate(pick(node.options!), next, odd, depth);
    case "pipe":
      return generate(node.in!, next, odd, depth);
    case "transform":
      return "x";
  }
}

describe("the plain shape of the facts schema", () => {
  it("is the one facts/facts-shape.ts holds (else run npm run build && npm run facts-shape:write)", () => {
    expect(shapeOf(factsSchema)).toEqual(FACTS_SHAPE);
  });

  it("is read by the validator as zod reads the schema, on generated facts valid and not", () => {
    const next = seeded(15);
    let accepted = 0;
    const total = 3000;
    for (let n = 0; n < total; n++) {
      const odd = [0, 0, 0.002, 0.01, 0.04][n % 5]!;
      if (agree(generate(FACTS_SHAPE, next, odd))) accepted++;
    }
    // Both kinds in numbers: a generator that makes only one tests half the validator.
    expect(accepted).toBeGreaterThan(total / 5);
    expect(accepted).toBeLessThan(total * 0.8);
  });

  it("reads every example facts file as zod does", () => {
    const files = ["examples/zh", "examples/en"].flatMap((folder) =>
      readdirSync(folder).filter((name) => name.endsWith(".yaml") && name !== "org.yaml").map((name) => path.join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(6);
    let accepted = 0;
    for (const file of files) {
      const data = pruneBlanks(readTypedFacts(FACTS_SHAPE, toData(parseYamlSource(file, readFileSync(file, "utf8")))).data);
      if (agree(data)) accepted++;
    }
    // The files that name a profile (organization: ./org.yaml) are refused by both before the merge.
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it("refuses each kind of problem zod reports", () => {
    const valid = { title: "t", organization: { name: "o" }, need: { problem: "p" }, beneficiaries: [{ group: "g" }] };
    expect(agree(valid)).toBe(true);
    const problems: unknown[] = [
      { ...valid, titel: "t" },
      { ...valid, title: "  " },
      { ...valid, beneficiaries: [] },
      { ...valid, beneficiaries: [{ group: "g", count: 2.5 }] },
      { ...valid, period: { start: "2025-02-30" } },
      { ...valid, budget: { total: -1 } },
      { ...valid, budget: { items: [{ name: "x", category: "food" }] } },
      { ...valid, organization: { name: "o", founded: "2012年" } },
      { ...valid, need: null },
      { title: "t", organization: { name: "o" }, need: { problem: "p" } },
    ];
    for (const data of problems) expect(agree(data), JSON.stringify(data)).toBe(false);
  });
});
