import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { loadFacts, pruneBlanks } from "../../src/facts/load.js";
import { KINDS } from "../../src/kinds/index.js";
import { tempDir } from "../helpers/temp.js";

let dir: string;
// These cases check the English messages; a Chinese file is otherwise answered in Chinese
// (test/facts/typed-load.test.ts checks that).
const saved = process.env.GRANTSMITH_LANG;
beforeAll(async () => {
  dir = await tempDir("grantsmith-facts-");
  process.env.GRANTSMITH_LANG = "en";
});
afterAll(() => {
  if (saved === undefined) delete process.env.GRANTSMITH_LANG;
  else process.env.GRANTSMITH_LANG = saved;
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text, "utf8");
  return file;
}

async function errorsOf(file: string): Promise<string[]> {
  try {
    await loadFacts(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    return [e.message, ...e.details];
  }
  throw new Error("expected the facts to be rejected");
}

const MINIMAL = `title: 社区老人助餐送餐到家项目
organization:
  name: 某某社会工作服务中心
need:
  problem: 社区独居老人做饭难、吃饭难
beneficiaries:
  - group: 独居老人
    count: 300
    unit: 人
`;

describe("loadFacts", () => {
  it("loads a minimal file, detects Chinese and applies defaults", async () => {
    const { facts, warnings } = await loadFacts(await write("min.yaml", MINIMAL));
    expect(facts.language).toBe("zh");
    expect(facts.kind).toBe("standard");
    expect(facts.beneficiaries[0]!.direct).toBe(true);
    expect(facts.derived.directBeneficiaries).toBe(300);
    expect(facts.derived.beneficiaryUnit).toBe("人");
    expect(warnings).toEqual([]);
  });

  it("reports a wrong type with file, line, column, path and the value", async () => {
    const file = await write(
      "type.yaml",
      MINIMAL + `budget:\n  items:\n    - name: 餐费\n      amount: 10\n    - name: 交通\n      amount: 20\n    - name: 人员\n      amount: 好几千\n`,
    );
    const [line] = await errorsOf(file);
    expect(line).toBe(`${file}:17:15: budget.items[2].amount: "好几千" is not an amount; write a number such as 150000`);
  });

  it("reports every error at once, sorted by line", async () => {
    const file = await write(
      "many.yaml",
      `title: x\norganization:\n  nmae: 某机构\nneed:\n  problem: p\nbeneficiaries:\n  - group: g\n    count: many\nperiod:\n  start: 2025/13/01\n`,
    );
    const lines = await errorsOf(file);
    expect(lines).toEqual([
      // The misspelt key is the missing field: one line, which says to rename it.
      `${file}:3:3: organization.nmae: unknown field; write "name" here: rename "nmae:" to "name:"`,
      `${file}:8:12: beneficiaries[0].count: "many" is not a count; write a number such as 30`,
      `${file}:10:10: period.start: no such day in the calendar ("2025/13/01"); check the month and the day`,
    ]);
  });

  it("names the field a key written under another name stands for, and says the required one once", async () => {
    const file = await write(
      "synonyms.yaml",
      MINIMAL + `place: 某县3个乡镇\nbudget:\n  total: 15万\n  items:\n    - item: 图书采购\n      cost: 6万\n`,
    );
    expect(await errorsOf(file)).toEqual([
      `${file}:10:1: place: unknown field; did you mean "location"?`,
      `${file}:14:7: budget.items[0].item: unknown field; write "name" here: rename "item:" to "name:"`,
      `${file}:15:7: budget.items[0].cost: unknown field; did you mean "amount"?`,
    ]);
  });

  it("says a figure with a thousands comma inside { } is split there, once per figure", async () => {
    const file = await write(
      "flow-comma.yaml",
      MINIMAL +
        "budget:\n  currency: GBP\n  items:\n    - { name: Coordinator, category: personnel, quantity: 1, unit_cost: £18,500 }\n" +
        "  funding_sources:\n    - { name: Trust, amount: 1,200,000, status: pending }\n",
    );
    expect(await errorsOf(file)).toEqual([
      `${file}:13:73: budget.items[0].unit_cost: "£18,500" is split at its comma: inside { } a comma separates fields; write £18500 without the comma, or put it in quotes ("£18,500")`,
      `${file}:15:30: budget.funding_sources[0].amount: "1,200,000" is split at its comma: inside { } a comma separates fields; write 1200000 without the comma, or put it in quotes ("1,200,000")`,
    ]);
  });

  it("points a Chinese key to its field, in Chinese for a Chinese session", async () => {
    const file = await write("chinese-keys.yaml", MINIMAL + "预算: 15万\n");
    process.env.GRANTSMITH_LANG = "zh";
    const error = await loadFacts(file).then(() => undefined, (e: unknown) => e).finally(() => (process.env.GRANTSMITH_LANG = "en"));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${file}:10:1: 预算: 未知字段；您是想写“budget”吗？`);
  });

  it("organisation: for organization is one line that says to rename it", async () => {
    const file = await write("organisation.yaml", MINIMAL.replace(/^organization:/m, "organisation:"));
    expect(await errorsOf(file)).toEqual([`${file}:2:1: organisation: unknown field; write "organization" here: rename "organisation:" to "organization:"`]);
  });

  it("a misspelt organization: is one line too", async () => {
    const file = await write("organizaton.yaml", MINIMAL.replace(/^organization:/m, "organizaton:"));
    expect(await errorsOf(file)).toEqual([`${file}:2:1: organizaton: unknown field; write "organization" here: rename "organizaton:" to "organization:"`]);
  });

  it("takes the funder's name written on one line", async () => {
    const file = await write("funder.yaml", MINIMAL + "funder: 某某公益基金会\n");
    const { facts } = await loadFacts(file);
    expect(facts.funder).toEqual({ name: "某某公益基金会" });
  });

  it("reports an unknown top-level field with a suggestion", async () => {
    const file = await write("unknown.yaml", MINIMAL + "sustainabilty: 政府购买服务\n");
    const lines = await errorsOf(file);
    expect(lines).toEqual([`${file}:10:1: sustainabilty: unknown field; did you mean "sustainability"?`]);
  });

  it("reports missing required fields", async () => {
    const file = await write("missing.yaml", "organization:\n  name: o\nneed:\n  problem: p\nbeneficiaries: []\n");
    const lines = await errorsOf(file);
    expect(lines).toContain(`${file}:1:1: title: required field is missing (expected text)`);
    expect(lines).toContain(`${file}:5:16: beneficiaries: list at least one beneficiary group`);
  });

  it("reports a YAML syntax error with its position", async () => {
    const file = await write("syntax.yaml", "title: x\norganization: {name: o\nneed:\n");
    const [line] = await errorsOf(file);
    expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: syntax error: `));
  });

  it("rejects an enum value and lists the choices", async () => {
    const file = await write("enum.yaml", MINIMAL + "kind: fundraising\n");
    const [line] = await errorsOf(file);
    expect(line).toBe(`${file}:10:7: kind: expected one of ${KINDS.join(", ")}, got "fundraising"`);
  });

  it("rejects a period that ends before it starts, and a fractional or zero head count", async () => {
    const file = await write(
      "period-bad.yaml",
      "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries:\n  - {group: g, count: 1.5}\n  - {group: h, count: 0}\nperiod: {start: 2026-12, end: 2026-01}\n",
    );
    const lines = await errorsOf(file);
    expect(lines).toContain(`${file}:5:23: beneficiaries[0].count: expected a whole number, got 1.5`);
    expect(lines).toContain(`${file}:6:23: beneficiaries[1].count: must be more than 0`);
    const period = await errorsOf(await write("period-only.yaml", "title: t\norganization: {name: o}\nneed: {problem: p}\nbeneficiaries: [{group: g}]\nperiod: {start: 2026-12, end: 2026-01}\n"));
    expect(period).toEqual([expect.stringMatching(/period-only\.yaml:5:17: period\.start: 2026-12 is after period\.end 2026-01; swap them$/)]);
  });

  it("accepts JSON", async () => {
    const file = await write(
      "facts.json",
      JSON.stringify({ title: "Girls' STEM clubs", organization: { name: "Bright Futures" }, need: { problem: "Few girls take science" }, beneficiaries: [{ group: "girls", count: 120 }] }),
    );
    const { facts } = await loadFacts(file);
    expect(facts.language).toBe("en");
  });

  it("treats blanks left from init as not given, but not in required fields", async () => {
    const file = await write("blank.yaml", `title: ""\nsummary: ""\norganization:\n  name: o\nneed:\n  problem: p\nbeneficiaries:\n  - group: g\nperiod: { start: "", end: "" }\n`);
    const lines = await errorsOf(file);
    expect(lines).toEqual([`${file}:1:8: title: required, but empty; fill it in`]);
  });

  it("derives budget totals and warns when items do not add up", async () => {
    const file = await write(
      "budget.yaml",
      MINIMAL +
        "budget:\n  total: 1000\n  items:\n    - { name: 餐费, quantity: 10, unit_cost: 50 }\n    - { name: 管理费, category: admin, amount: 100 }\n",
    );
    const { facts, warnings } = await loadFacts(file);
    expect(facts.derived.itemsTotal).toBe(600);
    expect(facts.derived.budgetGap).toBe(400);
    expect(facts.derived.overheadShare).toBeCloseTo(100 / 600);
    expect(facts.derived.costPerBeneficiary).toBeCloseTo(1000 / 300);
    expect(warnings).toEqual([`${file}:11:10: warning: budget.total: 1000 but the items add up to 600`]);
  });

  it("warns about activities outside the project period", async () => {
    const file = await write(
      "period.yaml",
      MINIMAL + "period: { start: 2025-01, end: 2025-12 }\nactivities:\n  - { name: 培训, start: 2024-11, end: 2026-01-15 }\n",
    );
    const { warnings } = await loadFacts(file);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain("activities[0].start: 2024-11 is before the project period starts (2025-01)");
    expect(warnings[1]).toContain("activities[0].end: 2026-01-15 is after the project period ends (2025-12)");
  });

  it("keeps 约 of a beneficiary count as approximate: true, and warns of an estimate in the budget, which is added up as exact", async () => {
    const file = await write("approx.yaml", MINIMAL.replace("count: 300", "count: 约300") + "budget:\n  total: 约15万\n");
    const { facts, warnings } = await loadFacts(file);
    expect(facts.beneficiaries[0]).toMatchObject({ count: 300, approximate: true });
    expect(facts.budget?.total).toBe(150000);
    expect(warnings).toEqual([
      `${file}:11:10: warning: budget.total: "约15万" is read as 150000, an exact figure: the budget adds it up as written; write the figure itself, and the basis of an estimate in a note`,
    ]);
    const exact = await loadFacts(await write("exact.yaml", MINIMAL));
    expect(exact.facts.beneficiaries[0]!.approximate).toBeUndefined();
  });

  it("warns, with the place and the fix, of a period with a start but no end (or an end but no start)", async () => {
    const startOnly = await write("half.yaml", MINIMAL + "period:\n  start: 2025年3月\n");
    expect((await loadFacts(startOnly)).warnings).toEqual([
      `${startOnly}:11:10: warning: period.start: the period starts (2025-03) but has no end, so the proposal cannot state it and shows a placeholder instead; add period.end (YYYY-MM or YYYY-MM-DD)`,
    ]);
    const endOnly = await write("half-end.yaml", MINIMAL + "period:\n  end: 2026-02\n");
    expect((await loadFacts(endOnly)).warnings).toEqual([
      `${endOnly}:11:8: warning: period.end: the period ends (2026-02) but has no start, so the proposal cannot state it and shows a placeholder instead; add period.start (YYYY-MM or YYYY-MM-DD)`,
    ]);
    const both = await write("whole.yaml", MINIMAL + "period:\n  start: 2025-03\n  end: 2026-02\n");
    expect((await loadFacts(both)).warnings).toEqual([]);
  });

  it("reads materials relative to the facts file and reports a missing one", async () => {
    await writeFile(path.join(dir, "bg.md"), "# 背景\n调查显示……", "utf8");
    const ok = await loadFacts(await write("mat.yaml", MINIMAL + "materials:\n  - bg.md\n"));
    expect(ok.materials).toEqual([{ path: "bg.md", text: "# 背景\n调查显示……" }]);
    const file = await write("mat-bad.yaml", MINIMAL + "materials:\n  - bg.md\n  - missing.md\n  - slides.pptx\n");
    const lines = await errorsOf(file);
    expect(lines[0]).toBe(`${file}:12:5: materials[1]: "missing.md": no such file; check the path (paths are relative to the facts file's folder)`);
    expect(lines[1]).toContain(`${file}:13:5: materials[2]: "slides.pptx" is not a file grantsmith reads as a material (.md, .markdown, .txt, .docx, .pdf)`);
  });

  it("names a missing file", async () => {
    await expect(loadFacts(path.join(dir, "nope.yaml"))).rejects.toThrow(/nope\.yaml: no such facts file/);
  });
});

describe("pruneBlanks", () => {
  it("prunes blanks of known optional fields but keeps required and unknown ones", () => {
    expect(
      pruneBlanks({ title: "", summary: "", period: { start: "" }, monitoring: { indicators: ["", "x"] }, beneficiaries: [{ group: "", unit: "" }], bugdet: {}, typo: "" }),
    ).toEqual({ title: "", monitoring: { indicators: ["x"] }, beneficiaries: [{ group: "" }], bugdet: {}, typo: "" });
  });
});
