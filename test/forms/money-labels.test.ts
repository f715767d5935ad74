// A form's amount field in the unit its label names: the label's currency, in any spelling
// grantsmith knows (src/text/currency.ts), means the figure alone; 万 in the unit divides it.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Facts } from "../../src/facts/derive.js";
import { loadFacts } from "../../src/facts/load.js";
import { fieldValue } from "../../src/forms/content.js";
import { formatMoney } from "../../src/text/currency.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

let facts: Facts;
let total: number;
beforeAll(async () => {
  facts = (await loadFacts(path.join(REPO_ROOT, "examples", "en", "clean-water-wells.yaml"))).facts;
  total = facts.derived.budgetTotal!;
});

describe("an amount field's label", () => {
  it.each(["Total budget (HK$)", "Total budget (HKD)", "Total budget (GBP)", "Total budget (£)", "Total budget (JPY)", "Total budget (EUR)", "项目总预算（港元）", "项目总预算（美元）", "项目总预算（人民币元）", "项目总预算（元）", "Total budget (USD)"])(
    "%s: the figure alone, the label names the currency",
    (label) => {
      expect(fieldValue(facts, "budget_total", label)?.value).toBe(formatMoney(total, undefined, facts.language, "document"));
    },
  );

  it.each(["项目总预算（万元）", "项目总预算（万港元）"])("%s: the figure in 万", (label) => {
    expect(fieldValue(facts, "budget_total", label)?.value).toBe(String(Math.round(total) / 10_000));
  });

  it("without a currency in the label, the amount with the facts' currency", () => {
    const value = fieldValue(facts, "budget_total", "Total budget")?.value;
    expect(value).toBe(formatMoney(total, facts.budget?.currency, facts.language, "document"));
    expect(value).not.toBe(formatMoney(total, undefined, facts.language, "document"));
  });
});
