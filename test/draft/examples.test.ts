import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FUNDRAISING_ELEMENTS } from "../../src/facts/fundraising-elements.js";
import { loadFacts } from "../../src/facts/load.js";
import { KINDS } from "../../src/kinds/index.js";
import { EXAMPLES, ROOT, SPARSE } from "./render-helper.js";

describe("examples", () => {
  it("include the ones the README promises", () => {
    const names = EXAMPLES.map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
    for (const expected of ["examples/zh/elderly-meals.yaml", "examples/zh/flood-relief.yaml", "examples/zh/public-fundraising.yaml", "examples/zh/sparse.yaml", "examples/en/girls-stem-clubs.yaml"]) {
      expect(names).toContain(expected);
    }
    expect(names.filter((n) => n.startsWith("examples/en/")).length).toBeGreaterThanOrEqual(2);
  });

  it.each(EXAMPLES)("%s points editors at the schema on its first line", (file) => {
    expect(readFileSync(file, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/facts.schema.json");
  });

  it.each(EXAMPLES)("%s loads and is internally consistent", async (file) => {
    const { facts } = await loadFacts(file);
    expect(facts.language).toBe(path.basename(path.dirname(file)));
    // activities inside the period, item amounts agreeing with quantity × unit cost
    expect(facts.warnings).toEqual([]);
    if (SPARSE.has(path.basename(file))) return;
    expect(facts.derived.budgetGap).toBeUndefined();
    expect(facts.derived.itemsTotal).toBe(facts.budget?.total);
    expect(facts.derived.fundingTotal).toBe(facts.budget?.total);
    for (const objective of facts.objectives ?? []) {
      expect(objective.indicator && objective.target !== undefined && objective.deadline).toBeTruthy();
    }
  });

  it("the kinds are covered", async () => {
    const kinds = new Set<string>();
    for (const file of EXAMPLES) kinds.add((await loadFacts(file)).facts.kind);
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it("the public-fundraising example fills all ten Art. 24 elements", async () => {
    const { facts } = await loadFacts(path.join(ROOT, "examples/zh/public-fundraising.yaml"));
    const f = facts.fundraising!;
    for (const id of FUNDRAISING_ELEMENTS) expect(f[id], id).toBeTruthy();
    for (const value of [f.period?.start, f.period?.end, f.donation_methods?.[0], f.bank_account?.number]) expect(value).toBeTruthy();
  });
});
