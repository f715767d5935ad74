// The checks behind each question of `init --interactive`: a field of the facts schema, found by
// its path, reads a typed answer as `check` reads the file, with the schema's message otherwise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setExplicitLanguage } from "../../src/i18n/index.js";
import { examineFacts } from "../../src/facts/load.js";
import { checkAnswer, fieldSchema } from "../../src/init/fields.js";
import { renderAnswers, templateParts, withProfile } from "../../src/init/render.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

afterEach(() => setExplicitLanguage(undefined));

describe("checkAnswer", () => {
  it.each([
    [["title"], "社区老人助餐", "社区老人助餐"],
    [["period", "start"], "2025-03", "2025-03"],
    [["period", "start"], "2025年3月", "2025-03"],
    [["period", "end"], "2025.3", "2025-03"],
    [["period", "end"], "２０２５年１２月", "2025-12"],
    [["budget", "total"], "150000", 150000],
    [["budget", "total"], "15万", 150000],
    [["budget", "total"], "1.5万元", 15000],
    [["budget", "total"], "¥150,000", 150000],
    [["budget", "total"], "１５万", 150000],
    [["budget", "items", "*", "amount"], "1234.5", 1234.5],
    [["beneficiaries", "*", "count"], "200", 200],
    [["beneficiaries", "*", "count"], "２００", 200],
    [["budget", "currency"], "人民币", "CNY"],
    [["organization", "registration_id"], "52110102MJ0A12345X", "52110102MJ0A12345X"],
  ])("%j reads %s", (at, typed, value) => {
    expect(checkAnswer(fieldSchema(at), typed)).toEqual({ ok: true, value });
  });

  it("gives a count's unit for the unit question: 200户, ２００户", () => {
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "200户")).toEqual({ ok: true, value: 200, unit: "户" });
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "２００户")).toEqual({ ok: true, value: 200, unit: "户" });
  });

  it("reads an amount in the currency answered before, as check does", () => {
    const total = fieldSchema(["budget", "total"]);
    expect(checkAnswer(total, "¥150,000", { currency: "CNY" })).toEqual({ ok: true, value: 150000 });
    setExplicitLanguage("en");
    expect(checkAnswer(total, "$150,000", { currency: "CNY" })).toEqual({ ok: false, message: "\"$150,000\" is in USD but the facts' currency (budget.currency) is CNY; write the amount in CNY, or set budget.currency: USD" });
  });

  it("refuses what is not a currency, so 15万 typed there is asked again instead of losing the budget", () => {
    setExplicitLanguage("zh");
    expect(checkAnswer(fieldSchema(["budget", "currency"]), "15万")).toEqual({ ok: false, message: "“15万”不是币种；请写币种代码，例如 CNY、USD、GBP 或 EUR" });
  });

  it("gives the reader's or the schema's message in the UI language", () => {
    setExplicitLanguage("en");
    expect(checkAnswer(fieldSchema(["period", "end"]), "next spring")).toEqual({ ok: false, message: '"next spring" is not a date; write YYYY-MM-DD or YYYY-MM (e.g. 2025-03-01 or 2025-03)' });
    expect(checkAnswer(fieldSchema(["period", "end"]), "2025-02-30")).toEqual({ ok: false, message: expect.stringMatching(/no such day/) });
    expect(checkAnswer(fieldSchema(["budget", "total"]), "-1")).toEqual({ ok: false, message: "must not be negative" });
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "2.5")).toEqual({ ok: false, message: '"2.5" is not a whole number; did you mean 3?' });
    setExplicitLanguage("zh");
    expect(checkAnswer(fieldSchema(["period", "end"]), "明年春天")).toEqual({ ok: false, message: "“明年春天”不是日期；请写成 YYYY-MM-DD 或 YYYY-MM（例如 2025-03-01 或 2025-03）" });
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "0")).toEqual({ ok: false, message: "必须大于 0" });
  });

  it("the count's example is a count of people, not an amount of money", () => {
    setExplicitLanguage("zh");
    const checked = checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "很多");
    expect(checked).toEqual({ ok: false, message: "“很多”不是数量；请写数字，例如 30" });
    setExplicitLanguage("en");
    expect(checkAnswer(fieldSchema(["beneficiaries", "*", "count"]), "lots")).toEqual({ ok: false, message: '"lots" is not a count; write a number such as 30' });
  });

  it("agrees with check: what an answer accepts, check accepts in the file, as the same value", async () => {
    setExplicitLanguage("zh");
    const cases: [string[], string, (v: string) => string][] = [
      [["budget", "total"], "total", (v) => `budget:\n  total: ${v}\n`],
      [["budget", "currency"], "currency", (v) => `budget:\n  currency: ${v}\n`],
      [["beneficiaries", "*", "count"], "count", (v) => ""],
      [["period", "start"], "start", (v) => `period:\n  start: ${v}\n`],
    ];
    const typedValues = ["150000", "15万", "1.5万元", "¥150,000", "150,000", "２００", "200户", "约200户", "两百", "2025年3月", "2025.3", "２０２５年３月", "-3", "abc", "0", "人民币", "15万元"];
    for (const [at, , block] of cases) {
      for (const typed of typedValues) {
        const checked = checkAnswer(fieldSchema(at), typed);
        const countLine = at[0] === "beneficiaries" ? `\n    count: ${typed}` : "";
        const text = `title: t\norganization:\n  name: 机构\nneed:\n  problem: 问题\nbeneficiaries:\n  - group: 老人${countLine}\n${block(typed)}`;
        const examined = await examineFacts("f.yaml", text, { maxChars: 1000 });
        const label = `${at.join(".")} ← ${typed}`;
        expect(examined.problems.length === 0, `${label}: ${examined.problems.join("; ")}`).toBe(checked.ok);
        if (!checked.ok) continue;
        const facts = examined.loaded!.facts as unknown as Record<string, unknown>;
        const value = at[0] === "beneficiaries" ? (facts.beneficiaries as { count?: number }[])[0]!.count : (facts[at[0]!] as Record<string, unknown>)[at[1]!];
        expect(value, label).toEqual(checked.value);
      }
    }
  });

  it("refuses a path the schema does not have", () => {
    expect(() => fieldSchema(["budget", "nothing"])).toThrow(/no field budget.nothing/);
  });
});

describe("the written file", () => {
  const template = readFileSync(path.join(REPO_ROOT, "templates/init/en/base.yaml"), "utf8").replaceAll("{{kind}}", "standard");

  it("takes each field's comment from the init template", () => {
    const { comments, blocks } = templateParts(template);
    expect(comments.get("title")).toMatch(/^The project's name/);
    expect(comments.get("organization.name")).toBeDefined();
    expect(comments.get("beneficiaries.group")).toBeDefined();
    expect(blocks.map((b) => b.key)).toEqual(expect.arrayContaining(["language", "title", "organization", "need", "beneficiaries", "budget", "risks"]));
  });

  it("writes the answers with their comments, then the fields not answered, commented out", () => {
    const facts = { language: "en", kind: "standard", title: "Clean water", organization: { name: "Clear Springs" }, need: { problem: "No safe water" }, beneficiaries: [{ group: "Villagers", direct: true }] };
    const text = renderAnswers({ facts, lang: "en", kind: "standard", template, schemaLine: "# yaml-language-server: $schema=x" });
    expect(parse(text)).toEqual(facts);
    expect(text).toMatch(/^title: Clean water # The project's name/m);
    expect(text).toContain("# More you can fill in later (remove the # to use a line):");
    expect(text).toMatch(/^# budget:$/m);
    expect(text).not.toMatch(/^# title:/m);
  });

  it("withProfile replaces the organization block by the profile's path", () => {
    const text = withProfile(template, "./org.yaml", "en");
    expect(text).toContain("organization: ./org.yaml    # the organisation profile:");
    expect(text).not.toMatch(/^\s+name: ""\s+# The organization/m);
    const data = parse(text);
    expect(data.organization).toBe("./org.yaml");
    expect(data.need).toBeDefined();
  });
});
