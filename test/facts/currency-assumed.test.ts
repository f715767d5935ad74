// An English facts file whose amounts name no currency is read in yuan (the schema's default), and
// says so: a UK or US user who typed `budget: 45000` would otherwise find "CNY 45,000" in the draft.
// A Chinese file in yuan says nothing; a currency written, or a sign on an amount, says nothing.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir("grantsmith-currency-");
});

const en = (budget: string) => `title: Homework club
organization: Riverside Youth Trust
need: Pupils have nowhere quiet to do homework
beneficiaries:
  - group: pupils
    count: 60
${budget}
`;

async function warningsOf(name: string, text: string): Promise<string[]> {
  const file = path.join(dir, name);
  await writeFile(file, text, "utf8");
  return (await loadFacts(file)).warnings;
}

describe("an English budget with no currency", () => {
  it("is read as yuan and says so at the budget, naming the fix", async () => {
    const warnings = await warningsOf("plain.yaml", en("budget: 45000"));
    expect(warnings).toEqual([expect.stringMatching(/plain\.yaml:7:9: warning: budget: no currency is named, so the amounts are read as yuan \(CNY\); .*add `currency: GBP`/)]);
  });

  it("says the same for items without a total", async () => {
    const warnings = await warningsOf("items.yaml", en("budget:\n  items:\n    - name: Tutors\n      amount: 9000"));
    expect(warnings.some((w) => w.includes("read as yuan (CNY)"))).toBe(true);
  });

  it.each([
    ["a currency written", "budget:\n  currency: USD\n  total: 45000"],
    ["a sign on the amount", "budget: £45,000"],
    ["yuan written out", "budget:\n  currency: CNY\n  total: 45000"],
    ["no amount at all", ""],
  ])("is quiet with %s", async (_label, budget) => {
    const warnings = await warningsOf(`quiet-${budget.length}.yaml`, en(budget));
    expect(warnings.filter((w) => w.includes("currency"))).toEqual([]);
  });

  it("is quiet for a Chinese file in yuan", async () => {
    const zh = "title: 送餐\norganization: 暖阳中心\nneed: 独居老人吃饭难\nbeneficiaries:\n  - group: 老人\n    count: 20人\nbudget: 15万\n";
    expect((await warningsOf("zh.yaml", zh)).filter((w) => w.includes("CNY"))).toEqual([]);
  });
});
