// Budgets in every currency the drafter writes: symbols (£ € HK$ $ ¥), ISO codes before or after
// the amount ("CNY 12,000.00", "JPY"), and Chinese unit words (元 万元 美元 欧元 英镑 港元 日元). Each is
// read as money, its total found, and the cost per beneficiary is printed in that currency.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { renderResultText } from "../../src/report/text.js";
import { scoreText } from "../../src/score/engine.js";
import { extractFigures } from "../../src/text/numbers.js";
import { renderOffline, ROOT } from "../draft/render-helper.js";
import "./helpers.js";
import { tempDirSync } from "../helpers/temp.js";

const dir = tempDirSync("grantsmith-currency-");

/** An example's facts with another currency (and language), written to a temp file. */
function factsIn(example: string, currency: string, language?: "zh" | "en"): string {
  let text = readFileSync(path.join(ROOT, "examples", example), "utf8").replace(/currency: \w+/, `currency: ${currency}`);
  if (language) text = text.replace(/^language: \w+/m, `language: ${language}`);
  const file = path.join(dir, `${path.basename(example, ".yaml")}-${currency}-${language ?? "same"}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** Facts with only a total: the draft states it in prose and nowhere in a table of items. */
function totalOnly(currency: string, language: "zh" | "en"): string {
  const file = path.join(dir, `total-${currency}-${language}.yaml`);
  writeFileSync(
    file,
    [`language: ${language}`, "title: After-school club", "organization:", "  name: Spring Sprouts", "location: Leeds", "need:", "  problem: Children of working parents have nowhere safe to go after school.", "beneficiaries:", "  - group: pupils", "    count: 60", `    unit: ${language === "zh" ? "人" : "children"}`, "budget:", `  currency: ${currency}`, "  total: 15000", ""].join("\n"),
  );
  return file;
}

async function scoreDraft(file: string) {
  const facts = await loadFacts(file);
  const text = await renderOffline(file);
  return { text, result: await scoreText(text, { file: "draft.md", facts }) };
}

const SHOWN_EN: Record<string, string> = { GBP: "£", EUR: "€", HKD: "HK$", USD: "$", JPY: "JPY ", CNY: "CNY " };
const SHOWN_ZH: Record<string, string> = { GBP: "英镑", EUR: "欧元", HKD: "港元", USD: "美元", JPY: "日元", CNY: "元" };

describe.each(["GBP", "EUR", "HKD", "JPY", "CNY", "USD"])("a draft in %s", (currency) => {
  it("en: the budget is read, its total found, the must criterion passes and costs show in that currency", async () => {
    const { result } = await scoreDraft(factsIn("en/girls-stem-clubs.yaml", currency));
    expect(result.metrics).toMatchObject({ currency, budgetTotal: 91700, costPerBeneficiary: 382.08 });
    expect(result.criteria.find((c) => c.id === "budget")).toMatchObject({ score: 14, passed: true });
    const report = renderResultText(result);
    expect(report).toContain(`cost per beneficiary ${SHOWN_EN[currency]}382.08`);
    if (currency !== "USD") expect(report).not.toMatch(/(?<!HK)\$382\.08/);
  });

  it("zh: the same with Chinese unit words", async () => {
    const { result } = await scoreDraft(factsIn("zh/elderly-meals.yaml", currency));
    expect(result.metrics).toMatchObject({ currency, budgetTotal: 1167000 });
    expect(result.criteria.find((c) => c.id === "budget")).toMatchObject({ score: 14, passed: true });
    expect(renderResultText(result)).toContain(`人均成本 5,835 ${SHOWN_ZH[currency]}`);
  });

  it.each(["en", "zh"] as const)("%s: a total stated only in prose is found, not reported missing", async (language) => {
    const { result } = await scoreDraft(totalOnly(currency, language));
    expect(result.metrics.budgetTotal).toBe(15000);
    expect(result.metrics.currency).toBe(currency);
    const messages = result.improvements.map((i) => i.message).join("\n");
    expect(messages).not.toMatch(/total budget is missing|缺少预算总额/);
  });
});

describe("currency figures", () => {
  it.each([
    ["£15,000.00", "GBP", 15000],
    ["€2,500", "EUR", 2500],
    ["HK$1,200.50", "HKD", 1200.5],
    ["CNY 12,000.00", "CNY", 12000],
    ["USD 800", "USD", 800],
    ["JPY 300,000", "JPY", 300000],
    ["300,000 JPY", "JPY", 300000],
    ["1.5万英镑", "GBP", 15000],
    ["2,000欧元", "EUR", 2000],
    ["3万港元", "HKD", 30000],
    ["50万日元", "JPY", 500000],
    ["10万元", "CNY", 100000],
    ["¥8,000", "CNY", 8000],
  ])("%s is money in %s", (text, currency, value) => {
    const f = extractFigures(`预算 ${text} 。`)[0]!;
    expect(f).toMatchObject({ kind: "money", currency, value });
  });

  it("¥ in a budget that names the yen and never the yuan is the yen", async () => {
    const text = "# Tokyo reading club\n\n## Budget\n\nAll amounts in Japanese yen (JPY).\n\n| Item | Amount |\n| --- | --- |\n| Books | ¥300,000 |\n| Rent | ¥200,000 |\n| Total | ¥500,000 |\n";
    const r = await scoreText(text, { file: "p.md" });
    expect(r.metrics).toMatchObject({ currency: "JPY", budgetTotal: 500000 });
  });
});
