import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFacts } from "../../src/facts/load.js";
import { sectionPlan } from "../../src/draft/plan.js";
import { chineseNumeral } from "../../src/text/chinese-numerals.js";
import { formatAmount } from "../../src/text/currency.js";
import { EXAMPLES, renderOffline, SPARSE } from "./render-helper.js";

const PLACEHOLDER = /【待补充：[^】]+】|\[TODO: [^\]]+\]/;
const LEFTOVERS = /undefined|\bnull\b|\[object Object\]|NaN|\{\{|\}\}/;

const tmp = await mkdtemp(path.join(os.tmpdir(), "grantsmith-offline-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

function headings(doc: string): string[] {
  return doc.split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
}

describe.each(EXAMPLES)("offline draft of %s", (file) => {
  it("has every heading of the plan, numbered, in order, and nothing left unrendered", async () => {
    const doc = await renderOffline(file);
    const { facts } = await loadFacts(file);
    const lang = facts.language;
    const expected = sectionPlan(facts.kind).map((s, i) =>
      lang === "zh" ? `${chineseNumeral(i + 1)}、${s.heading.zh}` : `${i + 1}. ${s.heading.en}`,
    );
    expect(headings(doc)).toEqual(expected);
    expect(doc).not.toMatch(LEFTOVERS);
    expect(doc.startsWith("<!-- grantsmith: assembled offline from the facts")).toBe(true);
    expect(doc).toContain(`\n# ${facts.title}\n`);
  });

  it("renders the budget total computed from the items", async () => {
    const doc = await renderOffline(file);
    const { facts } = await loadFacts(file);
    const total = facts.derived.itemsTotal;
    if (total === undefined) return;
    const row = doc.split("\n").find((l) => /^\| \| \*\*(合计|Total)\*\* \|/.test(l) && l.includes(formatAmount(total)));
    expect(row, "budget total row").toBeDefined();
  });

  if (SPARSE.has(path.basename(file))) {
    it("shows placeholders where facts are missing", async () => {
      const doc = await renderOffline(file);
      const count = doc.match(new RegExp(PLACEHOLDER, "g"))?.length ?? 0;
      expect(count).toBeGreaterThan(10);
      expect(doc).toContain("【待补充：需求证据及其来源");
      expect(doc).toContain("【待补充：项目起止时间】");
      expect(doc).toContain("【待补充：主要风险");
      expect(doc).toContain("180,000.00元");
    });
  } else {
    it("has no placeholder left, since every fact is given", async () => {
      const doc = await renderOffline(file);
      expect(doc.match(PLACEHOLDER)?.[0] ?? "").toBe("");
    });
  }
});

describe("offline draft facts", () => {
  it("notes a budget whose items do not add up to the stated total", async () => {
    const source = await readFile(EXAMPLES.find((f) => f.endsWith("elderly-meals.yaml"))!, "utf8");
    const file = path.join(tmp, "mismatch.yaml");
    await writeFile(file, source.replace("total: 1167000", "total: 1200000"));
    const doc = await renderOffline(file);
    expect(doc).toContain("预算明细合计为1,167,000.00元，与申报的预算总额1,200,000.00元相差33,000.00元");
    expect(doc).toContain("**1,167,000.00**");
  });

  it("does not note a budget that adds up", async () => {
    const doc = await renderOffline(EXAMPLES.find((f) => f.endsWith("elderly-meals.yaml"))!);
    expect(doc).not.toContain("相差");
  });

  it("notes the mismatch in English too", async () => {
    const source = await readFile(EXAMPLES.find((f) => f.endsWith("girls-stem-clubs.yaml"))!, "utf8");
    const file = path.join(tmp, "mismatch-en.yaml");
    await writeFile(file, source.replace("total: 91700", "total: 90000"));
    const doc = await renderOffline(file);
    expect(doc).toContain("the budget items add up to $91,700.00, but the stated total budget is $90,000.00 (a difference of $1,700.00)");
  });

  it("renders all ten Art. 24 elements of a public fundraising plan, filled or as placeholders", async () => {
    const full = await renderOffline(EXAMPLES.find((f) => f.endsWith("public-fundraising.yaml"))!);
    const start = full.indexOf("### 公开募捐方案要素");
    const block = full.slice(start, full.indexOf("\n## ", start));
    const rows = block.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(10);
    expect(block).toContain("2401 0101 0400 12345");
    expect(block).toContain("53530000MJ0D13579Z25007");

    const file = path.join(tmp, "fundraising-sparse.yaml");
    await writeFile(
      file,
      "kind: public-fundraising\ntitle: 测试募捐\norganization: {name: 某基金会}\nneed: {problem: 需要帮助的问题。}\nbeneficiaries: [{group: 学生, count: 10, unit: 人}]\nfundraising: {purpose: 为学生募集午餐费。}\n",
    );
    const sparse = await renderOffline(file);
    const from = sparse.indexOf("### 公开募捐方案要素");
    const sparseRows = sparse.slice(from, sparse.indexOf("\n## ", from)).split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(sparseRows).toHaveLength(10);
    expect(sparseRows[0]).toContain("为学生募集午餐费");
    expect(sparseRows.slice(1).every((row) => row.includes("【待补充："))).toBe(true);
  });

  it("a standard proposal has no fundraising or relief blocks", async () => {
    const doc = await renderOffline(EXAMPLES.find((f) => f.endsWith("elderly-meals.yaml"))!);
    expect(doc).not.toContain("公开募捐方案要素");
    expect(doc).not.toContain("救灾物资清单");
  });
});
