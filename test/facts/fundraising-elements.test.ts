// The Art. 24 fundraising elements are one list: the facts file's fields, the init template's keys,
// the rubric's elements check and the draft's elements table all name the same elements by the same ids.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { FUNDRAISING_ELEMENTS, FUNDRAISING_ITEMS, FUNDRAISING_LABELS, FUNDRAISING_PLAN_ELEMENTS, fundraisingRowLabel } from "../../src/facts/fundraising-elements.js";
import { loadFacts } from "../../src/facts/load.js";
import { factsJsonSchema } from "../../src/facts/schema.js";
import { scoreText, scoreTextWith } from "../../src/score/engine.js";
import { parseRubric } from "../../src/score/rubric/rubric.js";
import { renderOffline, ROOT } from "../draft/render-helper.js";
import "../score/helpers.js";

const ids = [...FUNDRAISING_ELEMENTS];
const planIds = [...FUNDRAISING_PLAN_ELEMENTS];

const tmp = await mkdtemp(path.join(os.tmpdir(), "grantsmith-elements-"));
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Every element given, each with a value found nowhere else; and the text the table shows for it. */
const GIVEN: Record<string, [unknown, string]> = {
  purpose: ["为甲村儿童募集午餐费。", "为甲村儿童募集午餐费"],
  period: [{ start: "2025-03-01", end: "2025-05-31" }, "2025年3月1日至2025年5月31日"],
  region: ["乙省丙市", "乙省丙市"],
  person_in_charge: ["丁一鸣", "丁一鸣"],
  office_address: ["戊路 17 号", "戊路 17 号"],
  donation_methods: [["己平台在线捐赠"], "己平台在线捐赠"],
  bank_account: [{ name: "庚基金会", bank: "辛银行", number: "6222 0000 1111" }, "6222 0000 1111"],
  beneficiaries: ["壬小学在校学生", "壬小学在校学生"],
  use_of_funds: ["全部用于癸食堂午餐", "全部用于癸食堂午餐"],
  cost: ["募捐成本在子项目经费中列支", "募捐成本在子项目经费中列支"],
  leftover_handling: ["剩余款物转入丑项目", "剩余款物转入丑项目"],
  filing_number: ["寅备案 0042", "寅备案 0042"],
  platform: ["卯公益平台", "卯公益平台"],
};

describe("fundraising elements", () => {
  it("the facts file's fundraising fields are the list's elements, in its order", () => {
    const fundraising = (factsJsonSchema().properties as Record<string, { properties: object }>).fundraising!;
    expect(Object.keys(fundraising.properties)).toEqual(ids);
  });

  it.each(["zh", "en"])("the %s init template asks for every element by its id", async (lang) => {
    const template = parse(await readFile(path.join(ROOT, "templates/init", lang, "public-fundraising.yaml"), "utf8"));
    expect(Object.keys(template.fundraising)).toEqual(ids);
  });

  it("the public-fundraising rubric checks the plan's elements by their ids, and the filing apart", async () => {
    const rubric = parse(await readFile(path.join(ROOT, "rubrics/public-fundraising-zh.yaml"), "utf8"));
    const art24 = rubric.criteria.find((c: { id: string }) => c.id === "art24");
    const elements = art24.checks.find((c: { type: string }) => c.type === "elements");
    expect(elements.items.map((i: { id: string }) => i.id)).toEqual(planIds);
    expect(art24.checks.some((c: { type: string; pattern?: string }) => c.type === "pattern" && c.pattern?.includes("备案编号"))).toBe(true);
  });

  // The rubric writes each label out, so that a copy of it reads on its own; the copy is held to the list.
  it("the public-fundraising rubric labels each element as the list does, in zh and en", async () => {
    const rubric = parse(await readFile(path.join(ROOT, "rubrics/public-fundraising-zh.yaml"), "utf8"));
    const elements = rubric.criteria.find((c: { id: string }) => c.id === "art24").checks.find((c: { type: string }) => c.type === "elements");
    const labels = Object.fromEntries(elements.items.map((i: { id: string; label: object }) => [i.id, i.label]));
    expect(labels).toEqual(Object.fromEntries(planIds.map((id) => [id, FUNDRAISING_LABELS[id]])));
  });

  it("the draft's table names each row from its elements' labels, as the law pairs them", () => {
    expect(FUNDRAISING_ITEMS.map((item) => fundraisingRowLabel(item, "zh"))).toEqual([
      "募捐目的", "募捐起止时间和募捐地域", "活动负责人姓名和办公地址", "接受捐赠方式", "银行账户", "受益人", "募得款物用途", "募捐成本", "剩余财产的处理", "备案编号及募捐平台",
    ]);
    expect(FUNDRAISING_ITEMS.map((item) => fundraisingRowLabel(item, "en"))).toEqual([
      "Purpose", "Period and region", "Person in charge and office address", "How donations are received", "Bank account", "Beneficiaries", "Use of funds", "Fundraising cost",
      "Handling of leftover property", "Filing number and platform",
    ]);
  });

  it("an elements check item without a label of its own is called by its element's label", async () => {
    const rubric = await parseRubric(
      "labels.yaml",
      "id: labels\ntitle: { en: Labels }\ncriteria:\n  - id: plan\n    title: { en: Plan, zh: 方案 }\n    weight: 100\n    sections: [fundraising]\n    checks:\n      - { type: elements, items: [{ id: bank_account, patterns: [银行账户, bank account] }, { id: dues, patterns: [会费] }] }\n",
    );
    const messages = (text: string) => scoreTextWith(text, rubric, { file: "p.md" }).improvements.map((i) => i.message).sort();
    expect(messages("# 募捐方案\n\n## 公开募捐方案\n\n募捐目的：为乡村儿童提供午餐。\n")).toEqual(["缺少必备要素「dues」。", "缺少必备要素「银行账户」。"]);
    expect(messages("# Fundraising plan\n\n## Public Fundraising Plan\n\nPurpose: lunches for village children.\n")).toEqual(["Required element missing: bank account.", "Required element missing: dues."]);
  });

  it("the draft's table shows every element given, and the rubric finds each of them there", async () => {
    expect(Object.keys(GIVEN)).toEqual(ids);
    const file = path.join(tmp, "every-element.yaml");
    const fundraising = Object.fromEntries(Object.entries(GIVEN).map(([id, [value]]) => [id, value]));
    const facts = {
      language: "zh",
      kind: "public-fundraising",
      title: "乡村儿童午餐计划",
      organization: { name: "晨光基金会" },
      period: { start: "2025-03-01", end: "2025-12-31" },
      need: { problem: "需要帮助的问题。" },
      beneficiaries: [{ group: "学生", count: 10, unit: "人" }],
      fundraising,
    };
    await writeFile(file, stringify(facts));
    const doc = await renderOffline(file);
    const from = doc.indexOf("### 公开募捐方案要素");
    const rows = doc.slice(from, doc.indexOf("\n## ", from)).split("\n").filter((l) => /^\| \d+ \|/.test(l));
    for (const [id, [, shown]] of Object.entries(GIVEN)) expect(rows.filter((row) => row.includes(shown)), id).toHaveLength(1);
    for (const row of rows) expect(row).not.toContain("【待补充");
    const result = await scoreText(doc, { file: "plan.md", facts: await loadFacts(file) });
    const art24 = result.improvements.filter((i) => i.criterion === "art24");
    expect(art24.map((i) => i.message)).toEqual([]);
  });
});
