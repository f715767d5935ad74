// check --fix's splices: a field added is shown under the line it follows (the last entry of its
// mapping), not under the next line of the file, which holds something else or does not exist.
import { describe, expect, it } from "vitest";
import { applyChanges } from "../../src/facts/fix.js";
import type { FactsPath } from "../../src/facts/typed-facts.js";

const cases: [string, string, FactsPath, number, string, string][] = [
  ["a block mapping before another entry", "b:\n  - group: 老人\n    count: 30\n  - group: 家属\n", ["b", 0, "unit"], 3, "unit: 人", "b:\n  - group: 老人\n    count: 30\n    unit: 人\n  - group: 家属\n"],
  ["a block mapping at the end, no final newline", "b:\n  - group: 老人\n    count: 30", ["b", 0, "unit"], 3, "unit: 人", "b:\n  - group: 老人\n    count: 30\n    unit: 人\n"],
  ["a mapping not there yet, at the end", "title: x\nneed: y\n", ["budget", "unit"], 2, "budget: { unit: 人 }", "title: x\nneed: y\nbudget:\n  unit: 人\n"],
  ["a block mapping whose last entry is a list", "b:\n  items:\n    - x\nc: 2\n", ["b", "unit"], 3, "unit: 人", "b:\n  items:\n    - x\n  unit: 人\nc: 2\n"],
  // The flow list leaves the plain reader (util/plain-yaml.ts): parseDocument reads this one.
  ["the same, read by parseDocument", "b:\n  items:\n    - x\nc: [2]\n", ["b", "unit"], 3, "unit: 人", "b:\n  items:\n    - x\n  unit: 人\nc: [2]\n"],
  ["a flow mapping, on its own line", "a: 1\nb: [{group: 老人}]\nc: 2\n", ["b", 0, "unit"], 2, "unit: 人", "a: 1\nb: [{group: 老人, unit: 人}]\nc: 2\n"],
];

describe("applyChanges shows a field added under the line it follows", () => {
  it.each(cases)("%s", (_name, text, path, line, shown, fixed) => {
    const result = applyChanges("f.yaml", text, [{ path, to: "人" }]);
    expect(result.text).toBe(fixed);
    expect(result.lines).toEqual([{ line, from: "", to: shown }]);
  });
});

describe("applyChanges fills a key written with no value", () => {
  it("puts a space between the colon and the value (unit: → unit: 人)", () => {
    const text = "b:\n  - group: 老人\n    unit:\n    count: 30\n";
    const result = applyChanges("f.yaml", text, [{ path: ["b", 0, "unit"], to: "人" }]);
    expect(result.text).toBe("b:\n  - group: 老人\n    unit: 人\n    count: 30\n");
    expect(result.lines).toEqual([{ line: 3, from: "", to: "unit: 人" }]);
  });
});
